/** The Ministry's domains, where CIEonline lives; administrators may add more at run time. */
export const PORTAL_MATCHES = ['https://*.interno.it/*', 'https://*.interno.gov.it/*'] as const;

import { run as suggestEmail } from '@zootools/email-spell-checker';
import { MAIL_DOMAINS, MAIL_SECOND_LEVEL, MAIL_TLDS, PEC_DOMAINS } from './email/domains';
import { t, type MessageKey } from './i18n';

/** Why an address is rejected: stable codes, each with a message in the locales. */
export const EMAIL_REASONS = ['empty', 'spaces', 'non-ascii', 'too-long', 'missing-at', 'multiple-at', 'local-part', 'domain'] as const;
export type EmailReason = (typeof EMAIL_REASONS)[number];
/** pec-domain: a known PEC provider; pec-heuristic: a domain that looks like one; typo-suggestion: see `suggestion`. */
export const EMAIL_WARNINGS = ['pec-domain', 'pec-heuristic', 'typo-suggestion'] as const;
export type EmailWarning = (typeof EMAIL_WARNINGS)[number];

export interface EmailResult {
  valid: boolean;
  /** True when the address is (probably) a PEC: the Ministry does not accept those. */
  pec: boolean;
  /** A likely intended address for a mistyped common domain (gmial.com -> gmail.com). */
  suggestion?: string;
  /** Set exactly when valid is false. */
  reason?: EmailReason;
  warnings: EmailWarning[];
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Checks an e-mail address the way a person means "valid" (one @, a sensible name part, a
 * real-looking domain), not the whole RFC 5322. Flags PEC addresses and suggests fixes for
 * mistyped common domains. Surrounding spaces are ignored. Never throws.
 */
export function checkEmail(input: string): EmailResult {
  if (typeof input !== 'string') return rejected('empty');
  const address = input.trim();
  if (address === '') return rejected('empty');
  if (/\s/.test(address)) return rejected('spaces');
  if (/[^\x21-\x7e]/.test(address)) return rejected('non-ascii');
  if (address.length > 254) return rejected('too-long');
  const at = address.split('@');
  if (at.length < 2) return rejected('missing-at');
  if (at.length > 2) return rejected('multiple-at');
  const [local = '', rawDomain = ''] = at;
  if (local.length === 0 || local.length > 64 || !LOCAL.test(local)) return rejected('local-part');
  const domain = rawDomain.toLowerCase();
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels[labels.length - 1]!)) {
    return rejected('domain', suggestionFor(address));
  }
  const pec = pecKind(domain, labels);
  const suggestion = pec ? undefined : suggestionFor(address);
  const warnings: EmailWarning[] = [];
  if (pec) warnings.push(pec);
  if (suggestion) warnings.push('typo-suggestion');
  return { valid: true, pec: pec !== null, warnings, ...(suggestion ? { suggestion } : {}) };
}

function rejected(reason: EmailReason, suggestion?: string): EmailResult {
  return { valid: false, pec: false, reason, warnings: [], ...(suggestion ? { suggestion } : {}) };
}

/** Known provider first; then the heuristic of domain.md, on whole labels so "spectrum" is no PEC. */
function pecKind(domain: string, labels: string[]): 'pec-domain' | 'pec-heuristic' | null {
  if (PEC_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) return 'pec-domain';
  const looksLikePec =
    labels.some((l) => l === 'pec' || l === 'cert' || l.startsWith('pec') || l.endsWith('pec') || l.includes('legalmail')) ||
    labels[0] === 'postacert';
  return looksLikePec ? 'pec-heuristic' : null;
}

function suggestionFor(address: string): string | undefined {
  try {
    const hit = suggestEmail({
      email: address,
      domains: [...MAIL_DOMAINS],
      secondLevelDomains: [...MAIL_SECOND_LEVEL],
      topLevelDomains: [...MAIL_TLDS],
    });
    return hit && hit.full.toLowerCase() !== address.toLowerCase() ? hit.full : undefined;
  } catch {
    return undefined; // the checker is advice: if it fails, there is simply no suggestion
  }
}

const REASON_KEYS: Record<EmailReason, MessageKey> = {
  empty: 'fieldChecksEmailEmpty',
  spaces: 'fieldChecksEmailSpaces',
  'non-ascii': 'fieldChecksEmailNonAscii',
  'too-long': 'fieldChecksEmailTooLong',
  'missing-at': 'fieldChecksEmailMissingAt',
  'multiple-at': 'fieldChecksEmailMultipleAt',
  'local-part': 'fieldChecksEmailLocalPart',
  domain: 'fieldChecksEmailDomain',
};
const WARNING_KEYS: Record<EmailWarning, MessageKey> = {
  'pec-domain': 'fieldChecksEmailPecDomain',
  'pec-heuristic': 'fieldChecksEmailPecHeuristic',
  'typo-suggestion': 'fieldChecksEmailSuggestion',
};

/** The localized message of a result: the reason or "valid", then warnings and suggestion. */
export function emailMessage(result: EmailResult, input = ''): string {
  const domain = input.trim().split('@').pop()?.toLowerCase() ?? '';
  const vars = { domain, suggestion: result.suggestion ?? '' };
  const head = result.reason ? t(REASON_KEYS[result.reason]) : t('fieldChecksEmailValid');
  const tail = result.warnings.map((w) => t(WARNING_KEYS[w], vars));
  if (!result.valid && result.suggestion) tail.push(t('fieldChecksEmailSuggestion', vars));
  return [head, ...tail].join(' ');
}

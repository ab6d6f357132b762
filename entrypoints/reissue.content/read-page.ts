import { ancestorDocuments, readPortalPage, type PageReading } from '@/utils/portal/adapter';

/** This frame's page as the adapter reads it (with the frames around it); a failure reads as "not recognised". */
export function readThisPage(): PageReading {
  try {
    return readPortalPage(document, { ancestors: ancestorDocuments(window) });
  } catch {
    return { recognised: false, missing: [] };
  }
}

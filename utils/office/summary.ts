import { getLanguage, translate, type Language } from '@/utils/i18n';
import type { OfficeToday } from './status';

// The office's day in one line, the same in the popup and the panel. Types only from status.ts:
// the content script carries no zod.

export type ConfiguredOfficeToday = Extract<OfficeToday, { configured: true }>;

/** Hours and minutes in Rome, where the office is. */
const romeTime = (time: number): string => new Date(time).toLocaleTimeString('it-IT', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' });

/** "Ufficio: 14 di 20 · aggiornato 09:42 · 2 in attesa di invio"; offline, the last known time. */
export function officeSummary({ count, limit, pending, state, readAt }: ConfiguredOfficeToday, language: Language = getLanguage()): string {
  const t = translate.bind(null, language);
  const parts = [t('officeSummary', { count, limit })];
  parts.push(readAt !== null ? t(state === 'offline' || state === 'refused' ? 'officeLastKnown' : 'officeUpdatedAt', { time: romeTime(readAt) }) : t('officeNoFigures'));
  if (pending > 0) parts.push(t('officePendingCount', { count: pending }));
  return parts.join(' · ');
}

/** The line in each of our languages: the content script's first paint has no catalogue to word it (content-data.ts). */
export function officeSummaries(office: ConfiguredOfficeToday): Record<Language, string> {
  return { it: officeSummary(office, 'it'), en: officeSummary(office, 'en'), de: officeSummary(office, 'de') };
}

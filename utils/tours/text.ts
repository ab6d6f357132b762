import { getLanguage } from '../i18n';
import type { TourText } from './schema';

/** A tour text in the current language; a trainer's Italian-only text stays Italian. */
export function tourText(text: TourText): string {
  const language = getLanguage();
  return (language === 'it' ? text.it : text[language]) ?? text.it;
}

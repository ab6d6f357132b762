import { LANGUAGES, registerCatalogs, setLanguage, type Catalog, type Language } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

/** Follows the language chosen in the options; on "auto" (or any failure) the browser's. */
export async function applyUiLanguage(): Promise<void> {
  try {
    const answer = await sendMessage('getUiLanguage', {});
    if (answer.language === 'auto' || !isCatalog(answer.catalog)) return;
    if (!(LANGUAGES as readonly string[]).includes(answer.language)) return;
    registerCatalogs({ [answer.language]: answer.catalog });
    setLanguage(answer.language as Language);
  } catch {
    // keep the browser's language
  }
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

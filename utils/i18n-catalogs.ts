import de from '../locales/de.json';
import en from '../locales/en.json';
import it from '../locales/it.json';
import { registerCatalogs, type Catalog, type Language } from './i18n';

// Typed as complete catalogues, so a key missing in en or de fails the type check.
export const bundledCatalogs: Record<Language, Catalog> = { it, en, de };

/** Importing this module makes every language available to `t()` in this context. */
registerCatalogs(bundledCatalogs);

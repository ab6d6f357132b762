import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { LANGUAGES } from './i18n';
import { DEMO_PRACTICE_URL, PracticeUrl } from './practice-portal';
import { PortalOrigin } from './settings-origin';

/**
 * The office's settings: set on the options page, or fixed by IT through managed policy
 * (`storage.managed`), which wins and locks the field. Validated every time they are read.
 */
export const Settings = z.object({
  comuneName: z.string().trim().max(120).default(''),
  officeName: z.string().trim().max(120).default(''),
  workstationLabel: z.string().trim().max(60).default(''),
  dailyLimit: z.number().int().min(1).max(10_000).default(20),
  language: z.enum(['auto', ...LANGUAGES]).default('auto'),
  extraOrigins: z.array(PortalOrigin).max(50).default([]),
  blockSubmitOnErrors: z.boolean().default(false),
  webeidTimeoutSeconds: z.number().int().min(10).max(600).default(120),
  /** Where the options page starts practice: the demo portal's practice cases. */
  practiceUrl: PracticeUrl.default(DEMO_PRACTICE_URL),
  /** Letterhead logo as a data: URL (PNG or JPEG), kept small. */
  logoDataUrl: z
    .string()
    .max(400_000)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/)
    .optional(),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

const localSettings = storage.defineItem<unknown>('local:settings');

/** Parses what storage holds field by field, so one bad value falls back alone. */
export function coerceSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = Settings.shape[key].safeParse(source[key]);
    result[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return result as Settings;
}

/** The managed (policy) values, or nothing where no policy is set or the API is missing. */
export async function readManagedSettings(): Promise<Partial<Settings>> {
  try {
    const raw: unknown = await browser.storage.managed.get();
    if (typeof raw !== 'object' || raw === null) return {};
    // Only the keys the policy sets (a partial schema would fill in every default), each
    // checked alone so one bad policy value does not discard the others.
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
      let value = (raw as Record<string, unknown>)[key];
      if (value === undefined) continue;
      // Firefox reads Windows registry policy without a schema: a REG_DWORD switch is 0 or 1.
      if (typeof DEFAULT_SETTINGS[key] === 'boolean' && (value === 0 || value === 1)) value = value === 1;
      const field = Settings.shape[key].safeParse(value);
      if (field.success) result[key] = field.data;
    }
    return result;
  } catch {
    return {};
  }
}

/** Effective settings: policy over local over defaults. */
export async function readSettings(): Promise<Settings> {
  const local = coerceSettings(await localSettings.getValue());
  return { ...local, ...(await readManagedSettings()) };
}

/** Saves after validation; a bad value throws and the stored settings stay as they were. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = coerceSettings(await localSettings.getValue());
  const next = Settings.parse({ ...current, ...patch });
  await localSettings.setValue(next);
  return next;
}

import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { LANGUAGES } from './i18n';
import { OfficeServer } from './office/config';
import { DEMO_PRACTICE_URL, PracticeUrl } from './practice-portal';
import { POLICY_COPY_KEY } from './policy-copy';
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
  /** The office's CouchDB, for the office-wide count (issue #19); none: this workstation alone. */
  officeServer: OfficeServer.optional(),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** storage.local's key of the office's settings (the `local:settings` item below). */
const SETTINGS_KEY = 'settings';
const localSettings = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);

/** Whether a storage change can change the effective settings: the policy (or its copy), or the stored settings. */
export function changesSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || POLICY_COPY_KEY in changes));
}

/** A policy value (or one entry of a policy list) that was ignored, for the options page. */
export interface PolicyProblem {
  key: keyof Settings;
  /** The refused list entry, shortened (policy text, never citizen data); none: the whole value. */
  entry?: string;
  /** The list had more entries than the schema allows; the first ones are kept. */
  tooMany?: number;
}

// Lists whose entries are checked one by one: one bad origin must not drop the good ones.
const LIST_KEYS = ['extraOrigins'] as const satisfies readonly (keyof Settings)[];
type ListKey = (typeof LIST_KEYS)[number];
const LIST_ITEMS: Record<ListKey, z.ZodType> = { extraOrigins: PortalOrigin };
const LIST_MAX: Record<ListKey, number> = { extraOrigins: 50 };
const isListKey = (key: keyof Settings): key is ListKey => (LIST_KEYS as readonly string[]).includes(key);
const shorten = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 100);

/**
 * One field: its value when valid; for a list, the valid entries (duplicates once, at most the
 * schema's maximum) with each refused entry reported. `undefined` when nothing usable is left.
 */
export function parseSettingField(key: keyof Settings, raw: unknown): { value?: unknown; problems: PolicyProblem[] } {
  const whole = Settings.shape[key].safeParse(raw);
  if (whole.success) return { value: whole.data, problems: [] };
  if (!isListKey(key) || !Array.isArray(raw)) return { problems: [{ key }] };
  const problems: PolicyProblem[] = [];
  const kept: unknown[] = [];
  for (const entry of raw as unknown[]) {
    const item = LIST_ITEMS[key].safeParse(entry);
    if (!item.success) problems.push({ key, entry: shorten(entry) });
    else if (!kept.includes(item.data)) kept.push(item.data);
  }
  if (kept.length > LIST_MAX[key]) problems.push({ key, tooMany: kept.length });
  // Not one usable entry: the value is ignored whole, as any other bad value.
  return { value: kept.length > 0 ? kept.slice(0, LIST_MAX[key]) : undefined, problems };
}

/** Parses what storage holds field by field, so one bad value (or list entry) falls back alone. */
export function coerceSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    const field = parseSettingField(key, source[key]);
    result[key] = field.value !== undefined ? field.value : DEFAULT_SETTINGS[key];
  }
  return result as Settings;
}

/** The managed (policy) values, or nothing where no policy is set or the API is missing. */
export async function readManagedSettings(): Promise<Partial<Settings>> {
  return (await readManagedSettingsReport()).values;
}

/**
 * The managed values with what was ignored: only the keys the policy sets (a partial schema
 * would fill in every default), each checked alone so one bad policy value does not discard the
 * others, and list entries one by one. Never throws.
 */
export async function readManagedSettingsReport(): Promise<PolicyReading> {
  try {
    return readPolicy(await browser.storage.managed.get());
  } catch {
    return { values: {}, problems: [] };
  }
}

interface PolicyReading {
  values: Partial<Settings>;
  problems: PolicyProblem[];
}

/** A policy object (as `storage.managed` gives it, or a copy of what it gave) read key by key. */
export function readPolicy(raw: unknown): PolicyReading {
  if (typeof raw !== 'object' || raw === null) return { values: {}, problems: [] };
  const values: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    let value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    // Firefox reads Windows registry policy without a schema: a REG_DWORD switch is 0 or 1.
    if (typeof DEFAULT_SETTINGS[key] === 'boolean' && (value === 0 || value === 1)) value = value === 1;
    const field = parseSettingField(key, value);
    if (field.value !== undefined) values[key] = field.value;
    problems.push(...field.problems);
  }
  return { values, problems };
}

/** The settings stored on this workstation (the options page's), without the policy. */
export async function readLocalSettings(): Promise<Settings> {
  return coerceSettings(await localSettings.getValue());
}

/** Effective settings: policy over local over defaults. */
export async function readSettings(): Promise<Settings> {
  const [local, policy] = await Promise.all([readLocalSettings(), readManagedSettings()]);
  return { ...local, ...policy };
}

/** Saves after validation; a bad value throws and the stored settings stay as they were. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await readLocalSettings();
  const next = Settings.parse({ ...current, ...patch });
  await localSettings.setValue(next);
  return next;
}

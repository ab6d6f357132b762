import type { Language } from '@/utils/i18n';
import type { ContentStart } from '@/utils/messaging/protocol';
import type { SyncState } from '@/utils/office/status';
import { tickedHalf, type PortalPage } from '@/utils/portal/adapter';
import { isPracticeContext } from '@/utils/portal/practice';
import { MAX_SNAPSHOT_TEXT, type PanelSnapshot, type SnapshotNode, type StoredPanelSnapshot } from '@/utils/panel-snapshot';

/**
 * The panel's first paint without its code: the live panel, as drawn on a page where nothing
 * of a citizen was there yet, kept as a tree of tags, attributes and text (never HTML, so
 * nothing is parsed and no script can ride along), and drawn again on the next page of the
 * same shape by plain DOM calls before the panel's code is even loaded.
 */

// What our panel draws. Anything else means the tree is not ours: it is not drawn.
const TAGS = new Set([
  'aside', 'header', 'footer', 'section', 'div', 'span', 'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'strong', 'em', 'small', 'b', 'i', 'br', 'hr', 'button', 'label', 'input', 'select', 'option', 'textarea',
  'fieldset', 'legend', 'details', 'summary', 'progress', 'meter', 'output', 'a', 'abbr', 'time', 'code', 'kbd',
]);
/** Attributes that load, run or send something (links only within the panel are kept). */
function unsafeAttribute(name: string, value: string): boolean {
  return /^(on|src|srcdoc|action|formaction|xlink|xmlns)/i.test(name) || (name.toLowerCase() === 'href' && !value.startsWith('#'));
}

/** The live panel's tree under `body`, or null when it holds something a snapshot must not. */
export function snapshotOf(body: Element): SnapshotNode[] | null {
  try {
    return [...body.childNodes].flatMap((node) => nodeOf(node));
  } catch {
    return null;
  }
}

function nodeOf(node: Node): SnapshotNode[] {
  if (node.nodeType === Node.TEXT_NODE) return [node.textContent ?? ''];
  if (!(node instanceof Element)) return [];
  const tag = node.localName;
  if (!TAGS.has(tag)) throw new Error(`not a panel element: ${tag}`);
  const attributes = [...node.attributes].filter((a) => !unsafeAttribute(a.name, a.value)).map((a): [string, string] => [a.name, a.value]);
  // State Preact sets as properties, not attributes: kept so the copy looks the same.
  if ((node instanceof HTMLInputElement && node.checked) || (node instanceof HTMLOptionElement && node.selected)) {
    attributes.push([node instanceof HTMLInputElement ? 'checked' : 'selected', '']);
  }
  return [[tag, attributes, [...node.childNodes].flatMap((child) => nodeOf(child))]];
}

/**
 * Draws `tree` into `container`, noting in `drawn` every element it made; throws (having drawn
 * nothing) on anything not a panel's.
 */
export function drawSnapshot(tree: readonly SnapshotNode[], container: Element, drawn: WeakSet<Node> = new WeakSet()): void {
  const doc = container.ownerDocument;
  const fragment = doc.createDocumentFragment();
  for (const node of tree) fragment.append(build(node, doc, drawn));
  container.append(fragment);
}

function build(node: SnapshotNode, doc: Document, drawn: WeakSet<Node>): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attributes, children] = node;
  if (!TAGS.has(tag)) throw new Error(`not a panel element: ${String(tag)}`);
  const element = doc.createElement(tag);
  for (const [name, value] of attributes) {
    if (typeof name !== 'string' || typeof value !== 'string' || unsafeAttribute(name, value)) throw new Error('not a panel attribute');
    element.setAttribute(name, value);
  }
  for (const child of children) element.append(build(child, doc, drawn));
  drawn.add(element);
  return element;
}

/**
 * What the panel's first paint depends on besides the day's data: the extension's version (its
 * markup and strings), the language, the panel's place, the portal host and whether it is the
 * practice portal, and the screen's shape (which parts of the request it shows, which half the
 * form has ticked, the wizard's step). No value of any field.
 */
export function snapshotKey(parts: { build: string; language: string; side: string; collapsed: boolean; page: PortalPage }): string {
  const { page } = parts;
  const present = (record: object): string =>
    Object.entries(record)
      .filter(([, element]) => element != null)
      .map(([name]) => name)
      .sort()
      .join(',');
  const ticked = tickedHalf(page) ?? '';
  const screen = [
    present(page.fields),
    present(page.halves),
    ticked,
    present(page.holder),
    page.delegaUpload ? 'delega' : '',
    page.submit ? 'submit' : '',
    page.step ? `${page.step.index}/${page.step.total ?? ''}` : '',
    page.context.source,
  ].join(';');
  const practice = isPracticeContext(location.href, document) ? 'practice' : '';
  return [parts.build, parts.language, parts.side, parts.collapsed ? 'collapsed' : 'open', location.host, practice, screen].join('|');
}

/**
 * What of the start answer the panel's first paint draws: the checklist's definition and the
 * imported tours (their sections), whether the office line has its note (offline, refused; the
 * line's figures, class and data-state are a slot, filled at each draw), and the day's count only at or near the
 * limit (quota-warning.tsx draws nothing at level "ok"). So the copy stays good after each
 * request counted below the limit, here or at another counter, and through the office's sync
 * (pending, synced); the quota-warning test holds the rule against the section.
 */
export function firstPaintData(start: ContentStart): unknown {
  const own = start.quotaToday;
  const office = start.officeToday?.configured ? start.officeToday : null;
  const shown = office ?? own;
  return {
    checklist: start.checklistDefinition,
    tours: start.importedTours,
    office: office ? { note: officeLineNote(office.state) } : null,
    quota: own && shown ? (shown.level === 'ok' ? 'ok' : [shown.level, shown.count, shown.limit]) : null,
  };
}

/** The office server's state the line says in words besides its figures, if any. */
export function officeLineNote(state: SyncState): 'offline' | 'refused' | null {
  return state === 'offline' || state === 'refused' ? state : null;
}

/** The office line's attributes, which follow its state: drawn by quota-warning.tsx, filled into a copy here. */
export function officeLineAttributes(state: SyncState): Record<string, string> {
  return { class: `office-line office-line--${state}`, 'data-state': state };
}

/**
 * Marks an element of the panel whose figures change more often than its shape: a copy draws
 * its first text and some of its attributes from the start answer.
 */
export const FIRST_PAINT_SLOT = 'data-first-paint-slot';
/** The office's line: counts, times and sync state of the whole office, which change with every request and sync. */
export const OFFICE_LINE_SLOT = 'office-line';

/** A slot as it is to be drawn now: its first text, and the attributes that follow the same figures. */
interface SlotFill {
  text: string;
  attributes: Record<string, string>;
}

/**
 * The kept copy as it is to be drawn now, with today's figures in its slots; null when the start
 * answer is not what it was kept with (the panel would draw something else) or a slot cannot be filled.
 */
export function currentCopy(snapshot: PanelSnapshot | null, start: ContentStart, language: Language): PanelSnapshot | null {
  if (!snapshot || answerDigest(firstPaintData(start)) !== snapshot.answer) return null;
  try {
    const tree = fillSlots(snapshot.tree, firstPaintSlots(start, language));
    return tree ? { ...snapshot, tree } : null;
  } catch {
    return null; // not a tree of ours: the live panel draws
  }
}

/** Each slot's fill for a copy drawn in `language` (the background words the line: content-data.ts). */
function firstPaintSlots(start: ContentStart, language: Language): Record<string, SlotFill> {
  const office = start.officeToday?.configured ? start.officeToday : null;
  if (!office || !start.officeLines) return {};
  return { [OFFICE_LINE_SLOT]: { text: start.officeLines[language], attributes: officeLineAttributes(office.state) } };
}

/**
 * `tree` with each slot's first text and attributes from `slots`; null when a slot has no fill,
 * no text first or lacks one of the attributes (the copy would show old figures: it is not drawn).
 */
function fillSlots(tree: readonly SnapshotNode[], slots: Record<string, SlotFill>): SnapshotNode[] | null {
  let complete = true;
  const fill = (node: SnapshotNode): SnapshotNode => {
    if (typeof node === 'string') return node;
    const [tag, attributes, children] = node;
    const slot = attributes.find(([name]) => name === FIRST_PAINT_SLOT)?.[1];
    if (slot === undefined) return [tag, attributes, children.map(fill)];
    const now = Object.hasOwn(slots, slot) ? slots[slot] : undefined;
    const [first, ...rest] = children;
    const names = new Set(attributes.map(([name]) => name));
    if (!now || typeof first !== 'string' || !Object.keys(now.attributes).every((name) => names.has(name))) {
      complete = false;
      return node;
    }
    const filled = attributes.map(([name, value]): [string, string] => [name, Object.hasOwn(now.attributes, name) ? now.attributes[name]! : value]);
    return [tag, filled, [now.text, ...rest]];
  };
  const filled = tree.map(fill);
  return complete ? filled : null;
}

/**
 * A digest of what the panel's first paint draws (firstPaintData): the same digest, the same
 * first paint. A change detector, not a secret: FNV-1a over the answer's JSON, three ways seeded (96 bits),
 * synchronous and the same in both browsers (Firefox's content scripts cannot read back what
 * the page's `crypto.subtle` answers).
 */
export function answerDigest(answer: unknown): string {
  const text = JSON.stringify(answer) ?? '';
  return [0x811c9dc5, 0x01000193, 0x9e3779b9]
    .map((seed) => {
      let hash = seed;
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return (hash >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
}

/**
 * The stored snapshot for `key`, from what storage holds (no zod here: its shape is checked as
 * it is filled and drawn); only its own text is parsed.
 */
export function storedSnapshot(stored: unknown, key: string): PanelSnapshot | null {
  if (!Array.isArray(stored)) return null;
  for (const entry of stored as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { key: k, answer, tree } = entry as Partial<Record<keyof StoredPanelSnapshot, unknown>>;
    if (k !== key || typeof answer !== 'string' || typeof tree !== 'string' || tree.length > MAX_SNAPSHOT_TEXT) continue;
    try {
      const parsed: unknown = JSON.parse(tree);
      return Array.isArray(parsed) ? { key, answer, tree: parsed as SnapshotNode[] } : null;
    } catch {
      return null;
    }
  }
  return null;
}

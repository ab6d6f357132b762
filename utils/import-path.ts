/**
 * Reading where a zod issue points inside an imported file (a comune's checklist, a trainer's
 * tours), so the error can name the rule, tour or step by its id, as the person wrote it.
 */

/** The value at `path` inside `node`, or undefined where the path leaves the data. */
export function valueAt(node: unknown, path: readonly PropertyKey[]): unknown {
  let current = node;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** The item's own `id` (shortened), or its position ("#3") when it has none. */
export function idOf(node: unknown, index: number): string {
  const id = valueAt(node, ['id']);
  return typeof id === 'string' && id.trim() !== '' ? id.slice(0, 48) : `#${index + 1}`;
}

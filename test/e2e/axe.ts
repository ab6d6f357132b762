import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { E2EPage } from './browsers/types';

/** One axe finding, reduced to what a report needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page (its source evaluated as a script, through the automation
 * protocol, so an extension page's CSP does not apply) over `include` (a selector; the shadow
 * tree of an included host is part of it) or the whole document. WCAG 2.1 A/AA rules.
 */
export async function runAxe(page: E2EPage, include?: string): Promise<AxeViolation[]> {
  // The Chromium wrapper hands a string to Playwright, which evaluates it as an expression.
  await page.evaluate(`${AXE_SOURCE}\n;0` as never);
  return page.evaluate(async (selector) => {
    type Result = { passes: unknown[]; violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const context = selector ? { include: [[selector]] } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations', 'passes'] });
    // No passing rule at all means axe saw nothing (wrong context): that must not pass as clean.
    if (result.passes.length === 0) throw new Error(`axe checked nothing in ${selector ?? 'the document'}`);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include);
}

/** The violations a page must not have: serious or critical. The others are logged for the report. */
export function blocking(violations: AxeViolation[]): AxeViolation[] {
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.info('axe (moderate/minor):', minor.map((v) => `${v.id} (${v.impact}) ${v.targets.join(' ')}`).join('; '));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

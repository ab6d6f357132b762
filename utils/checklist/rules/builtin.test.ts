import { describe, expect, it } from 'vitest';
import { ChecklistDefinition } from '../definition';
import { BUILTIN_DEFINITION, BUILTIN_RULE_FILES } from '.';

describe('the built-in definition', () => {
  it('is exactly what the schema makes of the rule files (it ships without a run-time parse)', () => {
    const parsed = ChecklistDefinition.parse({ version: 1, name: 'Sportello CIE', rules: BUILTIN_RULE_FILES });
    expect(BUILTIN_DEFINITION).toEqual(parsed);
  });

  it('keeps a step optional only where its file says so', () => {
    const optional = BUILTIN_DEFINITION.rules.flatMap((r) => r.steps).filter((s) => !s.required);
    expect(optional.length).toBeGreaterThan(0);
    expect(optional.length).toBeLessThan(BUILTIN_DEFINITION.rules.flatMap((r) => r.steps).length);
  });
});

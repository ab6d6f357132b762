import type { CaseInput } from './case';

/** The shape of a rule's or step's `when`: every listed dimension must hold the case's value. */
export interface CaseCondition {
  who?: readonly CaseInput['who'][] | undefined;
  halves?: readonly CaseInput['halves'][] | undefined;
  email?: readonly boolean[] | undefined;
  presence?: readonly CaseInput['presence'][] | undefined;
}

/** True when the condition admits the case; no condition admits every case. */
export function matches(when: CaseCondition | undefined, c: CaseInput): boolean {
  if (!when) return true;
  return (
    (when.who?.includes(c.who) ?? true) &&
    (when.halves?.includes(c.halves) ?? true) &&
    (when.email?.includes(c.email) ?? true) &&
    (when.presence?.includes(c.presence) ?? true)
  );
}

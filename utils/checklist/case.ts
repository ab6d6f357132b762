/** Who stands (or writes) in front of the operator. */
export const WHO = ['holder', 'minor', 'delegate'] as const;
/** Which halves of the PIN/PUK were lost (the portal's own choice). */
export const HALVES = ['first', 'second', 'both'] as const;
/** Citizen at the counter, or an istanza di recupero received by e-mail. */
export const PRESENCE = ['present', 'remote'] as const;
/** Whether the citizen gives a (non-PEC) e-mail address for the second half. */
export const EMAIL = [true, false] as const;

/**
 * The case the checklist is for: four choices, no citizen data. Lives in memory only while
 * the case is open. Plain types: the content script uses them and carries no zod (the schema
 * is in case-schema.ts).
 */
export interface CaseInput {
  who: Who;
  halves: Halves;
  email: boolean;
  presence: Presence;
}
export type Who = (typeof WHO)[number];
export type Halves = (typeof HALVES)[number];
export type Presence = (typeof PRESENCE)[number];

/** The case an operator starts from before choosing: the most common one at the counter. */
export const DEFAULT_CASE: CaseInput = { who: 'holder', halves: 'both', email: true, presence: 'present' };

/** Every possible case, for exhaustive checks of a definition (3 x 3 x 2 x 2 = 36). */
export function allCases(): CaseInput[] {
  const cases: CaseInput[] = [];
  for (const who of WHO)
    for (const halves of HALVES)
      for (const email of EMAIL)
        for (const presence of PRESENCE) cases.push({ who, halves, email, presence });
  return cases;
}

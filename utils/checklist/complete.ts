import type { CaseInput } from './case';
import type { ChecklistStep } from './steps';

/** Longest override reason kept (in memory only, for the operator's own record). */
export const MAX_REASON_CHARS = 300;

export interface CompletionState {
  checked: ReadonlySet<string>;
  override: boolean;
  reason: string;
}

/** The required steps not yet checked, in list order. */
export function missingSteps(steps: readonly ChecklistStep[], checked: ReadonlySet<string>): ChecklistStep[] {
  return steps.filter((step) => step.required && !checked.has(step.id));
}

/** Done when every required step is checked, or the operator overrides and says why. */
export function canComplete(steps: readonly ChecklistStep[], state: CompletionState): boolean {
  if (missingSteps(steps, state.checked).length === 0) return true;
  return state.override && state.reason.trim().length > 0;
}

/** What a completed case tells the rest of the extension: the case kind, no citizen data. */
export interface ChecklistSummary {
  requestId: string;
  halves: CaseInput['halves'];
  channel: 'email' | 'paper';
  kind: CaseInput['who'];
  presence: CaseInput['presence'];
  source: 'checklist';
  /** Ids of required steps left unchecked (an override), empty otherwise. */
  skipped: string[];
  /** The operator's reason for an override; free text, so never sent to storage by us. */
  overrideReason?: string;
}

/** Builds the summary of a completed case. */
export function summarize(
  requestId: string,
  c: CaseInput,
  steps: readonly ChecklistStep[],
  state: CompletionState,
): ChecklistSummary {
  const skipped = missingSteps(steps, state.checked).map((step) => step.id);
  return {
    requestId,
    halves: c.halves,
    channel: c.email ? 'email' : 'paper',
    kind: c.who,
    presence: c.presence,
    source: 'checklist',
    skipped,
    ...(skipped.length > 0 ? { overrideReason: state.reason.trim().slice(0, MAX_REASON_CHARS) } : {}),
  };
}

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { canComplete, missingSteps, summarize, type ChecklistSummary } from '@/utils/checklist/complete';
import { DEFAULT_CASE, type CaseInput } from '@/utils/checklist/case';
import type { ChecklistDefinition } from '@/utils/checklist/definition';
import { stepsFor, type ChecklistStep } from '@/utils/checklist/steps';
import type { PortalPage } from '@/utils/portal/adapter';
import { readPrefill, watchPrefill, type PagePrefill } from './prefill';
import { checklistProgress, currentRequestId, onRequestChange, rememberChecklist, startNewRequest } from '../../request-memory';

type Dimension = keyof CaseInput;

/** What the last completion did: counted, failed with a message, or nothing yet. */
export type CompleteStatus = { kind: 'recorded' } | { kind: 'failed'; message: string } | null;

/** Everything the open case holds: in memory only, gone when the case is completed or reset. */
export interface ChecklistState {
  case: CaseInput;
  prefilled: ReadonlySet<Dimension>;
  steps: ChecklistStep[];
  checked: ReadonlySet<string>;
  override: boolean;
  reason: string;
  enabled: boolean;
  busy: boolean;
  status: CompleteStatus;
  requiredDone: number;
  requiredTotal: number;
  setCase: (next: CaseInput) => void;
  toggle: (id: string, checked: boolean) => void;
  setOverride: (override: boolean) => void;
  setReason: (reason: string) => void;
  complete: () => Promise<boolean>;
  reset: () => void;
}

/** The case, its steps and the completion, following the portal page until the operator chooses. */
export function useChecklist(
  page: PortalPage,
  definition: ChecklistDefinition,
  onComplete: (summary: ChecklistSummary) => Promise<void>,
): ChecklistState {
  // A new page load of the request's next step starts from what the earlier step had.
  const kept = checklistProgress();
  const touched = useRef(new Set<Dimension>(kept?.touched));
  // The first drawing already holds what the page says: no second drawing right after it.
  const [first] = useState(() => takePrefill(readPrefill(page), touched.current));
  const [current, setCurrent] = useState<CaseInput>(() => ({ ...(kept?.case ?? DEFAULT_CASE), ...first.values }));
  const [prefilled, setPrefilled] = useState<ReadonlySet<Dimension>>(first.taken);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set(kept?.checked));
  const [override, setOverride] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<CompleteStatus>(null);

  // The page fills in what the operator has not chosen by hand; a reading that changes
  // nothing draws nothing again.
  const applyPrefill = (prefill: PagePrefill): void => {
    const { values, taken } = takePrefill(prefill, touched.current);
    setCurrent((c) => ((Object.keys(values) as Dimension[]).every((d) => c[d] === values[d]) ? c : { ...c, ...values }));
    setPrefilled((p) => (p.size === taken.size && [...taken].every((d) => p.has(d)) ? p : taken));
  };
  useEffect(() => {
    const controller = new AbortController();
    applyPrefill(readPrefill(page));
    watchPrefill(page, applyPrefill, controller.signal);
    return () => controller.abort();
  }, [page]);

  // The checklist follows the request, and the request's memory follows the checklist: the
  // portal back at its first step (or a count from its own confirmation) starts a new case;
  // an earlier step's progress, arriving late, is taken while nothing was ticked here.
  useEffect(() => {
    const controller = new AbortController();
    const takeEarlierStep = (): void => {
      const progress = checklistProgress();
      if (!progress) return;
      setChecked((c) => (c.size === 0 && progress.checked.length > 0 ? new Set(progress.checked) : c));
      touched.current = new Set([...touched.current, ...progress.touched]);
      setCurrent((c) => ({ ...c, ...Object.fromEntries(progress.touched.map((d) => [d, progress.case[d]])) }));
    };
    onRequestChange((reason) => (reason === 'new' ? clear() : takeEarlierStep()), controller.signal);
    // Preact runs effects after the paint: the earlier step's progress may have come between
    // the first drawing and now, with nobody listening. Taken before the effect below writes
    // this drawing's progress over it.
    takeEarlierStep();
    return () => controller.abort();
  }, [page]);
  useEffect(() => {
    rememberChecklist({ case: current, checked: [...checked], touched: [...touched.current] });
  }, [current, checked]);

  const steps = useMemo(() => stepsFor(current, definition), [current, definition]);
  const requiredTotal = steps.filter((s) => s.required).length;
  const requiredDone = requiredTotal - missingSteps(steps, checked).length;
  const enabled = canComplete(steps, { checked, override, reason });

  const clear = (): void => {
    touched.current = new Set();
    setCurrent(DEFAULT_CASE);
    setChecked(new Set());
    setOverride(false);
    setReason('');
    applyPrefill(readPrefill(page));
  };
  // The operator's own "new request" (or a counted one): the request memory starts afresh too.
  const reset = (): void => startNewRequest();

  return {
    case: current,
    prefilled,
    steps,
    checked,
    override,
    reason,
    enabled,
    busy,
    status,
    requiredDone,
    requiredTotal,
    setCase: (next) => {
      for (const d of Object.keys(next) as Dimension[]) if (next[d] !== current[d]) touched.current.add(d);
      setPrefilled((p) => new Set([...p].filter((d) => !touched.current.has(d))));
      setCurrent(next);
      setStatus(null);
    },
    toggle: (id, on) => {
      setChecked((c) => (on ? new Set([...c, id]) : new Set([...c].filter((x) => x !== id))));
      setStatus(null);
    },
    setOverride,
    setReason,
    complete: async () => {
      if (!enabled || busy) return false;
      setBusy(true);
      try {
        await onComplete(summarize(currentRequestId(), current, steps, { checked, override, reason }));
        reset();
        setStatus({ kind: 'recorded' });
        return true;
      } catch (error) {
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    reset: () => {
      reset();
      setStatus(null);
    },
  };
}

/** The dimensions the page may fill in: those the operator has not chosen by hand. */
function takePrefill(prefill: PagePrefill, touched: ReadonlySet<Dimension>): { values: Partial<CaseInput>; taken: ReadonlySet<Dimension> } {
  const taken = (Object.keys(prefill) as (keyof PagePrefill)[]).filter((d) => !touched.has(d));
  return { values: Object.fromEntries(taken.map((d) => [d, prefill[d]])), taken: new Set(taken) };
}

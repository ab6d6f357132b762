import { useRef, useState } from 'preact/hooks';
import { CaseForm } from '@/entrypoints/reissue.content/features/checklist/CaseForm';
import { CompleteRequest } from '@/entrypoints/reissue.content/features/checklist/CompleteRequest';
import { StepList } from '@/entrypoints/reissue.content/features/checklist/StepList';
import type { ChecklistSummary } from '@/utils/checklist/complete';
import type { ChecklistDefinition, ChecklistDocumentKind } from '@/utils/checklist/definition';
import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
import { stepText } from '@/utils/checklist/steps';
import { t } from '@/utils/i18n';
import type { PortalPage } from '@/utils/portal/adapter';
import type { Feature } from '../../feature';
import { highlightField } from './highlight';
import { useChecklist } from './state';
import { printChecklistDocument } from '../../print-requests';
import { recordChecklistRequest } from './record';
import { useContentStart } from '../../use-content-start';

export interface ChecklistSectionProps {
  page: PortalPage;
  definition: ChecklistDefinition;
  onPrint: (kind: ChecklistDocumentKind) => void;
  onComplete: (summary: ChecklistSummary) => Promise<void>;
}

/** The case checklist as a panel section: the case, its steps, and the button that counts it. */
export function ChecklistSection({ page, definition, onPrint, onComplete }: ChecklistSectionProps) {
  const [open, setOpen] = useState(true);
  const [fieldMissing, setFieldMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useChecklist(page, definition, onComplete);
  const steps = state.steps.map((step) => ({ ...step, text: stepText(step.label) }));

  return (
    <section class="checklist" data-testid="checklist" aria-labelledby="sportello-checklist-title">
      <div class="checklist__header">
        <h3 id="sportello-checklist-title" class="checklist__title" tabIndex={-1} ref={heading}>
          {t('checklistTitle')}
        </h3>
        <button
          type="button"
          class="button button--small"
          data-testid="checklist-toggle"
          aria-expanded={open}
          aria-controls="sportello-checklist-body"
          aria-label={t('checklistToggle')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </div>
      {/* hidden, not unmounted: collapsing keeps the open case */}
      <div id="sportello-checklist-body" hidden={!open}>
        <CaseForm value={state.case} prefilled={state.prefilled} onChange={state.setCase} />
        <StepList
          steps={steps}
          checked={state.checked}
          onToggle={state.toggle}
          onPrint={onPrint}
          onShow={(field) => setFieldMissing(!highlightField(page, field))}
        />
        {fieldMissing && <p role="alert">{t('checklistFieldMissing')}</p>}
        <CompleteRequest
          done={state.requiredDone}
          total={state.requiredTotal}
          override={state.override}
          reason={state.reason}
          enabled={state.enabled}
          busy={state.busy}
          status={state.status}
          onOverride={state.setOverride}
          onReason={state.setReason}
          onComplete={() => void state.complete().then((done) => done && heading.current?.focus())}
          onReset={state.reset}
        />
      </div>
    </section>
  );
}

/** The section as the panel mounts it: the comune's definition if any, the real wiring. */
function ChecklistFeatureSection({ page }: { page: PortalPage }) {
  const definition = useContentStart()?.checklistDefinition ?? BUILTIN_DEFINITION;
  return <ChecklistSection page={page} definition={definition} onPrint={printChecklistDocument} onComplete={recordChecklistRequest} />;
}

/** The checklist feature, for FEATURES in feature-registry.ts. */
export const checklistFeature: Feature = { id: 'checklist', Section: ChecklistFeatureSection };

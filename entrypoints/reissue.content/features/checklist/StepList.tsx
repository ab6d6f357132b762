import { t, type MessageKey } from '@/utils/i18n';
import type { ChecklistDocumentKind } from '@/utils/checklist/definition';
import type { FieldName } from '@/utils/portal/words';

/** A step as the list shows it: text already in the operator's language. */
export interface StepView {
  id: string;
  text: string;
  required: boolean;
  document?: ChecklistDocumentKind;
  field?: FieldName;
}

interface StepListProps {
  steps: readonly StepView[];
  checked: ReadonlySet<string>;
  onToggle: (id: string, checked: boolean) => void;
  onPrint: (kind: ChecklistDocumentKind) => void;
  onShow: (field: FieldName) => void;
}

const PRINT_LABELS: Record<ChecklistDocumentKind, MessageKey> = {
  'dichiarazione-smarrimento': 'checklistPrintDichiarazioneSmarrimento',
  'delega-terzi': 'checklistPrintDelegaTerzi',
  'dichiarazione-minore': 'checklistPrintDichiarazioneGenitore',
  'istanza-recupero': 'checklistPrintIstanzaRecupero',
};
const FIELD_LABELS: Record<FieldName, MessageKey> = {
  codiceFiscale: 'partCodiceFiscale',
  numeroCarta: 'partNumeroCarta',
  email: 'partEmail',
};

/** The steps of the case, in order, each a native checkbox with its document and field. */
export function StepList({ steps, checked, onToggle, onPrint, onShow }: StepListProps) {
  return (
    <fieldset class="checklist__steps">
      <legend>{t('checklistStepsLegend')}</legend>
      <ol class="checklist__list">
        {steps.map((step) => {
          const inputId = `sportello-step-${step.id}`;
          return (
            <li key={step.id} class="checklist__step" data-step={step.id} data-checked={checked.has(step.id)}>
              <input
                type="checkbox"
                id={inputId}
                data-testid={`step-${step.id}`}
                checked={checked.has(step.id)}
                aria-required={step.required}
                onChange={(event) => onToggle(step.id, event.currentTarget.checked)}
              />
              <label for={inputId}>
                {step.text}
                {!step.required && <span class="checklist__optional"> ({t('checklistOptional')})</span>}
              </label>
              {(step.document || step.field) && (
                <span class="checklist__actions">
                  {step.document && (
                    <button type="button" class="button button--small" data-testid={`print-${step.document}`} onClick={() => step.document && onPrint(step.document)}>
                      {t(PRINT_LABELS[step.document])}
                    </button>
                  )}
                  {step.field && (
                    <button type="button" class="button button--small" data-testid={`show-${step.id}`} onClick={() => step.field && onShow(step.field)}>
                      {t('checklistShowField', { field: t(FIELD_LABELS[step.field]) })}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}

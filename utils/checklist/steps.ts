import { getLanguage, t, type MessageKey } from '../i18n';
import type { FieldName } from '../portal/words';
import type { CaseInput } from './case';
import type { ChecklistDefinition, ChecklistDocumentKind, StepLabel } from './definition';
import { matches } from './match';

/** One step of the list for a case, ready to show. */
export interface ChecklistStep {
  id: string;
  ruleId: string;
  label: StepLabel;
  required: boolean;
  document?: ChecklistDocumentKind;
  field?: FieldName;
}

/**
 * The steps for a case, in order: the rules that apply sorted by `order` (file order breaks
 * ties), each rule's steps that apply in the order written. Pure.
 */
export function stepsFor(c: CaseInput, definition: ChecklistDefinition): ChecklistStep[] {
  const rules = definition.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => matches(rule.when, c))
    .sort((a, b) => a.rule.order - b.rule.order || a.index - b.index);
  const steps: ChecklistStep[] = [];
  for (const { rule } of rules) {
    for (const step of rule.steps) {
      if (!matches(step.when, c)) continue;
      steps.push({
        id: step.id,
        ruleId: rule.id,
        label: step.label,
        required: step.required,
        ...(step.document ? { document: step.document } : {}),
        ...(step.field ? { field: step.field } : {}),
      });
    }
  }
  return steps;
}

/** A step's text in the current language; a comune's own text falls back to Italian. */
export function stepText(label: StepLabel): string {
  if (label.key !== undefined) return t(label.key as MessageKey);
  const language = getLanguage();
  return (language === 'it' ? label.it : label[language]) ?? label.it ?? '';
}

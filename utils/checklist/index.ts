/** The case checklist: the case model, the procedure as data, and the rules that join them. */
export { allCases, DEFAULT_CASE, EMAIL, HALVES, PRESENCE, WHO, type Halves, type Presence, type Who } from './case';
export { CaseInput } from './case-schema';
export {
  CHECKLIST_DOCUMENT_KINDS,
  ChecklistDefinition,
  RuleDefinition,
  StepDefinition,
  StepLabel,
  type ChecklistDocumentKind,
} from './definition';
export { canComplete, missingSteps, summarize, MAX_REASON_CHARS, type ChecklistSummary, type CompletionState } from './complete';
export { importDefinition, describeIssue, MAX_DEFINITION_CHARS, type ImportResult } from './import';
export { BUILTIN_DEFINITION, BUILTIN_RULE_FILES } from './rules';
export { stepsFor, stepText, type ChecklistStep } from './steps';

import { ChecklistDefinition } from '../definition';
import declaration from './declaration.json';
import delegate from './delegate.json';
import email from './email.json';
import handover from './handover.json';
import identify from './identify.json';
import minor from './minor.json';
import noEmail from './no-email.json';
import nothingKept from './nothing-kept.json';
import portalData from './portal-data.json';
import selfService from './self-service.json';
import sign from './sign.json';

/** The built-in rule files, one per case rule; `order` inside each decides the list order. */
export const BUILTIN_RULE_FILES: readonly unknown[] = [
  identify,
  selfService,
  declaration,
  minor,
  delegate,
  portalData,
  email,
  noEmail,
  sign,
  handover,
  nothingKept,
];

/**
 * The procedure as shipped, validated like any imported file (a bad rule file fails the
 * unit tests, not the operator). Also the template a comune starts from.
 */
export const BUILTIN_DEFINITION: ChecklistDefinition = ChecklistDefinition.parse({
  version: 1,
  name: 'Sportello CIE',
  rules: BUILTIN_RULE_FILES,
});

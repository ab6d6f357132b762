import type { z } from 'zod';
import type { ChecklistDefinition, RuleDefinition } from '../definition';
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
 * The procedure as shipped. Trusted bundled data, so no zod at run time (the content script
 * carries none): a unit test checks that ChecklistDefinition.parse gives exactly this, so a
 * bad rule file fails the tests, not the operator. Also the template a comune starts from.
 */
export const BUILTIN_DEFINITION: ChecklistDefinition = {
  version: 1,
  name: 'Sportello CIE',
  rules: (BUILTIN_RULE_FILES as readonly z.input<typeof RuleDefinition>[]).map((rule) => ({
    ...rule,
    // The schema's one default: a step is required unless it says otherwise.
    steps: rule.steps.map((step) => ({ ...step, required: step.required ?? true })),
  })),
};

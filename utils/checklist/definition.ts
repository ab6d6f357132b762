import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/schema';
import { messageCatalogs } from '../i18n';
import { PLAIN_ID } from '../plain-id';
import { FIELD_NAMES } from '../portal/words';
import { allCases, HALVES, PRESENCE, WHO } from './case';
import { matches } from './match';

/** Documents a step may offer to print: exactly the kinds the documents feature builds. */
export const CHECKLIST_DOCUMENT_KINDS = DOCUMENT_KINDS;
export type ChecklistDocumentKind = DocumentKind;

const Id = z.string().regex(PLAIN_ID);
const Text = z.string().trim().min(1).max(400);

/** When a rule or step applies: each listed dimension must contain the case's value. */
export const Condition = z
  .object({
    who: z.array(z.enum(WHO)).min(1).max(WHO.length).optional(),
    halves: z.array(z.enum(HALVES)).min(1).max(HALVES.length).optional(),
    email: z.array(z.boolean()).min(1).max(2).optional(),
    presence: z.array(z.enum(PRESENCE)).min(1).max(PRESENCE.length).optional(),
  })
  .strict();
export type Condition = z.infer<typeof Condition>;

/** A step's text: one of our catalogue keys (built-in rules) or the comune's own words. */
export const StepLabel = z
  .object({ key: z.string().max(80).optional(), it: Text.optional(), en: Text.optional(), de: Text.optional() })
  .strict()
  .superRefine((label, ctx) => {
    if ((label.key === undefined) === (label.it === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'checklistImportLabelEither', path: [] });
    } else if (label.key !== undefined && !(label.key.startsWith('checklist') && (messageCatalogs.it === undefined || label.key in messageCatalogs.it))) {
      ctx.addIssue({ code: 'custom', message: 'checklistImportLabelKey', path: ['key'] });
    }
  });
export type StepLabel = z.infer<typeof StepLabel>;

export const StepDefinition = z
  .object({
    id: Id,
    label: StepLabel,
    required: z.boolean().default(true),
    document: z.enum(CHECKLIST_DOCUMENT_KINDS).optional(),
    field: z.enum(FIELD_NAMES).optional(),
    when: Condition.optional(),
  })
  .strict();
export type StepDefinition = z.infer<typeof StepDefinition>;

/** One case rule: the steps it adds, where they go in the list, and for which cases. */
export const RuleDefinition = z
  .object({
    id: Id,
    order: z.number().int().min(0).max(10_000),
    when: Condition.optional(),
    steps: z.array(StepDefinition).min(1).max(30),
  })
  .strict();
export type RuleDefinition = z.infer<typeof RuleDefinition>;

/**
 * The whole procedure: the built-in rules, or a comune's own file imported on the options
 * page. Ids are unique, and every possible case gets at least one required step.
 */
export const ChecklistDefinition = z
  .object({
    version: z.literal(1),
    name: z.string().trim().max(120).optional(),
    rules: z.array(RuleDefinition).min(1).max(60),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const ruleIds = new Set<string>();
    const stepIds = new Set<string>();
    definition.rules.forEach((rule, r) => {
      if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', message: 'checklistImportDuplicateRule', path: ['rules', r, 'id'] });
      ruleIds.add(rule.id);
      rule.steps.forEach((step, s) => {
        if (stepIds.has(step.id))
          ctx.addIssue({ code: 'custom', message: 'checklistImportDuplicateStep', path: ['rules', r, 'steps', s, 'id'] });
        stepIds.add(step.id);
      });
    });
    const empty = allCases().find((c) =>
      definition.rules.every((rule) => !matches(rule.when, c) || rule.steps.every((s) => !s.required || !matches(s.when, c))),
    );
    if (empty) ctx.addIssue({ code: 'custom', message: 'checklistImportEmptyCase', path: ['rules'], params: { case: empty } });
  });
export type ChecklistDefinition = z.infer<typeof ChecklistDefinition>;

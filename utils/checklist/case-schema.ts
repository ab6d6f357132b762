import { z } from 'zod';
import { HALVES, PRESENCE, WHO, type CaseInput as CaseInputType } from './case';

/** The case as a zod schema, for whoever receives one across a boundary. */
export const CaseInput: z.ZodType<CaseInputType> = z.object({
  who: z.enum(WHO),
  halves: z.enum(HALVES),
  email: z.boolean(),
  presence: z.enum(PRESENCE),
});
export type CaseInput = CaseInputType;

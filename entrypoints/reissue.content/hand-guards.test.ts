import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BirthplaceAnswer } from '@/utils/schemas';
import { StartTourRequest } from '@/utils/tours/schema';
import { isPanelLayout } from './dock';
import { isBirthplaceAnswer } from './features/field-checks/birthplace';
import { isStartTourRequest } from './features/tour/start-tour-listener';

// The content script checks what it receives by hand (it carries no zod): each guard must
// accept exactly what the zod schema of the same data accepts.

const day = fc.oneof(fc.constant('2016-01-01'), fc.constant('1882-12-8'), fc.string({ maxLength: 12 }));
const place = fc.record(
  {
    name: fc.oneof(fc.constant(''), fc.string({ maxLength: 3 }), fc.constant('x'.repeat(201)), fc.integer()),
    province: fc.oneof(fc.constant(''), fc.constant('BO'), fc.constant('123456789'), fc.constant(undefined), fc.boolean()),
    foreign: fc.oneof(fc.boolean(), fc.constant('no')),
    validFrom: day,
    validTo: day,
    extra: fc.string(),
  },
  { requiredKeys: [] },
);
const tourRequest = fc.oneof(
  fc.record({ tourId: fc.oneof(fc.constant('minor'), fc.constant('#btn'), fc.constant('a'.repeat(49)), fc.string(), fc.integer(), fc.constant(undefined)) }, { requiredKeys: [] }),
  fc.record({ tourId: fc.constant('minor'), selector: fc.string() }),
  fc.anything(),
);
const layout = fc.oneof(
  fc.record({ side: fc.constantFrom('right', 'left', 'top', 1), collapsed: fc.oneof(fc.boolean(), fc.constant('yes')), extra: fc.string() }, { requiredKeys: [] }),
  fc.anything(),
);
const PanelLayout = z.object({ side: z.enum(['right', 'left']), collapsed: z.boolean() });

describe('hand-written guards of the content script', () => {
  it('accept the birthplace answers BirthplaceAnswer accepts, and no others', () => {
    fc.assert(fc.property(fc.oneof(place, fc.constant(null), fc.anything()), (value) => {
      expect(isBirthplaceAnswer(value)).toBe(BirthplaceAnswer.safeParse(value).success);
    }), { numRuns: 2000 });
  });

  it('accept the startTour requests StartTourRequest accepts, and no others', () => {
    fc.assert(fc.property(tourRequest, (value) => {
      expect(isStartTourRequest(value)).toBe(StartTourRequest.safeParse(value).success);
    }), { numRuns: 2000 });
  });

  it('accept the stored panel layouts the former schema accepted, and no others', () => {
    fc.assert(fc.property(layout, (value) => {
      expect(isPanelLayout(value)).toBe(PanelLayout.safeParse(value).success);
    }), { numRuns: 1000 });
  });
});

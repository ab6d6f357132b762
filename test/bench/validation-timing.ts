/**
 * The validation timings, run by validation.bench.ts as one bundled file in plain Node (see
 * there). Prints the results as JSON on stdout.
 */
import { belfioreConnector } from '@marketto/belfiore-connector-embedded';
import { CheckDigitizer, CodiceFiscaleUtils } from '@marketto/codice-fiscale-utils';
import CodiceFiscaleModule from 'codice-fiscale-js';
import { isValidCodiceFiscale, parseCodiceFiscale } from '../../utils/codice-fiscale';
import { checkCharacter } from '../../utils/codice-fiscale/tables';
import { median, nsPerOp, type BenchResult } from './harness';

// Mixed input, the same for every library: published valid codes, omocodes, typos (check
// character), impossible dates with a correct check character, structural garbage.
// Its CommonJS build exports { CodiceFiscale } where its types declare a default export.
const CodiceFiscale =
  (CodiceFiscaleModule as unknown as { CodiceFiscale?: typeof CodiceFiscaleModule }).CodiceFiscale ?? CodiceFiscaleModule;
const withCheck = (code15: string): string => code15 + checkCharacter(code15);
const INPUTS: string[] = [
  'RCCMNL83S18D969H', 'CNTCHR83T41D969D', 'CCCFBA85D03L219P', 'THDSDA95P08Z330H', 'MRTMRA83T56A269B',
  'TKKYKU87B68L219F', 'RSSMRA50B17A558W', 'BRRDRN70M41Z602D', 'RSSMRA85T10A562S', 'QTRDRA71P13G388J',
  'CCCFBA85D03L21VE', 'CCCFBA85D0PLNMVA', 'CCCFBAURDLPLNMVU', 'RSSMRA75C22H50MA',
  'CCCFBA85D03L219B', 'RCCMNL83S18D969A', 'RSSMRA85T10A562T',
  withCheck('CCCFBA85B30L219'), withCheck('CCCFBA83B29L219'), withCheck('CCCFBA85D31L219'), withCheck('CCCFBA85D35L219'),
  'CCCFBA85X03L219P', 'CC0FBA85X03L219P', 'RSSMRA85T10A562', 'HELLO WORLD 1234',
];

async function timeValidators(): Promise<BenchResult[]> {
  const utils = new CodiceFiscaleUtils(belfioreConnector);
  const ourValid = (cf: string): boolean => parseCodiceFiscale(cf).valid;
  // Ours without decoding, the like-for-like peer of codice-fiscale-js check() (still checks dates).
  const ourCheck = isValidCodiceFiscale;
  // codice-fiscale-js: like for like, its constructor validates and decodes (it throws on a
  // bad code); and its static check, which only validates structure and check character.
  const cfjsValid = (cf: string): boolean => safe(() => new CodiceFiscale(cf).isValid());
  const cfjsCheck = (cf: string): boolean => safe(() => CodiceFiscale.check(cf));
  // @marketto/codice-fiscale-utils, sync path: its full-code pattern, check digit, decoded date.
  const fullPattern = await utils.pattern.codiceFiscale(); // built once (async), then used synchronously
  const markettoValid = (cf: string): boolean =>
    safe(() => fullPattern.test(cf) && CheckDigitizer.checkDigit(cf) === cf[15] && utils.parser.cfToBirthDate(cf) !== null);

  // A peer that throws on a published valid code is wired wrongly: fail loudly, do not time errors.
  for (const check of [ourValid, ourCheck, cfjsValid, cfjsCheck, markettoValid]) {
    if (!check('RCCMNL83S18D969H')) throw new Error('a checker rejects a published valid code: bench wiring is wrong');
  }
  const agreement = (check: (cf: string) => boolean): string => {
    const same = INPUTS.filter((cf) => check(cf) === ourValid(cf)).length;
    return `${same}/${INPUTS.length} verdicts agree with ours`;
  };
  if (INPUTS.some((cf) => ourCheck(cf) !== ourValid(cf))) throw new Error('isValidCodiceFiscale and parseCodiceFiscale disagree');

  // One timed loop per checker, written out, each calling its library directly as a caller
  // would: one shared loop calling five functions from a single call site would time V8's
  // megamorphic dispatch (about 50 ns a call here), a cost no real caller pays.
  const loops = {
    ours: () => {
      for (const cf of INPUTS) parseCodiceFiscale(cf);
    },
    oursCheckOnly: () => {
      for (const cf of INPUTS) isValidCodiceFiscale(cf);
    },
    cfjs: () => {
      for (const cf of INPUTS) cfjsValid(cf); // the constructor throws on most bad codes
    },
    cfjsCheckOnly: () => {
      for (const cf of INPUTS) {
        try {
          CodiceFiscale.check(cf);
        } catch {
          // a rejected code
        }
      }
    },
    marketto: () => {
      for (const cf of INPUTS) markettoValid(cf);
    },
  };
  // Iterations per round, so each round lasts some tens of milliseconds.
  const iterations: Record<keyof typeof loops, number> = { ours: 2000, oursCheckOnly: 4000, cfjs: 200, cfjsCheckOnly: 2000, marketto: 200 };
  // Every checker in turn, three passes, the median kept: a burst of load on a shared machine
  // then lands on all of them alike rather than on whichever was being timed.
  const samples = Object.fromEntries(Object.keys(loops).map((name) => [name, [] as number[]])) as Record<keyof typeof loops, number[]>;
  for (let pass = 0; pass < 3; pass++) {
    for (const name of Object.keys(loops) as (keyof typeof loops)[]) {
      samples[name].push((await nsPerOp(loops[name], iterations[name])) / INPUTS.length);
    }
  }
  const ours = median(samples.ours);
  const oursCheckOnly = median(samples.oursCheckOnly);
  const cfjs = median(samples.cfjs);
  const cfjsOnlyCheck = median(samples.cfjsCheckOnly);
  const marketto = median(samples.marketto);

  const results: BenchResult[] = [
    { name: 'isValidCodiceFiscale', value: oursCheckOnly, unit: 'ns/op', peer: 'codice-fiscale-js check() (both validate only)', peerValue: cfjsOnlyCheck, note: `check(): ${agreement(cfjsCheck)}` },
    { name: 'parseCodiceFiscale', value: ours, unit: 'ns/op', peer: 'codice-fiscale-js (both validate + decode)', peerValue: cfjs, note: `codice-fiscale-js: ${agreement(cfjsValid)}` },
    { name: 'parseCodiceFiscale', value: ours, unit: 'ns/op', peer: 'codice-fiscale-js check() (ours also decodes)', peerValue: cfjsOnlyCheck },
    { name: 'parseCodiceFiscale', value: ours, unit: 'ns/op', peer: '@marketto/codice-fiscale-utils (sync)', peerValue: marketto, note: `@marketto: ${agreement(markettoValid)}` },
  ];
  return results;
}

function safe(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

process.stdout.write(JSON.stringify(await timeValidators()));

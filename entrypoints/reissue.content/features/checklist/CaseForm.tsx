import { t, type MessageKey } from '@/utils/i18n';
import { HALVES, PRESENCE, WHO, type CaseInput } from '@/utils/checklist/case';

type Dimension = keyof CaseInput;

interface CaseFormProps {
  value: CaseInput;
  /** Dimensions read from the portal page rather than chosen: marked "from the page". */
  prefilled: ReadonlySet<Dimension>;
  onChange: (next: CaseInput) => void;
}

interface Choice<V> {
  value: V;
  testId: string;
  label: MessageKey;
}

const WHO_LABELS: Record<CaseInput['who'], MessageKey> = {
  holder: 'checklistWhoHolder',
  minor: 'checklistWhoMinor',
  delegate: 'checklistWhoDelegate',
};
const HALVES_LABELS: Record<CaseInput['halves'], MessageKey> = {
  first: 'checklistHalvesFirst',
  second: 'checklistHalvesSecond',
  both: 'checklistHalvesBoth',
};
const PRESENCE_LABELS: Record<CaseInput['presence'], MessageKey> = {
  present: 'checklistPresencePresent',
  remote: 'checklistPresenceRemote',
};

const who = WHO.map((v) => ({ value: v, testId: `case-who-${v}`, label: WHO_LABELS[v] }));
const halves = HALVES.map((v) => ({ value: v, testId: `case-halves-${v}`, label: HALVES_LABELS[v] }));
const email: Choice<boolean>[] = [
  { value: true, testId: 'case-email-yes', label: 'checklistEmailYes' },
  { value: false, testId: 'case-email-no', label: 'checklistEmailNo' },
];
const presence = PRESENCE.map((v) => ({ value: v, testId: `case-presence-${v}`, label: PRESENCE_LABELS[v] }));

/** The case in four native radio groups: keyboard (arrows) and screen readers work as usual. */
export function CaseForm({ value, prefilled, onChange }: CaseFormProps) {
  const set = <D extends Dimension>(dimension: D) => (next: CaseInput[D]) => onChange({ ...value, [dimension]: next });
  return (
    <fieldset class="checklist__case" data-testid="case-form">
      <legend>{t('checklistCaseLegend')}</legend>
      <RadioGroup name="who" legend="checklistWhoLegend" choices={who} value={value.who} onChange={set('who')} fromPage={prefilled.has('who')} />
      <RadioGroup name="halves" legend="checklistHalvesLegend" choices={halves} value={value.halves} onChange={set('halves')} fromPage={prefilled.has('halves')} />
      <RadioGroup name="email" legend="checklistEmailLegend" choices={email} value={value.email} onChange={set('email')} fromPage={prefilled.has('email')} />
      <RadioGroup name="presence" legend="checklistPresenceLegend" choices={presence} value={value.presence} onChange={set('presence')} fromPage={prefilled.has('presence')} />
    </fieldset>
  );
}

interface RadioGroupProps<V> {
  name: string;
  legend: MessageKey;
  choices: readonly Choice<V>[];
  value: V;
  fromPage: boolean;
  onChange: (value: V) => void;
}

function RadioGroup<V>({ name, legend, choices, value, fromPage, onChange }: RadioGroupProps<V>) {
  return (
    <fieldset class="checklist__group" data-testid={`case-${name}`}>
      <legend>
        {t(legend)}
        {fromPage && <span class="checklist__from-page"> ({t('checklistFromPage')})</span>}
      </legend>
      {choices.map((choice) => (
        <label key={choice.testId} class="checklist__choice">
          <input
            type="radio"
            name={`sportello-case-${name}`}
            data-testid={choice.testId}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {t(choice.label)}
        </label>
      ))}
    </fieldset>
  );
}

import { t } from '@/utils/i18n';
import type { PolicyProblem } from '@/utils/settings';

const MAX_ENTRIES = 50;

function message(problem: PolicyProblem): string {
  if (problem.tooMany !== undefined) return t('optionsPolicyTooMany', { key: problem.key, count: problem.tooMany, max: MAX_ENTRIES });
  if (problem.entry !== undefined) return t('optionsPolicyInvalidEntry', { key: problem.key, entry: problem.entry });
  return t('optionsPolicyInvalidValue', { key: problem.key });
}

/**
 * What the managed policy set that is not in use, one line each, so the IT can fix it: a bad
 * value is ignored alone, a bad entry of a list alone (the others stay in force). Text only.
 */
export function PolicyProblems({ problems }: { problems: readonly PolicyProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="options__policy-problems" role="alert" aria-labelledby="policy-problems-title" data-testid="policy-problems">
      <h2 id="policy-problems-title">{t('optionsPolicyProblemsTitle')}</h2>
      <ul>
        {problems.map((problem, i) => (
          <li key={i} data-key={problem.key}>
            {message(problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}

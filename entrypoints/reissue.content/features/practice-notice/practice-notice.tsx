import { t } from '@/utils/i18n';
import { isPracticeContext } from '@/utils/portal/practice';
import type { Feature } from '../../feature';

/**
 * On a practice page the panel says so first: the citizens are fictitious and what is
 * completed here stays out of the office's figures, so a trainee knows where they are.
 */
export const practiceNoticeFeature: Feature = {
  id: 'practice-notice',
  Section: PracticeNotice,
};

function PracticeNotice() {
  // Read at each render: the demo portal keeps its marker across in-page navigation.
  if (!isPracticeContext(location.href, document)) return null;
  return (
    <p class="practice-notice" data-testid="practice-notice">
      {t('panelPracticeNotice')}
    </p>
  );
}

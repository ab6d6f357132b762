import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { Feature } from '../../feature';

/**
 * At (or near) the office's daily limit the panel says so before the operator starts a case:
 * a warning, never a block: the office decides.
 */
export const quotaWarningFeature: Feature = {
  id: 'quota-warning',
  Section: QuotaWarning,
};

function QuotaWarning() {
  const [today, setToday] = useState<{ count: number; limit: number; level: string } | null>(null);
  useEffect(() => {
    void sendMessage('quotaToday', {})
      .then(({ count, limit, level }) => setToday({ count, limit, level }))
      .catch(() => setToday(null));
  }, []);
  if (!today || today.level === 'ok') return null;
  return (
    <p class={`quota-warning quota-warning--${today.level}`} role="status" data-testid="quota-warning" data-level={today.level}>
      {t(today.level === 'full' ? 'quotaLevelFull' : 'quotaLevelNear')} ({today.count} / {today.limit})
    </p>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { OfficeTodayCard } from '@/components/OfficeTodayCard';
import { sendMessage } from '@/utils/messaging';
import type { OfficeToday } from '@/utils/office/status';

/**
 * The office's day in the popup, when an office server is configured: first what is known now
 * (no network), then, opening the popup being one of the moments the outbox is sent, the same
 * after a push and a fresh read.
 */
export function OfficePanel() {
  const [office, setOffice] = useState<OfficeToday | null>(null);
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    void (async () => {
      const known = await sendMessage('officeToday', {}).catch(() => null);
      if (!known?.configured) return;
      setOffice(known);
      setOffice(await sendMessage('officeSync', {}).catch(() => known));
      setBusy(false);
    })();
  }, []);
  if (!office?.configured) return null;
  return <OfficeTodayCard office={office} busy={busy} />;
}

import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import type { OfficeToday } from '@/utils/office/status';

export interface OfficeState {
  /** Undefined until the background answers; `{ configured: false }` without a server. */
  office: OfficeToday | undefined;
  /** The popup's push and fresh read are under way. */
  busy: boolean;
}

/**
 * The office's day in the popup, when an office server is configured: first what is known now
 * (no network), then, opening the popup being one of the moments the outbox is sent, the same
 * after a push and a fresh read. Read again (no network) when `revision` changes (an undo).
 */
export function useOffice(revision: number): OfficeState {
  const [office, setOffice] = useState<OfficeToday | undefined>(undefined);
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    void (async () => {
      const known = await sendMessage('officeToday', {}).catch((): OfficeToday => ({ configured: false }));
      setOffice(known);
      if (!known.configured) return setBusy(false);
      setOffice(await sendMessage('officeSync', {}).catch(() => known));
      setBusy(false);
    })();
  }, []);
  useEffect(() => {
    if (revision > 0) void sendMessage('officeToday', {}).then(setOffice, () => undefined);
  }, [revision]);
  return { office, busy };
}

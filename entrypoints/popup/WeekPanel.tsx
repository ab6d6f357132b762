import { useEffect, useState } from 'preact/hooks';
import { WeekChart } from '@/components/WeekChart';
import { sendMessage } from '@/utils/messaging';
import type { WeekAtGlance } from '@/utils/quota/week';

type Props = {
  /** Changes when the figures behind the week may have changed (the popup's sync, an undo). */
  version: string;
};

/** The popup's last seven days: read (no network) at first and again whenever `version` changes. */
export function WeekPanel({ version }: Props) {
  const [week, setWeek] = useState<{ for: string; week: WeekAtGlance } | null>(null);
  useEffect(() => {
    void sendMessage('weekAtGlance', {}).then(
      (answer) => setWeek({ for: version, week: answer }),
      () => undefined,
    );
  }, [version]);
  if (!week) return null;
  // Busy from the render that asks until the answer for this version is drawn.
  return <WeekChart week={week.week} busy={week.for !== version} />;
}

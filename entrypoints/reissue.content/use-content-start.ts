import { useEffect, useState } from 'preact/hooks';
import type { ContentStart } from '@/utils/messaging/protocol';
import { contentStart, contentStartNow, followContentStart } from './content-start';

/**
 * The start answer for a panel section: there at the first render when it came before the
 * panel was drawn (the usual case: asked at document_start), else drawn again once it comes,
 * and again when it is asked anew.
 */
export function useContentStart(): ContentStart | null {
  const [value, setValue] = useState(contentStartNow());
  useEffect(() => {
    const stop = followContentStart(setValue);
    const known = contentStartNow();
    if (!known) void contentStart();
    else if (known !== value) setValue(known);
    return stop;
  }, []);
  return value;
}

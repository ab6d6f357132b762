import { render } from 'preact';
import { registerCatalogs, setLanguage } from '@/utils/i18n';
import { TourRunner } from './runner';
import type { TourRunnerHost } from './runner-host';

/**
 * The runner's side of runner-host.ts, built into tour-runner.js (never into the content
 * script): its own Preact renders only into the tour's layer, its own i18n module is given
 * the panel's language and catalogue at each start.
 */
export function createTourRunnerHost(): TourRunnerHost {
  return {
    mount(layer, props, { language, catalog }) {
      if (catalog) registerCatalogs({ [language]: catalog });
      setLanguage(language);
      render(<TourRunner {...props} />, layer);
      return {
        update: (next) => render(<TourRunner {...next} />, layer),
        remove: () => render(null, layer),
      };
    },
  };
}

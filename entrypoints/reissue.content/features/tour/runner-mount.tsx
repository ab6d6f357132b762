import { render } from 'preact';
import { messageCatalogs, registerCatalogs, setLanguage } from '@/utils/i18n';
import { TourRunner } from './runner';
import type { PanelLanguage, TourRunnerHost } from './runner-host';

/**
 * The runner's side of runner-host.ts, built into tour-runner.js (never into the content
 * script): its own Preact renders only into the tour's layer, its own i18n module is given
 * the panel's language and catalogue at each start.
 */
export function createTourRunnerHost(): TourRunnerHost {
  return {
    mount(layer, props, language) {
      speak(language);
      render(<TourRunner {...props} />, layer);
      return {
        update: (next, nextLanguage) => {
          speak(nextLanguage);
          render(<TourRunner {...next} />, layer);
        },
        remove: () => render(null, layer),
      };
    },
  };
}

/**
 * This copy of the i18n module speaks as the panel: its catalogue only (none when the panel
 * reads the browser's _locales), so an earlier start's catalogue never answers for another.
 */
function speak({ language, catalog }: PanelLanguage): void {
  for (const held of Object.keys(messageCatalogs) as (keyof typeof messageCatalogs)[]) if (held !== language || !catalog) Reflect.deleteProperty(messageCatalogs, held);
  if (catalog) registerCatalogs({ [language]: catalog });
  setLanguage(language);
}

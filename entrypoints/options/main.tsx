import { render } from 'preact';
// Every language on this page, not only the browser's own _locales (the office may pick another).
import '@/utils/i18n-catalogs';
import { App, applyLanguage } from './App';
import { effective, loadOptions } from './options-state';
import './options.css';

void (async () => {
  const initial = await loadOptions();
  applyLanguage(effective(initial, 'language'));
  render(<App initial={initial} />, document.getElementById('app')!);
})();

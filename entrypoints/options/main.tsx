import { render } from 'preact';
import { App, applyLanguage } from './App';
import { effective, loadOptions } from './options-state';
import './options.css';

void (async () => {
  const initial = await loadOptions();
  applyLanguage(effective(initial, 'language'));
  render(<App initial={initial} />, document.getElementById('app')!);
})();

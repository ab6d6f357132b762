import { render } from 'preact';
import { t } from '@/utils/i18n';
import { applyPageLanguage } from '@/utils/page-language';
import { App } from './App';
import './report.css';

void applyPageLanguage().then(() => {
  document.title = t('quotaReportTitle');
  render(<App />, document.getElementById('app')!);
});

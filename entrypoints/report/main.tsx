import '@/utils/i18n-catalogs';
import { render } from 'preact';
import { getLanguage, t } from '@/utils/i18n';
import { App } from './App';
import './report.css';

document.documentElement.lang = getLanguage();
document.title = t('quotaReportTitle');
render(<App />, document.getElementById('app')!);

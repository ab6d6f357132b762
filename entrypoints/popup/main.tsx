import '@/utils/i18n-catalogs';
import { render } from 'preact';
import { getLanguage } from '@/utils/i18n';
import { App } from './App';
import './popup.css';

document.documentElement.lang = getLanguage();
render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { applyPageLanguage } from '@/utils/page-language';
import { App } from './App';
import './popup.css';

void applyPageLanguage().then(() => render(<App />, document.getElementById('app')!));

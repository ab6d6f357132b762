import { render } from 'preact';
import { applyPageLanguage } from '@/utils/page-language';
import { App } from './App';
import './print.css';

void applyPageLanguage().then(() => render(<App token={location.hash.slice(1)} />, document.getElementById('app')!));

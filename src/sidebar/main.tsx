/** Entry of the sidebar page, shown in an iframe on the article. */
import { render } from 'preact';
import { App } from './App';
import './sidebar.css';

document.documentElement.lang = navigator.language || 'en';
render(<App />, document.getElementById('app')!);

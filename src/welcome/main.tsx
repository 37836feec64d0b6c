/** Entry of the welcome page, opened once when Counterpoint is installed. */
import { render } from 'preact';
import { Welcome } from './Welcome';
import './welcome.css';

document.documentElement.lang = navigator.language || 'en';
render(<Welcome />, document.getElementById('app')!);

/** Entry of the options page: corpus management and settings. */
import { render } from 'preact';
import { OptionsApp } from './OptionsApp';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);

/** Entry of the claim and actor pages. */
import { render } from 'preact';
import { ExplorerApp } from './ExplorerApp';
import '../ui/base.css';
import './explorer.css';

const kind = location.pathname.endsWith('/actor.html') ? 'actor' : 'claim';
render(<ExplorerApp kind={kind} />, document.getElementById('app')!);

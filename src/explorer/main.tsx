/** Entry of the claim and actor pages. */
import { render } from 'preact';
import { ExplorerApp, startReading } from './ExplorerApp';
import { idFromHash } from './names';
import '../ui/base.css';
import './explorer.css';

const kind = location.pathname.endsWith('/actor.html') ? 'actor' : 'claim';
startReading(kind, idFromHash(location.hash));
render(<ExplorerApp kind={kind} />, document.getElementById('app')!);

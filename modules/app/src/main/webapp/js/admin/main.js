// Boots the operator console at /admin/: the key is asked once, then the sections, routed in the hash.
import { render } from 'preact';
import { html } from '../ui/html.js';
import { OperatorApi } from './operator-api.js';
import { Console } from './console.js';

const root = document.getElementById('app');
root.replaceChildren(); // the "Loading" line of the static page
render(html`<${Console} api=${new OperatorApi()} />`, root);

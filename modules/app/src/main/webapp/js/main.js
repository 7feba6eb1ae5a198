// Boots the web client: one model, one root component, routes in the URL hash.
import { render } from 'preact';
import { html } from './ui/html.js';
import { ChatClient } from './client.js';
import { App } from './ui/app.js';

const client = new ChatClient();
client.start().catch(() => client.signedOut()).finally(() => {
  const root = document.getElementById('app');
  root.replaceChildren(); // the "Loading" line of the static page
  render(html`<${App} client=${client} />`, root);
});

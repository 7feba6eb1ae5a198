// "Forward": the user's conversations, in the order of the list; a click sends a copy of the
// message there (its text or file, marked forwarded) and says so.
import { useState } from 'preact/hooks';
import { html } from './html.js';
import { Dialog } from './dialog.js';

export function ForwardDialog({ client, message, onClose }) {
  const [sentTo, setSentTo] = useState(null);
  const forward = c => {
    client.forward(c.id, message);
    setSentTo(client.title(c));
  };
  return html`<${Dialog} title="Forward to" onClose=${onClose} testId="forward-dialog">
    ${sentTo && html`<p role="status" data-testid="forwarded-to">Forwarded to ${sentTo}</p>`}
    <ul class="forward-targets">
      ${client.sortedConversations().map(c => html`<li key=${c.id}>
        <button type="button" class="link" data-testid="forward-to" data-group=${c.id}
                onClick=${() => forward(c)}>${client.title(c)}</button></li>`)}
    </ul>
  </${Dialog}>`;
}

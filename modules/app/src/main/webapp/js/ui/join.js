// Opening an invite link: join the group, then show it.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';

export function JoinByLink({ client, code }) {
  const [error, setError] = useState(null);
  useEffect(() => {
    client.api.post(`/invites/${encodeURIComponent(code)}/accept`)
      .then(async group => { await client.refreshConversations(); location.hash = `#/c/${group.id}`; })
      .catch(e => setError(e.status === 404 ? 'This invite link is unknown or has expired.'
        : e.code === 'GROUP_FULL' ? 'The group is full.' : e.message));
  }, [code]);
  return html`<div class="empty-pane"><p role="status">${error ?? 'Joining…'}</p>${error && html`<a href="#/">Back to chats</a>`}</div>`;
}

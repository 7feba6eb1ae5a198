// A new group from the caller's contacts.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';

export function NewGroup({ client }) {
  const [contacts, setContacts] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { client.api.get('/contacts').then(a => setContacts(a.items), e => setError(e.message)); }, []);

  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    try {
      const group = await client.api.post('/groups', { name: form.get('name').trim(), memberIds: form.getAll('memberId') });
      await client.refreshConversations();
      location.hash = `#/c/${group.id}`;
    } catch (e) {
      setError(e.message);
    }
  }

  return html`
    <section class="page" aria-label="New group">
      <h2>New group</h2>
      <form class="stack" onSubmit=${submit}>
        <label>Name <input name="name" required maxlength="64" data-testid="new-group-name" /></label>
        <fieldset>
          <legend>Members from your contacts</legend>
          ${contacts?.length === 0 && html`<p class="hint">No contacts yet: add some under Contacts.</p>`}
          ${contacts?.map(x => html`
            <label class="check"><input type="checkbox" name="memberId" value=${x.id} data-testid="pick-${x.id}" />
              ${x.nickname} <span class="hint">@${x.username}</span></label>`)}
        </fieldset>
        <p class="error" role="alert">${error}</p>
        <button class="primary" data-testid="new-group-create">Create group</button>
      </form>
    </section>`;
}

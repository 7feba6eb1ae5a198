// Contacts: find people by username, ask them, accept who asked, and see who is online.
import { useEffect, useState } from 'preact/hooks';
import { html, initials } from './html.js';

export function Contacts({ client }) {
  const [contacts, setContacts] = useState([]);
  const [requests, setRequests] = useState([]);
  const [results, setResults] = useState(null);
  const [error, setError] = useState(null);

  const load = async () => {
    const [list, pending] = await Promise.all([client.api.get('/contacts'), client.api.get('/contacts/requests')]);
    setContacts(list.items);
    list.items.forEach(x => client.presence.set(x.id, x.online));
    pending.items.forEach(r => client.user(r.fromUserId === client.me.id ? r.toUserId : r.fromUserId));
    setRequests(pending.items);
  };
  useEffect(() => { load().catch(e => setError(e.message)); }, [client.requestsVersion]);

  const act = action => async () => {
    setError(null);
    try { await action(); await load(); } catch (e) { setError(e.message); }
  };

  async function search(event) {
    event.preventDefault();
    const prefix = new FormData(event.target).get('username').trim().toLowerCase();
    if (!prefix) return;
    try {
      setResults((await client.api.get(`/users?username=${encodeURIComponent(prefix)}`)).items);
      setError(null);
    } catch (e) {
      setError(e.message);
    }
  }

  async function message(userId) {
    try {
      const chat = await client.api.post('/direct', { userId });
      await client.refreshConversations();
      location.hash = `#/c/${chat.id}`;
    } catch (e) {
      setError(e.message);
    }
  }

  const contactIds = new Set(contacts.map(x => x.id));
  const asked = new Set(requests.filter(r => r.fromUserId === client.me.id).map(r => r.toUserId));
  const incoming = requests.filter(r => r.toUserId === client.me.id);
  return html`
    <section class="page" aria-label="Contacts">
      <h2>Contacts</h2>
      <form class="row" onSubmit=${search} role="search">
        <label>Find by username <input name="username" autocapitalize="none" spellcheck="false" data-testid="contact-search" /></label>
        <button class="button">Search</button>
      </form>
      <p class="error" role="alert">${error}</p>
      ${results && html`
        <ul class="people" aria-label="Search results">
          ${results.length === 0 && html`<li class="hint">Nobody with that username.</li>`}
          ${results.filter(u => u.id !== client.me.id).map(u => html`
            <li data-testid="result-${u.username}">
              <span class="avatar small" aria-hidden="true">${initials(u.nickname)}</span>
              <span class="member-name">${u.nickname} <span class="hint">@${u.username}</span></span>
              ${contactIds.has(u.id) ? html`<span class="hint">Contact</span>`
                : asked.has(u.id) ? html`<span class="hint">Asked</span>`
                : html`<button type="button" class="button" data-testid="add-${u.username}"
                    onClick=${act(() => client.api.post('/contacts/requests', { userId: u.id }))}>Add</button>`}
            </li>`)}
        </ul>`}
      ${incoming.length > 0 && html`
        <h3>Asking to be your contact</h3>
        <ul class="people">
          ${incoming.map(r => html`
            <li>
              <span class="member-name">${client.nickname(r.fromUserId)}</span>
              <button type="button" class="primary" data-testid="accept-${r.id}"
                  onClick=${act(() => client.api.post(`/contacts/requests/${r.id}/accept`))}>Accept</button>
            </li>`)}
        </ul>`}
      <h3>Your contacts</h3>
      ${contacts.length === 0 && html`<p class="hint">No contacts yet.</p>`}
      <ul class="people">
        ${contacts.map(x => {
          const online = client.presence.get(x.id) ?? x.online;
          return html`
            <li data-testid="contact-${x.username}">
              <span class="avatar small" aria-hidden="true">${initials(x.nickname)}<span class="presence ${online ? 'on' : 'off'}"></span></span>
              <span class="member-name">${x.nickname} <span class="hint">@${x.username} · ${online ? 'online' : 'offline'}</span></span>
              <button type="button" class="button" onClick=${() => message(x.id)} data-testid="message-${x.username}">Message</button>
            </li>`;
        })}
      </ul>
    </section>`;
}

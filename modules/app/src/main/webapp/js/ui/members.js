// The member list, a page at a time, with the actions the caller's role allows on each:
// mute (owners and admins, on members), kick, make admin or member and transfer (the owner).
import { useEffect, useState } from 'preact/hooks';
import { html, initials } from './html.js';

const PAGE = 200;

export function Members({ client, c, run }) {
  const [members, setMembers] = useState([]);
  const [next, setNext] = useState(null);
  const [adding, setAdding] = useState(false);
  const load = async (after = null) => {
    const page = await client.api.get(`/groups/${c.id}/members?limit=${PAGE}${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    setMembers(list => (after ? [...list, ...page.items] : page.items));
    setNext(page.next);
  };
  useEffect(() => { load(); }, [c.id, client.groupVersion]);

  const owner = c.role === 'OWNER';
  const moderator = owner || c.role === 'ADMIN';
  const act = (action) => run(async () => { await action(); await load(); });
  const path = uid => `/groups/${c.id}/members/${uid}`;

  return html`
    <section aria-label="Members">
      <h3>Members (${c.memberCount})</h3>
      <button type="button" class="button" onClick=${() => setAdding(!adding)} aria-expanded=${adding}>Add members</button>
      ${adding && html`<${AddMembers} client=${client} c=${c} members=${members} done=${() => { setAdding(false); load(); }} />`}
      <ul class="members">
        ${members.map(m => {
          const self = m.userId === client.me.id;
          const muted = m.mutedUntil && new Date(m.mutedUntil) > new Date();
          const canModerate = !self && moderator && m.role === 'MEMBER' || (!self && owner);
          return html`
            <li data-testid="member-${m.userId}">
              <span class="avatar small" aria-hidden="true">${initials(m.nickname)}</span>
              <span class="member-name">${m.nickname}${self ? ' (you)' : ''}</span>
              <span class="role">${m.role.toLowerCase()}${muted ? ` · muted until ${new Date(m.mutedUntil).toLocaleTimeString()}` : ''}</span>
              ${canModerate && html`<span class="member-actions">
                ${m.role === 'MEMBER' && (muted
                  ? html`<button type="button" class="link" onClick=${act(() => client.api.delete(`${path(m.userId)}/mute`))}>Unmute</button>`
                  : html`<button type="button" class="link" data-testid="mute-${m.userId}" onClick=${act(() => client.api.put(`${path(m.userId)}/mute`, { minutes: 60 }))}>Mute 1 h</button>`)}
                <button type="button" class="link" data-testid="kick-${m.userId}" onClick=${act(() => client.api.delete(path(m.userId)))}>Remove</button>
                ${owner && html`
                  <button type="button" class="link" onClick=${act(() => client.api.put(`${path(m.userId)}/role`, { role: m.role === 'ADMIN' ? 'MEMBER' : 'ADMIN' }))}>
                    ${m.role === 'ADMIN' ? 'Make member' : 'Make admin'}</button>
                  <button type="button" class="link" onClick=${act(async () => {
                    if (confirm(`Make ${m.nickname} the owner? You become an admin.`)) await client.api.post(`/groups/${c.id}/transfer`, { userId: m.userId });
                  })}>Make owner</button>`}
              </span>`}
            </li>`;
        })}
      </ul>
      ${next && html`<button type="button" class="button" onClick=${() => load(next)}>More members</button>`}
    </section>`;
}

function AddMembers({ client, c, members, done }) {
  const [contacts, setContacts] = useState([]);
  const [error, setError] = useState(null);
  useEffect(() => { client.api.get('/contacts').then(a => setContacts(a.items), e => setError(e.message)); }, []);
  const inGroup = new Set(members.map(m => m.userId));
  async function submit(event) {
    event.preventDefault();
    const userIds = new FormData(event.target).getAll('userId');
    if (!userIds.length) return;
    try {
      await client.api.post(`/groups/${c.id}/members`, { userIds });
      done();
    } catch (e) {
      setError(e.code === 'GROUP_FULL' ? 'The group is full.' : e.message);
    }
  }
  return html`
    <form class="stack picker" onSubmit=${submit}>
      ${contacts.filter(x => !inGroup.has(x.id)).map(x => html`
        <label class="check"><input type="checkbox" name="userId" value=${x.id} /> ${x.nickname} <span class="hint">@${x.username}</span></label>`)}
      <p class="error" role="alert">${error}</p>
      <button class="primary">Add</button>
    </form>`;
}

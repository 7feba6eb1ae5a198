// Users: find accounts, disable or enable one, issue a bot token.
import { useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { Outcome, attempt, usePages, when } from './console.js';

export function Users({ api }) {
  const [q, setQ] = useState('');
  const [outcome, setOutcome] = useState(null);
  const [token, setToken] = useState(null);
  const page = usePages(api, '/users', setOutcome);

  async function setDisabled(user, disabled) {
    const done = await attempt(setOutcome, () => api.post(`/users/${user.id}/${disabled ? 'disable' : 'enable'}`),
      `${user.username} is ${disabled ? 'disabled: signed out everywhere' : 'enabled'}`);
    if (done !== undefined) {
      page.update(page.items.map(u => (u.id === user.id ? { ...u, disabled } : u)));
    }
  }

  async function botToken(user) {
    const session = await attempt(setOutcome, () => api.post(`/users/${user.id}/sessions`, { deviceName: 'console' }),
      `A token for ${user.username}, shown once below`);
    if (session) setToken({ username: user.username, ...session });
  }

  return html`
    <section data-testid="admin-users" aria-labelledby="users-title">
      <h2 id="users-title">Users</h2>
      <form class="row" role="search" onSubmit=${e => { e.preventDefault(); page.load({ q }); }}>
        <label>Username or name <input value=${q} onInput=${e => setQ(e.target.value)} data-testid="admin-user-search"
          maxlength="100" spellcheck="false" /></label>
        <button type="submit" class="primary">Find</button>
      </form>
      <${Outcome} outcome=${outcome} />
      ${token && html`
        <div class="notice" data-testid="admin-token">
          <p>Token for <strong>${token.username}</strong> (device ${token.deviceId}), valid until ${when(token.expiresAt)}:</p>
          <code class="secret">${token.token}</code>
          <button type="button" onClick=${() => setToken(null)}>Done</button>
        </div>`}
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Username</th><th scope="col">Name</th><th scope="col">State</th>
            <th scope="col">Created</th><th scope="col">Last seen</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            ${page.items.map(u => html`
              <tr data-testid=${'admin-user-' + u.id} key=${u.id}>
                <td>${u.username}</td><td>${u.nickname}</td>
                <td>${u.disabled ? html`<span class="pill off">Disabled</span>` : html`<span class="pill on">Active</span>`}</td>
                <td>${when(u.createdAt)}</td><td>${when(u.lastSeenAt)}</td>
                <td class="actions">
                  ${u.disabled
                    ? html`<button type="button" data-testid=${'admin-enable-' + u.id} onClick=${() => setDisabled(u, false)}>Enable</button>`
                    : html`<button type="button" class="danger" data-testid=${'admin-disable-' + u.id}
                        onClick=${() => confirm(`Disable ${u.username}? They are signed out everywhere at once.`) && setDisabled(u, true)}>Disable</button>`}
                  <button type="button" disabled=${u.disabled} onClick=${() => botToken(u)}>Bot token</button>
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${page.items.length === 0 && html`<p class="hint">No account matches.</p>`}
      ${page.next && html`<button type="button" onClick=${page.more}>More</button>`}
    </section>`;
}

// One group as the operator manages it: its members a page at a time, its cap, its announcement
// (members see it as their owner's), and disbanding it after a second click.
import { useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { attempt, usePages } from './console.js';

export function GroupPanel({ api, group, setOutcome, onChanged, onDisbanded, onClose }) {
  const members = usePages(api, `/groups/${group.id}/members`, setOutcome);
  const [confirming, setConfirming] = useState(false);
  const direct = group.kind === 'DIRECT';
  const title = group.name ?? 'a direct chat';

  async function change(event, body, success) {
    event.preventDefault();
    const changed = await attempt(setOutcome, () => api.patch(`/groups/${group.id}`, body), success);
    if (changed) onChanged({ ...group, name: changed.name, maxMembers: changed.maxMembers, memberCount: changed.memberCount });
  }

  async function disband() {
    const done = await attempt(setOutcome, () => api.delete(`/groups/${group.id}`), `${title} was disbanded`);
    if (done !== undefined) onDisbanded(group);
  }

  return html`
    <section class="notice stack" data-testid=${'admin-group-panel-' + group.id} aria-labelledby="group-panel-title">
      <div class="row">
        <h3 id="group-panel-title">${title}</h3>
        <button type="button" class="link" onClick=${onClose}>Close</button>
      </div>
      ${!direct && html`
        <form class="row" aria-label="Member cap" onSubmit=${e => change(e, { maxMembers: Number(new FormData(e.target).get('cap')) },
            r => `The cap of ${title} is now ${r.maxMembers}`)}>
          <label>Member cap (now ${group.memberCount} members)
            <input name="cap" type="number" data-testid="admin-cap" required min=${Math.max(2, group.memberCount)}
              defaultValue=${group.maxMembers} /></label>
          <button type="submit">Change the cap</button>
        </form>
        <form class="stack" aria-label="Announcement" onSubmit=${e => change(e, { announcement: new FormData(e.target).get('announcement') },
            `The announcement of ${title} was posted`)}>
          <label>Announcement (members see it from the group's owner; empty removes it)
            <textarea name="announcement" data-testid="admin-announcement" maxlength="2000" rows="3"></textarea></label>
          <div class="row"><button type="submit">Post the announcement</button></div>
        </form>
        <div class="row">
          ${confirming
            ? html`
              <button type="button" class="danger" data-testid="admin-disband-confirm" onClick=${disband}>Disband for everyone</button>
              <button type="button" onClick=${() => setConfirming(false)}>Keep the group</button>`
            : html`<button type="button" class="danger" data-testid="admin-disband" onClick=${() => setConfirming(true)}>Disband…</button>`}
        </div>`}
      <h4>Members</h4>
      <div class="table-wrap">
        <table data-testid="admin-members">
          <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Id</th></tr></thead>
          <tbody>${members.items.map(m => html`
            <tr key=${m.userId}><td>${m.nickname ?? html`<em>account gone</em>`}</td><td>${m.role.toLowerCase()}</td>
              <td><code>${m.userId}</code></td></tr>`)}</tbody>
        </table>
      </div>
      ${members.next && html`<button type="button" onClick=${members.more}>More members</button>`}
    </section>`;
}

// Groups: find conversations, manage one (members, cap, announcement, disband), remove a message
// with a reason, export one as NDJSON.
import { useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { Outcome, attempt, usePages } from './console.js';
import { GroupPanel } from './group-panel.js';

export function Groups({ api }) {
  const [q, setQ] = useState('');
  const [outcome, setOutcome] = useState(null);
  const [removing, setRemoving] = useState(null);
  const [managing, setManaging] = useState(null);
  const page = usePages(api, '/groups', setOutcome);

  async function remove(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const seq = form.get('seq');
    const done = await attempt(setOutcome,
      () => api.delete(`/groups/${removing.id}/messages/${seq}`, { reason: form.get('reason') }),
      `Message ${seq} of ${removing.name ?? 'the direct chat'} was removed for everyone`);
    if (done !== undefined) setRemoving(null);
  }

  async function exportConversation(group) {
    await attempt(setOutcome, async () => {
      const response = await fetch(`${api.base}/groups/${group.id}/export`, { headers: { 'X-Api-Key': api.key } });
      if (!response.ok) throw new Error(`The export failed: ${response.status}`);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(await response.blob());
      link.download = `${group.id}.ndjson`;
      link.click();
      URL.revokeObjectURL(link.href);
    }, `${group.name ?? group.id} exported`);
  }

  return html`
    <section data-testid="admin-groups" aria-labelledby="groups-title">
      <h2 id="groups-title">Groups and direct chats</h2>
      <form class="row" role="search" onSubmit=${e => { e.preventDefault(); page.load({ q }); }}>
        <label>Name or id <input value=${q} onInput=${e => setQ(e.target.value)} maxlength="100" /></label>
        <button type="submit" class="primary">Find</button>
      </form>
      <${Outcome} outcome=${outcome} />
      ${managing && html`
        <${GroupPanel} key=${managing.id} api=${api} group=${managing} setOutcome=${setOutcome} onClose=${() => setManaging(null)}
          onChanged=${g => { setManaging(g); page.update(page.items.map(i => (i.id === g.id ? g : i))); }}
          onDisbanded=${g => { setManaging(null); page.update(page.items.filter(i => i.id !== g.id)); }} />`}
      ${removing && html`
        <form class="notice stack" onSubmit=${remove} aria-label="Remove a message">
          <h3>Remove a message of ${removing.name ?? 'a direct chat'}</h3>
          <label>Message number (seq) <input name="seq" type="number" min="1" max=${removing.lastSeq} required /></label>
          <label>Reason (the audit log keeps it; members do not see it)
            <input name="reason" required maxlength="500" /></label>
          <div class="row">
            <button type="submit" class="danger">Remove for everyone</button>
            <button type="button" onClick=${() => setRemoving(null)}>Cancel</button>
          </div>
        </form>`}
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Members</th>
            <th scope="col">Messages</th><th scope="col">Id</th><th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            ${page.items.map(g => html`
              <tr data-testid=${'admin-group-' + g.id} key=${g.id}>
                <td>${g.name ?? html`<em>direct chat</em>`}</td><td>${g.kind === 'DIRECT' ? 'Direct' : 'Group'}</td>
                <td>${g.memberCount} / ${g.maxMembers}</td><td>${g.lastSeq}</td><td><code>${g.id}</code></td>
                <td class="actions">
                  <button type="button" data-testid=${'admin-manage-' + g.id} onClick=${() => setManaging(g)}>Manage</button>
                  <button type="button" disabled=${g.lastSeq === 0} onClick=${() => setRemoving(g)}>Remove a message</button>
                  <button type="button" onClick=${() => exportConversation(g)}>Export</button>
                </td>
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${page.items.length === 0 && html`<p class="hint">No conversation matches.</p>`}
      ${page.next && html`<button type="button" onClick=${page.more}>More</button>`}
    </section>`;
}

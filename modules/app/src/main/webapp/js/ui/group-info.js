// A conversation's details: name, announcement, everyone-muted, members with their roles and
// what the caller's role lets them do to each, invite links with a QR code, leave and disband.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { useDraft } from './draft.js';
import { Members } from './members.js';
import { Invite } from './invite.js';

export function GroupInfo({ client, groupId }) {
  const c = client.conversation(groupId);
  // The page re-renders on every server frame: the fields show what the server says until the
  // user edits them, and what they type is theirs until they save or cancel it.
  const name = useDraft(c?.name);
  const announcement = useDraft(c?.announcement);
  const [error, setError] = useState(null);
  const [notice, setNotice] = useState(null);
  useEffect(() => { client.refreshConversation(groupId).catch(e => setError(e.message)); }, [groupId]);
  if (!c) return html`<div class="empty-pane"><p>${error ?? 'This conversation is not available.'}</p><a href="#/">Back to chats</a></div>`;
  const owner = c.role === 'OWNER';
  const moderator = owner || c.role === 'ADMIN';
  const group = c.kind === 'GROUP';

  /** An event handler that runs the action, then reads the group again; resolves true when it worked. */
  const run = (action, done) => async event => {
    event?.preventDefault?.();
    setError(null);
    try {
      await action(event);
      if (done) setNotice(done);
      // Leaving or disbanding removed it: asking again would only be answered 404.
      if (client.conversation(groupId)) await client.refreshConversation(groupId);
      return true;
    } catch (e) {
      setError(e.code === 'OWNER_MUST_TRANSFER' ? 'As the owner, transfer the group to someone before leaving.' : e.message);
      return false;
    }
  };
  const patch = body => client.api.patch(`/groups/${groupId}`, body);
  /** Saves the draft as the field `key`; the draft is dropped once the group as read again has it. */
  const save = (draft, key, done) => async event => {
    const sent = draft.value;
    if (await run(() => patch({ [key]: sent }), done)(event)) draft.saved(sent);
  };

  return html`
    <section class="info" aria-label="Details">
      <header class="conversation-head">
        <a href="#/c/${groupId}" class="back always" aria-label="Back to the conversation">‹</a>
        <h2>${client.title(c)}</h2>
      </header>
      <div class="info-body">
        <p class="error" role="alert">${error}</p>
        <p class="hint" role="status">${notice}</p>
        ${group && moderator && html`
          <form class="row" onSubmit=${save(name, 'name', 'Renamed')}>
            <label>Group name <input name="name" ...${name.field} maxlength="64" required data-testid="group-name" /></label>
            <button class="button">Rename</button>
          </form>
          <form class="stack" onSubmit=${save(announcement, 'announcement', 'Announcement posted')}>
            <label>Announcement <textarea name="announcement" maxlength="2000" rows="3" data-testid="group-announcement"
                ...${announcement.field}></textarea></label>
            <button class="button">Post announcement</button>
          </form>
          <label class="check"><input type="checkbox" checked=${c.allMuted} data-testid="all-muted"
              onChange=${run(e => patch({ allMuted: e.target.checked }))} /> Mute everyone but the owner and admins</label>`}
        ${group && !moderator && c.announcement && html`<p class="announcement"><strong>Announcement:</strong> ${c.announcement}</p>`}
        <label class="check"><input type="checkbox" checked=${c.doNotDisturb}
            onChange=${run(e => client.api.put(`/groups/${groupId}/settings`, { doNotDisturb: e.target.checked }))} /> Do not disturb</label>
        ${group && html`<${Members} client=${client} c=${c} run=${run} />`}
        ${group && moderator && html`<${Invite} client=${client} groupId=${groupId} />`}
        ${group && html`
          <div class="danger">
            ${!owner && html`<button type="button" class="button" data-testid="leave"
                onClick=${run(async () => { await client.api.delete(`/groups/${groupId}/members/${client.me.id}`); client.conversations.delete(groupId); location.hash = '#/'; })}>Leave the group</button>`}
            ${owner && html`<button type="button" class="button danger-button" data-testid="disband"
                onClick=${run(async () => {
                  if (!confirm('Disband the group for everyone?')) return;
                  await client.api.delete(`/groups/${groupId}`);
                  client.conversations.delete(groupId);
                  location.hash = '#/';
                })}>Disband the group</button>`}
          </div>`}
      </div>
    </section>`;
}

// One message in the timeline: text, media, red packet or a system line, the message it answers
// quoted above it, its reactions below it, and its menu (react, reply, forward, pin, recall within
// the window, delete for me). Consecutive messages of one sender are grouped.
import { useState } from 'preact/hooks';
import { html, time, initials } from './html.js';
import { highlighted, mentionsMe } from '../mentions.js';

const RECALL_WINDOW_MILLIS = 2 * 60_000;
const QUICK_REACTIONS = ['👍', '❤️', '😂', '😮', '😢', '🙏', '🎉', '🔥'];
const GROUPING_MILLIS = 5 * 60_000;

export function MessageItem({ client, c, m, previous, readBy, onView, onPacket, onReply, onForward, onJump }) {
  if (m.type === 'SYSTEM') {
    return html`<p class="system" data-testid="message" data-seq=${m.seq}>${m.text}</p>`;
  }
  const mine = m.senderId === client.me.id;
  const grouped = previous && previous.type !== 'SYSTEM' && previous.senderId === m.senderId
    && new Date(m.sentAt) - new Date(previous.sentAt) < GROUPING_MILLIS;
  const name = client.nickname(m.senderId);
  return html`
    <article class="message ${mine ? 'mine' : ''} ${grouped ? 'grouped' : ''} ${mentionsMe(m, client.me.id) ? 'mentions-me' : ''}"
             data-testid="message" data-seq=${m.seq}
             aria-label="${name} at ${time(m.sentAt)}">
      ${!grouped && html`<span class="avatar small" aria-hidden="true">${initials(name)}</span>`}
      <div class="bubble-column">
        ${!grouped && html`<span class="sender">${name} <time datetime=${m.sentAt}>${time(m.sentAt)}</time></span>`}
        <div class="bubble ${m.type === 'REDPACK' ? 'packet' : ''}">
          ${m.forwarded && !m.recalled && html`<span class="forwarded" data-testid="forwarded">Forwarded</span>`}
          ${m.replyTo && !m.recalled && html`<${Quote} client=${client} quote=${m.replyTo} onJump=${onJump} />`}
          ${m.recalled ? html`<em class="recalled">${mine ? 'You recalled a message' : 'This message was recalled'}</em>`
            : html`<${Body} client=${client} m=${m} onView=${onView} onPacket=${onPacket} />`}
        </div>
        ${m.reactions && !m.recalled && html`<${Reactions} client=${client} c=${c} m=${m} />`}
        ${readBy > 0 && html`<${ReadBy} client=${client} c=${c} m=${m} count=${readBy} />`}
      </div>
      ${!m.recalled && html`<${Menu} client=${client} c=${c} m=${m} mine=${mine} onReply=${onReply} onForward=${onForward} />`}
    </article>`;
}

/** What a reply answers: its sender and the start of its text; a click goes to it. */
function Quote({ client, quote, onJump }) {
  const what = quote.preview || (quote.type === 'TEXT' ? 'Recalled message' : `[${LABELS[quote.type] ?? quote.type}]`);
  return html`<button type="button" class="quote" data-testid="quote" onClick=${() => onJump(quote.seq)}
                      aria-label="Reply to ${client.nickname(quote.senderId)}: ${what}. Show it">
    <strong>${client.nickname(quote.senderId)}</strong> <span>${what}</span></button>`;
}

/** The emoji members reacted with and how many; the reader's own are pressed, and a click toggles one. */
function Reactions({ client, c, m }) {
  const [error, setError] = useState(null);
  const toggle = r => () => client.react(c.id, m.seq, r.emoji, !r.mine).then(() => setError(null), e => setError(e.message));
  return html`<div class="reactions" data-testid="reactions">
    ${m.reactions.map(r => html`<button type="button" class="reaction ${r.mine ? 'mine' : ''}" aria-pressed=${r.mine}
        data-testid="reaction" data-emoji=${r.emoji} onClick=${toggle(r)}
        aria-label="${r.emoji} ${r.count}${r.mine ? ', yours: take it back' : ''}">${r.emoji} <span>${r.count}</span></button>`)}
    ${error && html`<span class="error" role="alert">${error}</span>`}
  </div>`;
}

/** "Read" in a direct chat, "Read by N" in a group, whose click names the readers. */
function ReadBy({ client, c, m, count }) {
  const [names, setNames] = useState(null);
  if (c.kind === 'DIRECT') return html`<span class="status" data-testid="read-by">Read</span>`;
  const show = async () => {
    if (names) { setNames(null); return; }
    try {
      const { readers } = await client.receipts(c.id, m.seq);
      setNames(readers.map(r => r.nickname).join(', '));
    } catch (e) { setNames(e.message); }
  };
  return html`<span class="status">
    <button type="button" class="link" data-testid="read-by" aria-expanded=${names !== null} onClick=${show}>Read by ${count}</button>
    ${names !== null && html` <span data-testid="readers">${names}</span>`}</span>`;
}

const LABELS = { IMAGE: 'Image', AUDIO: 'Voice message', VIDEO: 'Video', REDPACK: 'Red packet' };

function Body({ client, m, onView, onPacket }) {
  switch (m.type) {
    case 'IMAGE': {
      const src = m.media?.thumbnailUrl ?? m.media?.url;
      return html`<button type="button" class="image" onClick=${() => onView(m.media)} aria-label="Open the image">
        <img src=${src} alt="Image" data-testid="thumbnail" loading="lazy"
             width=${m.media?.width ? Math.min(240, m.media.width) : undefined} /></button>`;
    }
    case 'VIDEO':
      return html`<video controls preload="metadata" src=${m.media?.url} poster=${m.media?.thumbnailUrl ?? undefined}
                         data-testid="video" aria-label="Video"></video>`;
    case 'AUDIO':
      return html`<audio controls preload="metadata" src=${m.media?.url} data-testid="audio" aria-label="Voice message"></audio>`;
    case 'REDPACK':
      return html`<button type="button" class="packet-card" data-testid="redpack" onClick=${() => onPacket(m)}>
        <span class="packet-greeting">${m.text}</span><span class="packet-label">Red packet · tap to open</span></button>`;
    default:
      return html`<p class="text">${highlighted(m.text, mentionedNames(client, m)).map(run => (run.mention
        ? html`<mark class="mention" data-testid="mention">${run.text}</mark>` : run.text))}</p>`;
  }
}

/** The nicknames of those the message mentions, as they appear after "@" in its text. */
function mentionedNames(client, m) {
  const names = (m.mentions ?? []).map(id => { client.user(id); return client.users.get(id)?.nickname; });
  return m.mentionAll ? [...names, 'all'] : names;
}

function Menu({ client, c, m, mine, onReply, onForward }) {
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState(false);
  const [error, setError] = useState(null);
  const moderator = c.kind === 'GROUP' && (c.role === 'OWNER' || c.role === 'ADMIN');
  const canRecall = moderator || (mine && Date.now() - new Date(m.sentAt) < RECALL_WINDOW_MILLIS);
  const canPin = moderator || c.kind === 'DIRECT';
  const pinned = client.timelines.get(c.id)?.pins.some(p => p.seq === m.seq);
  const canForward = m.type === 'TEXT' || m.type === 'IMAGE' || m.type === 'AUDIO' || m.type === 'VIDEO';
  const act = action => async () => {
    setOpen(false);
    setPicking(false);
    try { await action(); } catch (e) { setError(e.message); }
  };
  return html`
    <div class="menu">
      <button type="button" class="menu-button" aria-haspopup="true" aria-expanded=${open}
              aria-label="Message actions" data-testid="message-menu" onClick=${() => setOpen(!open)}>⋯</button>
      ${open && html`<div class="menu-items" role="menu">
        <button type="button" role="menuitem" data-testid="react" aria-expanded=${picking}
                onClick=${() => setPicking(!picking)}>React</button>
        ${picking && html`<div class="reaction-picker" role="group" aria-label="Pick a reaction" data-testid="reaction-picker">
          ${QUICK_REACTIONS.map(emoji => html`<button type="button" role="menuitem" aria-label="React with ${emoji}" data-emoji=${emoji}
              onClick=${act(() => client.react(c.id, m.seq, emoji, true))}>${emoji}</button>`)}
        </div>`}
        <button type="button" role="menuitem" data-testid="reply" onClick=${() => { setOpen(false); onReply(m); }}>Reply</button>
        ${canForward && html`<button type="button" role="menuitem" data-testid="forward"
            onClick=${() => { setOpen(false); onForward(m); }}>Forward</button>`}
        ${canPin && html`<button type="button" role="menuitem" data-testid=${pinned ? 'unpin' : 'pin'}
            onClick=${act(() => client.pin(c.id, m.seq, !pinned))}>${pinned ? 'Unpin' : 'Pin'}</button>`}
        ${canRecall && html`<button type="button" role="menuitem" data-testid="recall" onClick=${act(() => client.recall(c.id, m.seq))}>Recall</button>`}
        <button type="button" role="menuitem" data-testid="hide" onClick=${act(() => client.hide(c.id, m.seq))}>Delete for me</button>
      </div>`}
      ${error && html`<span class="error" role="alert">${error}</span>`}
    </div>`;
}

/** A message sent from here and not yet in the timeline: pending until its ack, then confirmed. */
export function PendingItem({ client, p }) {
  const retrying = p.state === 'pending' && p.retrying;
  const label = p.state === 'failed' ? `Not sent: ${p.error}` : p.state === 'sent' ? 'Sent'
    : retrying ? `Not sent yet (${p.error}); trying again…` : 'Sending…';
  return html`
    <article class="message mine ${p.state}" data-testid="message" data-state=${p.state} data-seq=${p.seq}>
      <div class="bubble-column">
        <div class="bubble">
          ${p.forwardFrom ? html`<p class="text"><span class="forwarded">Forwarded</span> ${p.preview}</p>`
            : p.msgType === 'TEXT' ? html`<p class="text">${p.text}</p>`
            : p.redpack ? html`<p class="text">Red packet${p.redpack.greeting ? `: ${p.redpack.greeting}` : ''}</p>`
            : html`<p class="text">[${p.msgType.toLowerCase()}]</p>`}
        </div>
        <span class="status" role=${p.state === 'failed' ? 'alert' : undefined}>${label}
          ${retrying && html`
            <button type="button" class="link" onClick=${() => client.outbox.transmit(p.clientMsgId)}>Retry now</button>`}
          ${p.state === 'failed' && html`
            <button type="button" class="link" onClick=${() => client.outbox.discard(p.clientMsgId)}>Delete</button>`}
        </span>
      </div>
    </article>`;
}

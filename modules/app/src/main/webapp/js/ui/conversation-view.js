// One open conversation: its header, the timeline (older pages load when scrolled to the top,
// the newest of the user's own messages says who read it) and the composer; opened at a message
// (#/c/<id>/m/<seq>), it goes there. Reading to the bottom while the page is visible moves the read cursor. A
// click on a quote goes to the message it quotes, loading older pages until it is there.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';
import { MessageItem, PendingItem } from './message-item.js';
import { Composer } from './composer.js';
import { Lightbox } from './lightbox.js';
import { RedPackDialog } from './redpack.js';
import { ForwardDialog } from './forward.js';

const NEAR_BOTTOM_PX = 48;

export function ConversationView({ client, groupId, atSeq }) {
  const [error, setError] = useState(null);
  const [viewing, setViewing] = useState(null);
  const [packet, setPacket] = useState(null);
  const [replying, setReplying] = useState(null);
  const [forwarding, setForwarding] = useState(null);
  const scroller = useRef(null);
  const stick = useRef(true);
  const olderAnchor = useRef(null);

  useEffect(() => {
    client.open(groupId).catch(e => setError(e.status === 404 ? 'This conversation is not available.' : e.message));
    const visible = () => readIfAtBottom();
    document.addEventListener('visibilitychange', visible);
    setReplying(null);
    return () => { document.removeEventListener('visibilitychange', visible); client.close(); };
  }, [groupId]);

  const c = client.conversation(groupId);
  const timeline = client.timelines.get(groupId);

  // Opened at a message (a search hit): go to it once the timeline is there, and again for another.
  useEffect(() => {
    if (atSeq && timeline?.loaded) jumpTo(atSeq);
  }, [atSeq, timeline?.loaded]);
  const messages = timeline?.messages ?? [];
  const pending = client.pendingFor(groupId);
  const newestMine = timeline?.newestOf(client.me.id);

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    if (olderAnchor.current !== null) {
      box.scrollTop = box.scrollHeight - olderAnchor.current;
      olderAnchor.current = null;
    } else if (stick.current) {
      box.scrollTop = box.scrollHeight;
    }
    readIfAtBottom();
  });

  function readIfAtBottom() {
    if (stick.current && document.visibilityState === 'visible' && timeline?.loaded) client.markRead(groupId);
  }

  async function onScroll() {
    const box = scroller.current;
    stick.current = box.scrollHeight - box.scrollTop - box.clientHeight < NEAR_BOTTOM_PX;
    readIfAtBottom();
    if (box.scrollTop < 60 && timeline?.hasOlder && !timeline.loadingOlder) {
      olderAnchor.current = box.scrollHeight - box.scrollTop;
      const loaded = await client.loadOlder(groupId).catch(() => false);
      if (!loaded) olderAnchor.current = null;
    }
  }

  /** Shows the message at seq, loading older pages until the timeline holds it (or has no more). */
  async function jumpTo(seq) {
    stick.current = false;
    let held = client.timelines.get(groupId);
    while (held && !held.bySeq.has(seq) && held.hasOlder && held.oldestSeq > seq) {
      if (!await client.loadOlder(groupId).catch(() => false)) break;
      held = client.timelines.get(groupId);
    }
    requestAnimationFrame(() => {
      const target = scroller.current?.querySelector(`[data-testid=message][data-seq="${seq}"]`);
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.classList.add('flash');
      setTimeout(() => target.classList.remove('flash'), 1600);
    });
  }

  if (error) return html`<div class="empty-pane"><p role="alert">${error}</p><a href="#/">Back to chats</a></div>`;
  if (!c && timeline?.loaded) {
    return html`<div class="empty-pane"><p role="alert" data-testid="gone">You are no longer in this conversation.</p><a href="#/">Back to chats</a></div>`;
  }
  if (!c) return html`<div class="empty-pane"><p>Loading…</p></div>`;
  const title = client.title(c);
  return html`
    <section class="conversation-view" aria-label=${title}>
      <header class="conversation-head">
        <a href="#/" class="back" aria-label="Back to chats">‹</a>
        <h2>${title}${c.kind === 'GROUP' ? html` <span class="count">(${c.memberCount})</span>` : ''}</h2>
        <a href="#/c/${groupId}/info" class="button" aria-label="Details of ${title}">Details</a>
      </header>
      ${c.announcement && html`<p class="announcement" data-testid="announcement"><strong>Announcement:</strong> ${c.announcement}</p>`}
      ${timeline?.pins.length > 0 && html`<${PinBar} client=${client} pins=${timeline.pins} onJump=${jumpTo} />`}
      <div class="timeline" ref=${scroller} onScroll=${onScroll} role="log" aria-label="Messages" tabindex="0">
        ${timeline?.hasOlder && html`<p class="hint center">Scroll up for older messages</p>`}
        ${messages.map((m, i) => html`<${MessageItem} key=${m.seq} client=${client} c=${c} m=${m} previous=${messages[i - 1]}
            readBy=${m === newestMine && c.memberCount <= 100 ? timeline.readCount(m.seq, client.me.id) : null}
            onView=${setViewing} onPacket=${setPacket} onReply=${setReplying} onForward=${setForwarding} onJump=${jumpTo} />`)}
        ${pending.map(p => html`<${PendingItem} key=${p.clientMsgId} client=${client} p=${p} />`)}
      </div>
      <${Composer} client=${client} c=${c} replying=${replying} onReplied=${() => setReplying(null)} />
      ${viewing && html`<${Lightbox} media=${viewing} onClose=${() => setViewing(null)} />`}
      ${forwarding && html`<${ForwardDialog} client=${client} message=${forwarding} onClose=${() => setForwarding(null)} />`}
      ${packet && html`<${RedPackDialog} client=${client} c=${c} message=${packet} onClose=${() => setPacket(null)} />`}
    </section>`;
}

/** The newest pin at the top of the conversation (and how many there are); a click goes to it. */
function PinBar({ client, pins, onJump }) {
  const newest = pins[0];
  const what = newest.text ?? `[${newest.type.toLowerCase()}]`;
  return html`<button type="button" class="pin-bar" data-testid="pin-bar" onClick=${() => onJump(newest.seq)}
                      aria-label="Pinned: ${client.nickname(newest.senderId)}: ${what}. Show it">
    <span aria-hidden="true">📌</span> <strong>${client.nickname(newest.senderId)}:</strong> <span class="pin-text">${what}</span>
    ${pins.length > 1 && html`<span class="count">${pins.length} pinned</span>`}</button>`;
}

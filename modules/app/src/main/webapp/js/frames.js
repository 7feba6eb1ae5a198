// What the server says over the WebSocket, applied to the model: notifies (push-then-pull),
// pulled messages, acks, and events (reads, receipts, presence, recalls, reactions, pins, membership,
// red packets).

import { plus } from './unread.js';
import { mentionsMe } from './mentions.js';

export class ServerFrames {
  constructor(client) {
    this.client = client;
  }

  onFrame(frame) {
    switch (frame.type) {
      case 'notify': this.onNotify(frame); break;
      case 'messages': this.onMessages(frame); break;
      case 'ack': this.onAck(frame); break;
      case 'error': if (frame.clientMsgId) this.client.outbox.failed(frame.clientMsgId, frame.code, frame.message); break;
      case 'event': this.onEvent(frame); break;
      default: break;
    }
    this.client.changed();
  }

  onNotify(frame) {
    const { groupId, seq, items = [] } = frame;
    const c = this.client.conversations.get(groupId);
    if (!c) {
      this.notifiedNew(frame);
      return;
    }
    if (seq > c.lastSeq) {
      const fresh = items.filter(m => m.seq > c.lastSeq);
      const mine = fresh.filter(m => m.senderId === this.client.me.id).length;
      if (fresh.some(m => mentionsMe(m, this.client.me.id))) c.mentioned = true;
      this.tellIfHidden(c, fresh.filter(m => m.senderId !== this.client.me.id && m.type !== 'SYSTEM'));
      c.unread = plus(c.unread, seq - c.lastSeq - mine);
      c.lastSeq = seq;
    }
    if (items.length) this.client.setLast(groupId, items[items.length - 1]);
    else this.client.loadPreview(groupId);
    const timeline = this.client.timelines.get(groupId);
    if (timeline?.loaded) this.client.pull(timeline, timeline.notified(seq, items));
  }

  /** New messages of others while the tab is hidden, as the service worker shows pushes (with the sender's name, once known). */
  async tellIfHidden(c, messages) {
    const wanted = messages.filter(m => !c.doNotDisturb || mentionsMe(m, this.client.me.id));
    if (!wanted.length) return;
    const last = wanted[wanted.length - 1];
    if (wanted.length === 1) await this.client.user(last.senderId);
    const body = wanted.length > 1 ? `${wanted.length} new messages`
      : `${this.client.nickname(last.senderId)}: ${last.text ?? `[${last.type.toLowerCase()}]`}`;
    this.client.notifications.showIfHidden(this.client.title(c), body, c.id);
  }

  /**
   * A conversation this page does not know yet (a new direct chat, a group the user was added to):
   * the list is read again; the count the server gave may predate the message, so the messages of
   * others that the notify carried count at least.
   */
  async notifiedNew(frame) {
    await this.client.refreshConversations().catch(() => {});
    const c = this.client.conversations.get(frame.groupId);
    if (!c) return;
    if (frame.seq > c.lastSeq) {
      this.onNotify(frame);
    } else {
      const others = (frame.items ?? []).filter(m => m.senderId !== this.client.me.id).length;
      c.unread = Math.max(c.unread, plus(0, others));
    }
    this.client.changed();
  }

  onMessages({ groupId, items, hasMore }) {
    const timeline = this.client.timelines.get(groupId);
    if (!timeline) return;
    items.forEach(m => this.client.user(m.senderId));
    if (items.length) this.client.setLast(groupId, items[items.length - 1]);
    this.client.pull(timeline, timeline.pulled(items, hasMore));
  }

  onAck({ clientMsgId, groupId, seq }) {
    this.client.outbox.acknowledged(clientMsgId, seq);
    const c = this.client.conversations.get(groupId);
    if (c && seq > c.lastSeq) c.lastSeq = seq;
    const timeline = this.client.timelines.get(groupId);
    if (timeline?.loaded) this.client.pull(timeline, timeline.acknowledged(seq));
  }

  onEvent(event) {
    const c = this.client.conversations.get(event.groupId);
    switch (event.event) {
      case 'conversation.read':
        if (c) c.unread = event.unread;
        if (c && event.unread === 0) c.mentioned = false;
        break;
      case 'presence':
        this.client.presence.set(event.userId, event.online);
        break;
      case 'message.recalled':
        this.client.timelines.get(event.groupId)?.recalled(event.seq);
        if (c?.last?.seq === event.seq) c.last = { ...c.last, recalled: true, text: null };
        break;
      case 'receipt':
        this.client.timelines.get(event.groupId)?.readTo(event.userId, event.seq);
        break;
      case 'message.reactions':
        this.client.timelines.get(event.groupId)?.reacted(event, this.client.me.id);
        break;
      case 'message.pinned':
      case 'message.unpinned':
        if (this.client.timelines.get(event.groupId)?.loaded) this.client.loadPins(event.groupId).catch(() => {});
        break;
      case 'group.updated':
        this.onGroupUpdated(c, event);
        break;
      case 'member.left':
        if (event.userId === this.client.me.id) this.client.conversations.delete(event.groupId);
        else if (c) this.client.refreshConversation(event.groupId).catch(() => {});
        break;
      case 'group.disbanded':
        this.client.conversations.delete(event.groupId);
        break;
      case 'member.joined':
        if (c) this.client.refreshConversation(event.groupId).catch(() => {});
        else this.client.refreshConversations().catch(() => {});
        break;
      case 'contact.request':
        this.client.requestsVersion++;
        break;
      case 'nearby.members':
        this.client.nearby.heard(event);
        break;
      case 'redpack.claimed':
        this.client.redpackClaims = (this.client.redpackClaims ?? 0) + 1;
        break;
      default:
        break;
    }
    this.client.groupVersion = (this.client.groupVersion ?? 0) + 1;
  }

  onGroupUpdated(c, { change, userId, mutedUntil, role }) {
    if (!c) return;
    if (change === 'mute' && userId === this.client.me.id) c.mutedUntil = mutedUntil ?? null;
    if (change === 'role' && userId === this.client.me.id) c.role = role;
    this.client.refreshConversation(c.id).catch(() => {});
  }
}

// The client's model: the signed-in user, their conversations with unread counts and previews,
// the timelines opened so far, messages waiting for their ack, and presence. Views read it and
// call its methods; every change is announced to subscribers, which re-render.

import { Api, randomId } from './api.js';
import { Connection } from './connection.js';
import { Timeline } from './timeline.js';
import { Outbox } from './outbox.js';
import { ServerFrames } from './frames.js';
import { UNREAD_CAP, capped } from './unread.js';
import { NearbyRoom } from './nearby-room.js';
import { Notifications } from './notifications.js';

const PAGE = 50;
/** The server keeps read receipts in conversations of up to this many members. */
const RECEIPTS_UP_TO = 100;

/** The later of two messages by seq (either may be missing). */
function newest(a, b) {
  if (!a) return b;
  if (!b) return a;
  return b.seq >= a.seq ? b : a;
}

export class ChatClient {
  constructor() {
    this.api = new Api();
    this.api.onUnauthenticated = () => this.signedOut();
    this.listeners = new Set();
    this.frames = new ServerFrames(this);
    this.connection = new Connection(this.api, frame => this.frames.onFrame(frame), (s, at) => this.onState(s, at));
    this.outbox = new Outbox(this.connection, this.api, () => this.changed());
    this.notifications = new Notifications(this.api);
    this.notifications.followClicks();
    this.reset();
  }

  reset() {
    this.me = null;
    this.state = 'offline';
    this.retryAt = null;
    this.conversations = new Map();
    this.timelines = new Map();
    this.users = new Map();
    this.userReads = new Map();
    this.presence = new Map();
    this.openId = null;
    this.nearby = new NearbyRoom();
    this.requestsVersion = 0;
    this.readSent = new Map();
    this.listAsked = 0;
    this.listApplied = 0;
  }

  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed() {
    this.listeners.forEach(listener => listener());
    document.title = this.totalUnread() ? `(${capped(this.totalUnread())}) Chat` : 'Chat';
  }

  // --- session ----------------------------------------------------------------------------

  async start() {
    if (!this.api.loggedIn) return;
    this.me = await this.api.get('/users/me');
    this.users.set(this.me.id, this.me);
    await this.refreshConversations();
    await this.outbox.restore(this.me.id);
    this.connection.start();
    this.notifications.resume();
    this.changed();
  }

  async login(username, password) {
    await this.api.login(username, password);
    await this.start();
  }

  async register(username, password, nickname) {
    await this.api.register(username, password, nickname);
    await this.login(username, password);
  }

  async logout() {
    this.connection.stop();
    await this.outbox.forget(this.me?.id);
    await this.api.logout().catch(() => {});
    this.signedOut();
  }

  signedOut() {
    this.connection.stop();
    this.api.forget();
    this.outbox.clear();
    this.reset();
    this.changed();
  }

  onState(state, retryAt) {
    this.state = state;
    this.retryAt = retryAt ?? null;
    if (state === 'online') this.caughtUp();
    if (state === 'offline') this.timelines.forEach(t => t.pullLost());
    this.changed();
  }

  /** After every (re)connection: the list and counts as they are now, gaps pulled, sends retried. */
  async caughtUp() {
    await this.refreshConversations().catch(() => {});
    this.timelines.forEach(t => this.pull(t, t.catchUp()));
    this.outbox.resendAll();
  }

  // --- conversations ----------------------------------------------------------------------

  /**
   * The list and counts as the server has them now. Answers can overtake each other, so an answer
   * older than one already applied is dropped, and a conversation this page has seen newer
   * messages of keeps its own count until the next notify or read event.
   */
  async refreshConversations() {
    const asked = ++this.listAsked;
    const [groups, unread] = await Promise.all([this.api.get('/groups'), this.api.get('/unread')]);
    if (asked < this.listApplied) return;
    this.listApplied = asked;
    const counts = new Map(unread.items.map(i => [i.groupId, i.unread]));
    const mentioned = new Set(unread.items.filter(i => i.mentioned).map(i => i.groupId));
    const fresh = new Map();
    for (const group of groups.items) {
      const known = this.conversations.get(group.id);
      const newer = known && known.lastSeq > group.lastSeq;
      fresh.set(group.id, { ...known, ...group,
        lastSeq: newer ? known.lastSeq : group.lastSeq,
        last: newest(known?.last, group.lastMessage),
        unread: newer ? known.unread : counts.get(group.id) ?? 0,
        mentioned: newer ? known.mentioned : mentioned.has(group.id) });
    }
    this.conversations = fresh;
    await this.describe([...fresh.values()]);
    this.changed();
  }

  /**
   * Names of direct chats' peers and presence of contacts. The list brings each conversation's last
   * message; one is pulled only for a conversation the list had none of but a notify said has some.
   */
  async describe(conversations) {
    const peers = conversations.filter(c => c.peerId).map(c => c.peerId);
    await Promise.all(peers.map(id => this.user(id)));
    if (peers.length) await this.refreshPresence(peers);
    await Promise.all(conversations.filter(c => c.lastSeq > 0 && !c.last)
      .slice(0, 40).map(c => this.loadPreview(c.id)));
  }

  async loadPreview(groupId) {
    const c = this.conversations.get(groupId);
    if (!c) return;
    const page = await this.api.get(`/groups/${groupId}/messages?before=${c.lastSeq + 1}&limit=1`).catch(() => null);
    if (page?.items.length) this.setLast(groupId, page.items[page.items.length - 1]);
  }

  async refreshConversation(groupId) {
    try {
      const group = await this.api.get(`/groups/${groupId}`);
      const known = this.conversations.get(groupId);
      this.conversations.set(groupId, { ...known, ...group, lastSeq: known?.lastSeq ?? 0, unread: known?.unread ?? 0 });
    } catch (e) {
      if (e.status === 404) this.conversations.delete(groupId); else throw e;
    }
    this.changed();
  }

  conversation(groupId) {
    return this.conversations.get(groupId);
  }

  sortedConversations() {
    const activity = c => c.last?.sentAt ?? c.createdAt ?? '';
    return [...this.conversations.values()].sort((a, b) => activity(b).localeCompare(activity(a)));
  }

  title(c) {
    if (!c) return '';
    if (c.kind === 'DIRECT') return this.users.get(c.peerId)?.nickname ?? 'Direct chat';
    return c.name ?? 'Group';
  }

  totalUnread() {
    let total = 0;
    this.conversations.forEach(c => { total += Math.min(c.unread, UNREAD_CAP); });
    return total;
  }

  setLast(groupId, message) {
    const c = this.conversations.get(groupId);
    if (c && (!c.last || message.seq >= c.last.seq)) c.last = message;
    this.user(message.senderId);
  }

  // --- users and presence -----------------------------------------------------------------

  /** A user's profile, fetched once; the cache fills in as people appear. */
  /** The user's profile, read once: a caller that asks while it is on its way waits for the same answer. */
  user(id) {
    if (!id) return Promise.resolve(null);
    const known = this.users.get(id);
    if (known && !known.pending) return Promise.resolve(known);
    if (!this.userReads.has(id)) {
      this.users.set(id, { id, nickname: '…', pending: true });
      this.userReads.set(id, this.api.get(`/users/${id}`).then(user => {
        this.users.set(id, user);
        this.changed();
        return user;
      }, () => {
        this.users.set(id, { id, nickname: '…' });
        return null;
      }).finally(() => this.userReads.delete(id)));
    }
    return this.userReads.get(id);
  }

  nickname(id) {
    if (id === this.me?.id) return 'You';
    this.user(id);
    return this.users.get(id)?.nickname ?? '…';
  }

  async refreshPresence(userIds) {
    const answer = await this.api.get(`/presence?userIds=${userIds.join(',')}`).catch(() => null);
    answer?.items.forEach(p => this.presence.set(p.userId, p.online));
  }

  // --- a conversation's timeline ----------------------------------------------------------

  timeline(groupId) {
    let timeline = this.timelines.get(groupId);
    if (!timeline) {
      timeline = new Timeline(groupId);
      this.timelines.set(groupId, timeline);
    }
    return timeline;
  }

  async open(groupId) {
    this.openId = groupId;
    const timeline = this.timeline(groupId);
    if (!this.conversations.has(groupId)) await this.refreshConversation(groupId);
    const c = this.conversations.get(groupId);
    if (!c) return;
    if (!timeline.loaded) {
      const page = c.lastSeq > 0
        ? await this.api.get(`/groups/${groupId}/messages?before=${c.lastSeq + 1}&limit=${PAGE}`)
        : { items: [], hasMore: false };
      timeline.loadNewest(page.items, page.hasMore, c.lastSeq);
      page.items.forEach(m => this.user(m.senderId));
      this.pull(timeline, timeline.catchUp());
    }
    this.loadPins(groupId).catch(() => {});
    this.loadReceipts(groupId).catch(() => {});
    this.refreshConversation(groupId).catch(() => {});
    this.changed();
  }

  close() {
    this.openId = null;
    this.changed();
  }

  /** The conversation's pinned messages, newest pin first, kept on its timeline. */
  async loadPins(groupId) {
    const { items } = await this.api.get(`/groups/${groupId}/pins`);
    this.timeline(groupId).pins = items;
    this.changed();
  }

  /**
   * Who has read this user's newest message, in a conversation small enough to keep receipts;
   * receipt events move the counts on from there.
   */
  async loadReceipts(groupId) {
    const c = this.conversations.get(groupId);
    const newest = this.timelines.get(groupId)?.newestOf(this.me.id);
    if (!c || c.memberCount > RECEIPTS_UP_TO || !newest) return;
    const { readers } = await this.receipts(groupId, newest.seq);
    readers.forEach(r => this.timeline(groupId).readTo(r.userId, newest.seq));
    this.changed();
  }

  receipts(groupId, seq) {
    return this.api.get(`/groups/${groupId}/messages/${seq}/receipts`);
  }

  async pin(groupId, seq, pinned) {
    if (pinned) await this.api.put(`/groups/${groupId}/pins/${seq}`);
    else await this.api.delete(`/groups/${groupId}/pins/${seq}`);
    await this.loadPins(groupId);
  }

  /** Reacts with the emoji, or takes it back; the message.reactions event redraws the counts. */
  async react(groupId, seq, emoji, on) {
    const path = `/groups/${groupId}/messages/${seq}/reactions/${encodeURIComponent(emoji)}`;
    if (on) await this.api.put(path);
    else await this.api.delete(path);
  }

  async loadOlder(groupId) {
    const timeline = this.timeline(groupId);
    if (!timeline.hasOlder || timeline.loadingOlder) return false;
    timeline.loadingOlder = true;
    try {
      const page = await this.api.get(`/groups/${groupId}/messages?before=${timeline.oldestSeq}&limit=${PAGE}`);
      timeline.prependOlder(page.items, page.hasMore);
      page.items.forEach(m => this.user(m.senderId));
    } finally {
      timeline.loadingOlder = false;
    }
    this.changed();
    return true;
  }

  pull(timeline, range) {
    if (!range) return;
    const frame = { type: 'pull', groupId: timeline.groupId, after: range.after, limit: 200 };
    if (range.until) frame.until = range.until;
    if (!this.connection.send(frame)) timeline.pullLost();
  }

  /** Tells the server (and so every device) that the open conversation is read to its end. */
  markRead(groupId) {
    const timeline = this.timelines.get(groupId);
    const c = this.conversations.get(groupId);
    if (!timeline || !c) return;
    const seq = timeline.lastSeq;
    if (c.unread > 0 || c.mentioned) {
      c.unread = 0;
      c.mentioned = false;
      this.changed();
    }
    if (seq === 0 || (this.readSent.get(groupId) ?? 0) >= seq) return;
    this.readSent.set(groupId, seq);
    if (!this.connection.send({ type: 'read', groupId, seq })) {
      this.api.put(`/groups/${groupId}/read`, { seq }).catch(() => this.readSent.delete(groupId));
    }
  }

  // --- sending ----------------------------------------------------------------------------

  /**
   * A text, with the ids it mentions ({mentions, mentionAll}, as mentionsOf makes them) and the
   * seq of the message it answers, if any.
   */
  sendText(groupId, text, { mentions = [], mentionAll = false } = {}, replyTo = null) {
    const entry = { clientMsgId: randomId(), groupId, msgType: 'TEXT', text, senderId: this.me.id };
    if (mentions.length) entry.mentions = mentions;
    if (mentionAll) entry.mentionAll = true;
    if (replyTo) entry.replyTo = replyTo;
    this.outbox.add(entry);
  }

  sendMedia(groupId, media) {
    this.outbox.add({ clientMsgId: randomId(), groupId, msgType: media.kind, mediaId: media.id, media,
      senderId: this.me.id });
  }

  /**
   * A red packet ({totalCents, count, greeting}) with the dialog's clientId: answers when the
   * server stored it or a transient failure left it to the outbox's retries; throws a refusal.
   */
  sendRedPack(groupId, redpack, clientId) {
    return this.outbox.addRedPack(groupId, redpack, clientId);
  }

  /** Messages of the user's conversations holding the words, newest first: {items, next}. */
  searchMessages(q, before = null) {
    const params = new URLSearchParams({ q });
    if (before) params.set('before', before);
    return this.api.get(`/search/messages?${params}`);
  }

  /** A copy of the message (its text or file) into the conversation, marked forwarded by the server. */
  forward(groupId, message) {
    this.outbox.add({ clientMsgId: randomId(), groupId, msgType: message.type, senderId: this.me.id,
      forwardFrom: { groupId: message.groupId, seq: message.seq }, preview: message.text ?? `[${message.type.toLowerCase()}]` });
  }

  /** Messages sent from here that the timeline does not hold yet, in the order they were sent. */
  pendingFor(groupId) {
    const timeline = this.timelines.get(groupId);
    return this.outbox.of(groupId).filter(p => !timeline?.has(p.clientMsgId));
  }

  async recall(groupId, seq) {
    await this.api.delete(`/groups/${groupId}/messages/${seq}`);
    this.timeline(groupId).recalled(seq);
    this.changed();
  }

  async hide(groupId, seq) {
    await this.api.post(`/groups/${groupId}/messages/${seq}/hide`);
    this.timeline(groupId).hide(seq);
    this.changed();
  }
}

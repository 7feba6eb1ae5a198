// Messages sent from this browser until their ack. Each keeps its clientMsgId for life, so a
// retry after a lost ack, a reconnect or a reload is answered with the stored message, never a
// copy. Each is written to IndexedDB (OutboxStore) before it first goes out and removed at its ack,
// so a reload or a browser restart sends what was left, once each, in the order it was written.

import { OutboxStore } from './outbox-store.js';

const ACK_TIMEOUT_MILLIS = 5_000;
const RETRYABLE = new Set(['RATE_LIMITED', 'INTERNAL']);

export class Outbox {
  constructor(connection, api, onChange, store = new OutboxStore()) {
    this.connection = connection;
    this.api = api;
    this.onChange = onChange;
    this.store = store;
    this.entries = new Map();
    this.userId = null;
    this.written = 0;
  }

  /** Kept first, then sent: a reload at any moment after this call finds it. */
  async add(entry) {
    const kept = { ...entry, userId: this.userId, state: 'pending', at: new Date().toISOString(),
      order: Date.now() * 1000 + (this.written++ % 1000) };
    this.entries.set(entry.clientMsgId, kept);
    this.onChange();
    await this.store.put(kept);
    return this.transmit(entry.clientMsgId);
  }

  /**
   * A red packet ({totalCents, count, greeting}), kept and sent as a message is, over REST with
   * its clientMsgId as the packet's clientId. Answers once the server did: a refusal for good is
   * thrown (the sending dialog shows it) and the entry dropped; a transient failure is retried
   * here, as the message's is.
   */
  async addRedPack(groupId, redpack, clientId) {
    const refused = await this.add({ clientMsgId: clientId, groupId, msgType: 'REDPACK', redpack });
    if (refused) {
      this.discard(clientId);
      throw refused;
    }
  }

  /**
   * What this user's earlier pages left unsent, ahead of anything sent since, in the order it was
   * written; it goes out with the rest once the connection is up (resendAll).
   */
  async restore(userId) {
    this.userId = userId;
    const left = (await this.store.of(userId)).filter(e => !this.entries.has(e.clientMsgId));
    if (!left.length) return;
    this.entries = new Map([...left.map(e => [e.clientMsgId, e]), ...this.entries]);
    this.onChange();
  }

  of(groupId) {
    return [...this.entries.values()].filter(e => e.groupId === groupId);
  }

  /** Sends (again) with the same clientMsgId; unanswered within 5 s, it goes once more. */
  transmit(clientMsgId) {
    const entry = this.entries.get(clientMsgId);
    if (!entry || entry.state === 'sent') return undefined;
    clearTimeout(entry.timer);
    entry.state = 'pending';
    if (entry.redpack) return this.post(entry);
    const frame = { type: 'send', clientMsgId, groupId: entry.groupId, msgType: entry.msgType };
    if (entry.text !== undefined) frame.text = entry.text;
    if (entry.mediaId !== undefined) frame.mediaId = entry.mediaId;
    if (entry.mentions !== undefined) frame.mentions = entry.mentions;
    if (entry.mentionAll !== undefined) frame.mentionAll = entry.mentionAll;
    if (entry.replyTo !== undefined) frame.replyTo = entry.replyTo;
    if (entry.forwardFrom !== undefined) frame.forwardFrom = entry.forwardFrom;
    if (this.connection.send(frame)) {
      entry.timer = setTimeout(() => this.transmit(clientMsgId), ACK_TIMEOUT_MILLIS);
    }
  }

  /**
   * A red packet's POST; the server keeps one packet per clientId however often it comes. Answers
   * the error of a refusal for good, else null (stored, or left to a retry).
   */
  async post(entry) {
    try {
      await this.api.post(`/groups/${entry.groupId}/redpacks`, { ...entry.redpack, clientId: entry.clientMsgId });
    } catch (e) {
      const transient = !e.status || e.status >= 500 || e.status === 429;
      this.failed(entry.clientMsgId, transient ? 'INTERNAL' : e.code, e.message);
      this.onChange();
      return transient ? null : e;
    }
    // Stored: the packet's message comes through the timeline, so the entry leaves at once.
    this.discard(entry.clientMsgId);
    return null;
  }

  resendAll() {
    this.entries.forEach((entry, id) => entry.state !== 'failed' && this.transmit(id));
  }

  /** Acknowledged: shown as confirmed until the timeline holds the stored message. */
  acknowledged(clientMsgId, seq) {
    const entry = this.entries.get(clientMsgId);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.state = 'sent';
    entry.seq = seq;
    this.store.remove(clientMsgId);
    setTimeout(() => { this.entries.delete(clientMsgId); this.onChange(); }, 30_000);
  }

  /**
   * Refused. For a transient reason (the rate limit, a server fault) it goes again in 2 s, and is
   * shown as retrying, with why; refused for good (403, 422...), it stays shown as not sent, with
   * why, until the user deletes it.
   */
  failed(clientMsgId, code, message) {
    const entry = this.entries.get(clientMsgId);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.error = message;
    if (RETRYABLE.has(code)) {
      entry.retrying = true;
      entry.timer = setTimeout(() => this.transmit(clientMsgId), 2_000);
      return;
    }
    entry.state = 'failed';
    this.store.put(entry);
  }

  discard(clientMsgId) {
    clearTimeout(this.entries.get(clientMsgId)?.timer);
    this.entries.delete(clientMsgId);
    this.store.remove(clientMsgId);
    this.onChange();
  }

  /** The page forgets its entries (signed out); IndexedDB keeps them for this user's next sign-in. */
  clear() {
    this.entries.forEach(e => clearTimeout(e.timer));
    this.entries.clear();
  }

  /** Signed out by the user: nothing of theirs stays in this browser. */
  async forget(userId) {
    this.clear();
    if (userId) await this.store.removeAllOf(userId);
  }
}

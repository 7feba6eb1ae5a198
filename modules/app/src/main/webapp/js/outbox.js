// Messages sent from this page until their ack. Each keeps its clientMsgId for life, so a
// retry after a lost ack (or a reconnect) is answered with the stored message, never a copy.

const ACK_TIMEOUT_MILLIS = 5_000;
const RETRYABLE = new Set(['RATE_LIMITED', 'INTERNAL']);

export class Outbox {
  constructor(connection, onChange) {
    this.connection = connection;
    this.onChange = onChange;
    this.entries = new Map();
  }

  add(entry) {
    this.entries.set(entry.clientMsgId, { ...entry, state: 'pending', at: new Date().toISOString() });
    this.transmit(entry.clientMsgId);
    this.onChange();
  }

  of(groupId) {
    return [...this.entries.values()].filter(e => e.groupId === groupId);
  }

  /** Sends (again) with the same clientMsgId; unanswered within 5 s, it goes once more. */
  transmit(clientMsgId) {
    const entry = this.entries.get(clientMsgId);
    if (!entry || entry.state === 'sent') return;
    clearTimeout(entry.timer);
    entry.state = 'pending';
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
    setTimeout(() => { this.entries.delete(clientMsgId); this.onChange(); }, 30_000);
  }

  failed(clientMsgId, code, message) {
    const entry = this.entries.get(clientMsgId);
    if (!entry) return;
    clearTimeout(entry.timer);
    if (RETRYABLE.has(code)) {
      entry.timer = setTimeout(() => this.transmit(clientMsgId), 2_000);
      return;
    }
    entry.state = 'failed';
    entry.error = message;
  }

  discard(clientMsgId) {
    clearTimeout(this.entries.get(clientMsgId)?.timer);
    this.entries.delete(clientMsgId);
    this.onChange();
  }

  clear() {
    this.entries.forEach(e => clearTimeout(e.timer));
    this.entries.clear();
  }
}

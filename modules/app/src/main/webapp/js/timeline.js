// One conversation's messages as this client holds them, and the push-then-pull rule:
// inline items are appended only when they follow the last seq held; otherwise the gap is pulled.

export class Timeline {
  constructor(groupId) {
    this.groupId = groupId;
    this.bySeq = new Map();
    /** Every seq up to this one is held, or known to be hidden from this user. */
    this.lastSeq = 0;
    this.oldestSeq = null;
    this.hasOlder = false;
    this.loaded = false;
    this.pulling = null;
    this.wantedUntil = 0;
    /** The pinned messages, newest pin first. */
    this.pins = [];
    /** Other members' read cursors, as far as receipts told them (at least this far). */
    this.readers = new Map();
  }

  /** A member's read cursor is at seq or past it. */
  readTo(userId, seq) {
    this.readers.set(userId, Math.max(this.readers.get(userId) ?? 0, seq));
  }

  /** How many members other than `meId` have read up to seq, as far as this client knows. */
  readCount(seq, meId) {
    let count = 0;
    for (const [userId, cursor] of this.readers) if (userId !== meId && cursor >= seq) count++;
    return count;
  }

  /** The newest message this user sent that is still there, or null. */
  newestOf(userId) {
    let newest = null;
    for (const m of this.bySeq.values()) {
      if (m.senderId === userId && !m.recalled && (!newest || m.seq > newest.seq)) newest = m;
    }
    return newest;
  }

  get messages() {
    return [...this.bySeq.values()].sort((a, b) => a.seq - b.seq);
  }

  /** The first page: the newest messages up to the conversation's last seq. */
  loadNewest(items, hasMore, lastSeq) {
    this.put(items);
    this.lastSeq = Math.max(this.lastSeq, lastSeq, ...items.map(m => m.seq));
    this.hasOlder = hasMore;
    this.loaded = true;
  }

  prependOlder(items, hasMore) {
    this.put(items);
    this.hasOlder = hasMore;
  }

  /**
   * A notify frame: answers the pull to make ({after, until}) or null when the inline items
   * closed the distance.
   */
  notified(seq, items = []) {
    if (seq <= this.lastSeq) return null;
    const following = items.filter(m => m.seq > this.lastSeq);
    if (following.length && following[0].seq === this.lastSeq + 1 && isContiguous(following)) {
      this.put(following);
      this.lastSeq = following[following.length - 1].seq;
    }
    return seq > this.lastSeq ? this.wantPull(seq) : null;
  }

  /** A sent message acknowledged at seq: the gap up to it is pulled unless already held. */
  acknowledged(seq) {
    return seq > this.lastSeq ? this.wantPull(seq) : null;
  }

  /** Asks for the range up to `until`; one pull per conversation is in flight at a time. */
  wantPull(until) {
    this.wantedUntil = Math.max(this.wantedUntil, until);
    return this.pulling ? null : this.startPull();
  }

  /** After a reconnect: everything after lastSeq, whatever was notified meanwhile. */
  catchUp() {
    return this.pulling || !this.loaded ? null : this.startPull();
  }

  /**
   * The answer to the pull in flight. Seqs the answer skips are hidden from this user, so the
   * range counts as covered. Answers the next pull to make, or null when caught up.
   */
  pulled(items, hasMore) {
    const range = this.pulling ?? { after: this.lastSeq };
    this.pulling = null;
    this.put(items);
    const highest = items.length ? items[items.length - 1].seq : range.after;
    this.lastSeq = Math.max(this.lastSeq, hasMore || !range.until ? highest : range.until);
    return hasMore || this.wantedUntil > this.lastSeq ? this.startPull() : null;
  }

  startPull() {
    const until = this.wantedUntil > this.lastSeq ? this.wantedUntil : undefined;
    this.pulling = { after: this.lastSeq, until };
    return this.pulling;
  }

  /** A pull that failed (the socket closed): the next catch-up asks again. */
  pullLost() {
    this.pulling = null;
  }

  /** Recalled: its content gone, and the quotes of it in replies emptied. */
  recalled(seq) {
    const message = this.bySeq.get(seq);
    if (message) {
      this.bySeq.set(seq, { ...message, recalled: true, text: null, media: null, replyTo: undefined, reactions: undefined });
    }
    for (const m of this.bySeq.values()) {
      if (m.replyTo?.seq === seq) this.bySeq.set(m.seq, { ...m, replyTo: { ...m.replyTo, preview: '' } });
    }
  }

  /**
   * A message.reactions event: the counts as the server now has them; whether each is this
   * user's own is kept from before, but for the emoji this user just changed (on any device).
   */
  reacted(event, meId) {
    const message = this.bySeq.get(event.seq);
    if (!message) return;
    const before = new Map((message.reactions ?? []).map(r => [r.emoji, r.mine]));
    const reactions = event.reactions.map(({ emoji, count }) => ({ emoji, count,
      mine: event.byUserId === meId && event.emoji === emoji ? event.added : before.get(emoji) ?? false }));
    this.bySeq.set(event.seq, { ...message, reactions: reactions.length ? reactions : undefined });
  }

  hide(seq) {
    this.bySeq.delete(seq);
  }

  has(clientMsgId) {
    for (const m of this.bySeq.values()) if (m.clientMsgId === clientMsgId) return true;
    return false;
  }

  put(items) {
    for (const m of items) {
      this.bySeq.set(m.seq, m);
      this.oldestSeq = this.oldestSeq === null ? m.seq : Math.min(this.oldestSeq, m.seq);
    }
  }
}

function isContiguous(items) {
  return items.every((m, i) => i === 0 || m.seq === items[i - 1].seq + 1);
}

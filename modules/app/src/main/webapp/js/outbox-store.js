// The outbox's copy in IndexedDB: each message this browser was sending, written before it goes
// out and removed at its ack, so a reload or a browser restart sends what is left again, in the
// order it was written and with the same clientMsgIds (the server's dedup keeps each once).
// Entries carry their user's id: another account signing in on this browser sees none of them.
// Without IndexedDB (some private windows) the outbox still works, for the page's life only.

const DB_NAME = 'chat-outbox';
const STORE = 'sends';

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function openDb() {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  const opening = indexedDB.open(DB_NAME, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(STORE, { keyPath: 'clientMsgId' }).createIndex('byUser', ['userId', 'order']);
  };
  return request(opening).catch(() => null);
}

export class OutboxStore {
  constructor() {
    this.db = null;
    this.opened = null;
  }

  async store(mode) {
    this.opened ??= openDb().then(db => (this.db = db));
    const db = await this.opened;
    return db ? db.transaction(STORE, mode).objectStore(STORE) : null;
  }

  /** Keeps the entry (state, error and all); answers once it is written. */
  async put(entry) {
    const { timer, ...kept } = entry;
    const store = await this.store('readwrite');
    if (store) await request(store.put(kept)).catch(() => {});
  }

  async remove(clientMsgId) {
    const store = await this.store('readwrite');
    if (store) await request(store.delete(clientMsgId)).catch(() => {});
  }

  /** The user's entries in the order they were written. */
  async of(userId) {
    const store = await this.store('readonly');
    if (!store) return [];
    const range = IDBKeyRange.bound([userId, -Infinity], [userId, Infinity]);
    return request(store.index('byUser').getAll(range)).catch(() => []);
  }

  async removeAllOf(userId) {
    for (const entry of await this.of(userId)) await this.remove(entry.clientMsgId);
  }
}

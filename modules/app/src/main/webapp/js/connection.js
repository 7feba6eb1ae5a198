// The WebSocket half of the contract: a ticket per connection, a ping every 10 s (the server
// closes sockets silent for 30 s), and reconnection with exponential backoff and jitter (within a
// second, when the server closed with 1012 because its node is restarting). A socket
// that hears nothing, not even a pong, for 25 s is taken for dead (a server that went away
// without closing it, a laptop that slept) and replaced.
//
// Frames go as Protocol Buffers when the page can encode them and the server agrees to the
// subprotocol chat.v1.proto, else as JSON text (wire.js). A server or a proxy that does not answer
// the offer fails the handshake; the next attempt then offers nothing, and if that one opens, the
// page stays on JSON. If it fails as well, the network was the cause, and protobuf is offered again.

import { jsonWire, protobufWire, PROTOBUF, JSON_TEXT } from './wire.js';

const PING_MILLIS = 10_000;
const SILENCE_MILLIS = 25_000;
const TICKET_TIMEOUT_MILLIS = 10_000;
const FIRST_RETRY_MILLIS = 1_000;
const MAX_RETRY_MILLIS = 30_000;
const SERVICE_RESTART = 1012;

export class Connection {
  /**
   * @param api       the REST client, for tickets
   * @param onFrame   called with every parsed server frame
   * @param onState   called with 'connecting' | 'online' | 'offline' and, when offline, the retry time
   */
  constructor(api, onFrame, onState) {
    this.api = api;
    this.onFrame = onFrame;
    this.onState = onState;
    this.socket = null;
    this.attempt = 0;
    this.retryTimer = null;
    this.pingTimer = null;
    this.stopped = true;
    this.wire = jsonWire;
    this.jsonOnly = false;
    addEventListener('online', () => this.retryNow());
  }

  get open() {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** The subprotocol the frames go in: chat.v1.proto or chat.v1.json. */
  get encoding() {
    return this.wire.protocol;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.pingTimer);
    this.socket?.close(1000);
    this.socket = null;
  }

  /** Sends a frame if the socket is open; answers whether it went. */
  send(frame) {
    if (!this.open) return false;
    this.socket.send(this.wire.encode(frame));
    return true;
  }

  retryNow() {
    if (!this.stopped && !this.socket) {
      clearTimeout(this.retryTimer);
      this.connect();
    }
  }

  async connect() {
    this.onState('connecting');
    let ticket;
    try {
      ticket = (await this.api.request('POST', '/ws-tickets', undefined, TICKET_TIMEOUT_MILLIS)).ticket;
    } catch (e) {
      if (e.status === 401) return; // the API has signed the user out
      this.scheduleRetry();
      return;
    }
    const protobuf = this.jsonOnly ? null : await protobufWire();
    if (this.stopped) return;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.host}/ws?ticket=${encodeURIComponent(ticket)}`;
    const socket = protobuf ? new WebSocket(url, [PROTOBUF, JSON_TEXT]) : new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    let opened = false;
    socket.onopen = () => {
      opened = true;
      this.wire = socket.protocol === PROTOBUF ? protobuf : jsonWire;
      this.attempt = 0;
      this.heardAt = Date.now();
      this.pingTimer = setInterval(() => this.keepAlive(socket), PING_MILLIS);
      this.onState('online');
    };
    socket.onmessage = event => {
      this.heardAt = Date.now();
      this.onFrame(this.wire.decode(event.data));
    };
    socket.onclose = event => {
      clearInterval(this.pingTimer);
      if (this.socket === socket) this.socket = null;
      if (this.stopped) return;
      if (!opened) {
        // Refused with protobuf offered: try at once without. Refused without: not the subprotocol.
        this.jsonOnly = Boolean(protobuf);
        if (protobuf) {
          this.retrySoon(0);
          return;
        }
      }
      // 1012: the node is restarting and another takes over at once; spread the reconnects over a second.
      if (event.code === SERVICE_RESTART) this.retrySoon(Math.random() * 1_000);
      else this.scheduleRetry();
    };
  }

  keepAlive(socket) {
    if (Date.now() - this.heardAt > SILENCE_MILLIS) {
      socket.onclose = null;
      socket.close();
      if (this.socket === socket) this.socket = null;
      clearInterval(this.pingTimer);
      this.scheduleRetry();
      return;
    }
    this.send({ type: 'ping' });
  }

  retrySoon(delay) {
    this.onState('offline', new Date(Date.now() + delay));
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  scheduleRetry() {
    const ceiling = Math.min(MAX_RETRY_MILLIS, FIRST_RETRY_MILLIS * 2 ** this.attempt++);
    this.retrySoon(ceiling / 2 + Math.random() * ceiling / 2);
  }
}

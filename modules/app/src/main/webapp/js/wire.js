// How frames travel (shared/api-contract.md, "Binary frames"; ADR 0020): Protocol Buffers under the
// WebSocket subprotocol chat.v1.proto, JSON text under chat.v1.json or none. Both encodings turn
// the same frame objects into what goes on the socket and back, so the rest of the client never
// knows which one its connection speaks.
//
// The binary encoding uses protobuf.js (from its jar, loaded by index.html as the global
// `protobuf`) and the schema the server serves, parsed as it is: the page and the server can never
// disagree on a field number. Without either, the page speaks JSON.

export const PROTOBUF = 'chat.v1.proto';
export const JSON_TEXT = 'chat.v1.json';

/** JSON text frames, as docs/asyncapi.yaml has them. */
export const jsonWire = Object.freeze({
  protocol: JSON_TEXT,
  encode: frame => JSON.stringify(frame),
  decode: data => JSON.parse(data),
});

// A decoded Frame as the JSON frame of its type: 64-bit numbers as numbers (seqs stay far below
// 2^53), no defaults for fields the frame does not carry, and empty lists present (as JSON gives them).
const AS_JSON_FRAME = Object.freeze({ longs: Number, arrays: true, defaults: false });

// A google.protobuf.Timestamp as its proto3 JSON form, the RFC 3339 string of the JSON frames
// ("2026-12-07T00:57:59.905587Z": a fraction of 3, 6 or 9 digits, as the server writes it).
const TIMESTAMP = {
  fromObject(object) {
    if (typeof object !== 'string') return this.fromObject(object);
    const [whole, fraction = ''] = object.replace(/Z$/, '').split('.');
    return this.fromObject({ seconds: Date.parse(`${whole}Z`) / 1000, nanos: Number(fraction.padEnd(9, '0')) });
  },
  toObject(message) {
    const nanos = message.nanos ?? 0;
    const digits = nanos === 0 ? 0 : nanos % 1e6 === 0 ? 3 : nanos % 1e3 === 0 ? 6 : 9;
    const fraction = digits ? `.${String(nanos).padStart(9, '0').slice(0, digits)}` : '';
    return `${new Date(Number(message.seconds ?? 0) * 1000).toISOString().slice(0, 19)}${fraction}Z`;
  },
};

let loading = null;

/** The binary encoding, once protobuf.js and the served schema are loaded; null if they cannot be. */
export function protobufWire() {
  loading ??= loadProtobuf().catch(() => {
    loading = null; // the schema's answer failed (offline, a restart): the next connection asks again
    return null;
  });
  return loading;
}

async function loadProtobuf() {
  const protobuf = globalThis.protobuf;
  if (!protobuf?.parse) return null;
  const answer = await fetch('/api/v1/protocol/chat.proto', { headers: { Accept: 'text/plain' } });
  if (!answer.ok) throw new Error(`the schema: HTTP ${answer.status}`);
  // The schema imports google/protobuf/timestamp.proto, which protobuf.js carries itself.
  protobuf.wrappers['.google.protobuf.Timestamp'] = TIMESTAMP;
  const root = protobuf.Root.fromJSON(protobuf.common.get('google/protobuf/timestamp.proto'));
  const Frame = protobuf.parse(await answer.text(), root).root.lookupType('chat.v1.Frame');
  const wire = Object.freeze({
    protocol: PROTOBUF,
    encode: frame => Frame.encode(Frame.fromObject(frame)).finish(),
    decode: data => Frame.toObject(Frame.decode(new Uint8Array(data)), AS_JSON_FRAME),
  });
  return worksHere(wire) ? wire : null;
}

/**
 * protobuf.js builds its coders with `new Function` on first use; a page whose Content-Security-Policy
 * forbids that speaks JSON. A ping through both ways builds them now, where the failure can be seen.
 */
function worksHere(wire) {
  try {
    return wire.decode(wire.encode({ type: 'ping' })).type === 'ping';
  } catch (e) {
    console.warn('binary frames unavailable here, using JSON:', e);
    return false;
  }
}

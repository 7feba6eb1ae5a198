// The face-to-face room this page is in. People only ever arrive, and the server's
// nearby.members event can overtake the answer that opened the room (two people pressing Find at
// the same moment), so what is heard is kept by code and merged with the answer.

export class NearbyRoom {
  constructor() {
    this.room = null;
    this.heardByCode = new Map();
  }

  /** The answer of POST /nearby/rooms. */
  opened(room) {
    const heard = this.heardByCode.get(room.code);
    this.room = heard ? merged(room, heard) : room;
  }

  /** A nearby.members event. */
  heard(event) {
    this.heardByCode.set(event.code, event);
    if (this.room?.code === event.code) this.room = merged(this.room, event);
  }

  leave() {
    this.room = null;
    this.heardByCode.clear();
  }
}

/** Everyone either side knows of; the event's room id, which follows a merge of rooms. */
function merged(room, event) {
  const members = new Map(room.members.map(m => [m.userId, m]));
  event.members.forEach(m => members.set(m.userId, m));
  return { ...room, roomId: event.roomId ?? room.roomId, members: [...members.values()] };
}

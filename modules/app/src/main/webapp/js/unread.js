// Unread counts as the contract shows them: exact up to 99, then "99+" (the server caps at 100).

export const UNREAD_CAP = 100;

export function capped(count) {
  return count > 99 ? '99+' : String(count);
}

/** The count after `added` more messages, never past the cap. */
export function plus(count, added) {
  return Math.min(UNREAD_CAP, count + Math.max(0, added));
}

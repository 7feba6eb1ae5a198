// Mentions as the composer makes them and the list and timeline show them: "@Nickname" in the
// text, and the ids of those picked (or everyone) beside it, which is what the server acts on.

export const EVERYONE = { id: '*', nickname: 'all' };

/** Whether the message calls on this user (their own messages never do). */
export function mentionsMe(message, meId) {
  if (!message || message.recalled || message.senderId === meId) return false;
  return !!message.mentionAll || (message.mentions ?? []).includes(meId);
}

/** The "@partial" being typed just before the caret, or null when the caret is not in one. */
export function typedMention(text, caret) {
  const match = /(^|\s)@([^\s@]{0,32})$/.exec(text.slice(0, caret));
  return match ? { start: caret - match[2].length - 1, partial: match[2] } : null;
}

/** The text with the "@partial" before the caret replaced by the picked person's "@Nickname ". */
export function insertMention(text, typed, caret, person) {
  const inserted = `@${person.nickname} `;
  return { text: text.slice(0, typed.start) + inserted + text.slice(caret), caret: typed.start + inserted.length };
}

/** What a send carries: those picked whose "@Nickname" is still in the text. */
export function mentionsOf(text, picked) {
  const kept = picked.filter(p => text.includes(`@${p.nickname}`));
  const ids = [...new Set(kept.filter(p => p !== EVERYONE).map(p => p.id))];
  return { mentions: ids, mentionAll: kept.includes(EVERYONE) };
}

/**
 * The text cut into plain runs and "@Nickname" runs of the people the message mentions, so the
 * timeline can highlight them.
 */
export function highlighted(text, names) {
  const wanted = names.filter(Boolean).map(n => `@${n}`).sort((a, b) => b.length - a.length);
  if (!wanted.length || !text) return [{ text: text ?? '', mention: false }];
  const pattern = new RegExp(wanted.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const runs = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), mention: false });
    runs.push({ text: match[0], mention: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mention: false });
  return runs;
}

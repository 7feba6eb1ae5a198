// The "@" picker of the composer: while the user types "@" and the start of a name, the
// conversation's members whose nickname starts so (and "all", for owners and admins) are offered;
// Enter, Tab or a click picks one, arrows move, Escape closes.
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { EVERYONE } from '../mentions.js';

const MAX_SHOWN = 8;
const MEMBERS_READ = 200;

/** The members of the conversation, read once when the picker first opens. */
export function useMembers(client, c, wanted) {
  const [members, setMembers] = useState(null);
  useEffect(() => { setMembers(null); }, [c.id]);
  useEffect(() => {
    if (!wanted || members) return;
    client.api.get(`/groups/${c.id}/members?limit=${MEMBERS_READ}`)
      .then(page => setMembers(page.items.filter(m => m.userId !== client.me.id)
        .map(m => ({ id: m.userId, nickname: m.nickname }))))
      .catch(() => setMembers([]));
  }, [wanted, members, c.id]);
  return members ?? [];
}

/** Who the picker offers for the partial name typed. */
export function candidates(members, partial, mayMentionAll) {
  const start = partial.toLowerCase();
  const people = members.filter(m => m.nickname.toLowerCase().startsWith(start));
  const all = mayMentionAll && EVERYONE.nickname.startsWith(start) ? [EVERYONE] : [];
  return [...all, ...people].slice(0, MAX_SHOWN);
}

export function MentionPicker({ options, active, onPick }) {
  if (!options.length) return null;
  return html`
    <ul class="mention-picker" role="listbox" aria-label="Mention someone" data-testid="mention-picker">
      ${options.map((p, i) => html`
        <li role="option" aria-selected=${i === active} class=${i === active ? 'active' : ''}
            data-testid="mention-option-${p === EVERYONE ? 'all' : p.id}"
            onMouseDown=${e => { e.preventDefault(); onPick(p); }}>
          ${p === EVERYONE ? 'Everyone (@all)' : `@${p.nickname}`}</li>`)}
    </ul>`;
}

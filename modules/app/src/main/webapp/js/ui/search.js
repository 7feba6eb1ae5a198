// Search over the conversation list: what the user types is looked up a moment after they stop
// (in every conversation of theirs), newest first, with the words marked; a hit opens its
// conversation at that message. "More" brings the next page.
import { useEffect, useState } from 'preact/hooks';
import { html, time } from './html.js';

const PAUSE_MILLIS = 300;

export function SearchResults({ client, query }) {
  const [found, setFound] = useState({ items: [], next: null, loading: true, error: null });
  useEffect(() => {
    let current = true;
    setFound(f => ({ ...f, loading: true }));
    const timer = setTimeout(() => client.searchMessages(query).then(
      page => current && setFound({ ...page, loading: false, error: null }),
      e => current && setFound({ items: [], next: null, loading: false, error: e.message })), PAUSE_MILLIS);
    return () => { current = false; clearTimeout(timer); };
  }, [query]);

  const more = async () => {
    const page = await client.searchMessages(query, found.next);
    setFound(f => ({ items: [...f.items, ...page.items], next: page.next, loading: false, error: null }));
  };

  if (found.error) return html`<p class="hint" role="alert">${found.error}</p>`;
  return html`
    <p class="hint" role="status" data-testid="search-status">${found.loading ? 'Searching…'
      : found.items.length === 0 ? 'No messages found' : ''}</p>
    <ul class="search-results" aria-label="Messages found">
      ${found.items.map(hit => html`<li key=${hit.groupId + '/' + hit.seq}>
        <a href="#/c/${hit.groupId}/m/${hit.seq}" class="search-hit" data-testid="search-hit">
          <span class="conversation-top">
            <span class="name">${title(client, hit.groupId)}</span><time>${time(hit.sentAt)}</time>
          </span>
          <span class="preview"><strong>${client.nickname(hit.senderId)}:</strong> ${marked(hit)}</span>
        </a></li>`)}
    </ul>
    ${found.next && html`<button type="button" class="link" data-testid="search-more" onClick=${more}>More</button>`}`;
}

function title(client, groupId) {
  const c = client.conversations.get(groupId);
  return c ? client.title(c) : '';
}

/** The text with each highlighted range in a mark element (text nodes only: no markup from the message). */
function marked(hit) {
  const runs = [];
  let at = 0;
  for (const { start, end } of hit.highlight) {
    if (start > at) runs.push(hit.text.slice(at, start));
    runs.push(html`<mark>${hit.text.slice(start, end)}</mark>`);
    at = end;
  }
  runs.push(hit.text.slice(at));
  return runs;
}

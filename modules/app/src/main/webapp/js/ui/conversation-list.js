// The conversations, latest activity first: name, last message, time, presence, unread badge, and
// "[@me]" while an unread message mentions the user. Above them, a search of the user's messages,
// whose hits take the list's place while there are words in the box.
import { useState } from 'preact/hooks';
import { html, time, preview, initials } from './html.js';
import { capped } from '../unread.js';
import { SearchResults } from './search.js';

export function ConversationList({ client, selected }) {
  const [query, setQuery] = useState('');
  const conversations = client.sortedConversations();
  const searching = query.trim() !== '';
  return html`
    <div class="list-head">
      <h2>Chats</h2>
      <a class="button" href="#/new-group">New group</a>
    </div>
    <div class="search-box" role="search">
      <input type="search" data-testid="search" placeholder="Search messages" aria-label="Search messages"
             maxlength="100" value=${query} onInput=${e => setQuery(e.target.value)}
             onKeyDown=${e => e.key === 'Escape' && setQuery('')} />
    </div>
    ${searching ? html`<${SearchResults} client=${client} query=${query.trim()} />` : html`<${Conversations}
        client=${client} conversations=${conversations} selected=${selected} />`}`;
}

function Conversations({ client, conversations, selected }) {
  return html`
    ${conversations.length === 0 && html`<p class="hint">No conversations yet. Add contacts, then start a chat or a group.</p>`}
    <ul class="conversations">
      ${conversations.map(c => html`<${Row} key=${c.id} client=${client} c=${c} selected=${c.id === selected} />`)}
    </ul>`;
}

function Row({ client, c, selected }) {
  const title = client.title(c);
  const online = c.kind === 'DIRECT' ? client.presence.get(c.peerId) : undefined;
  const unread = c.unread > 0 ? capped(c.unread) : '';
  return html`
    <li>
      <a href="#/c/${c.id}" class="conversation" data-testid="conversation-${c.id}"
         aria-current=${selected ? 'true' : undefined}
         aria-label="${title}${c.mentioned ? ', you were mentioned' : ''}${unread ? `, ${unread} unread` : ''}">
        <span class="avatar" aria-hidden="true">${initials(title)}
          ${online !== undefined && html`<span class="presence ${online ? 'on' : 'off'}"></span>`}
        </span>
        <span class="conversation-text">
          <span class="conversation-top">
            <span class="name">${title}</span>
            <time>${time(c.last?.sentAt)}</time>
          </span>
          <span class="conversation-bottom">
            <span class="preview">${c.mentioned && html`<strong class="at-me" data-testid="mention-${c.id}">[@me] </strong>`}${
              c.doNotDisturb ? '(quiet) ' : ''}${preview(c.last, client)}</span>
            ${unread && html`<span class="badge" data-testid="unread-${c.id}">${unread}</span>`}
          </span>
        </span>
      </a>
    </li>`;
}

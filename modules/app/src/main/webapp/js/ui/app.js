// The page: the login screen, or the signed-in shell with its tabs, the conversation list and
// the route's pane. Routes live in the hash (#/c/<id>, #/c/<id>/m/<seq> for a message, #/contacts,
// #/join/<code>...).
import { useEffect, useReducer, useState } from 'preact/hooks';
import { html } from './html.js';
import { capped } from '../unread.js';
import { Login } from './login.js';
import { ConversationList } from './conversation-list.js';
import { ConversationView } from './conversation-view.js';
import { GroupInfo } from './group-info.js';
import { Contacts } from './contacts.js';
import { NewGroup } from './new-group.js';
import { Wallet } from './wallet.js';
import { Nearby } from './nearby.js';
import { JoinByLink } from './join.js';

export function App({ client }) {
  const [, rerender] = useReducer(n => n + 1, 0);
  useEffect(() => client.subscribe(rerender), []);
  const route = useRoute();
  if (!client.me) return html`<${Login} client=${client} />`;
  return html`
    <div class="shell" data-pane=${route.pane ? 'open' : 'list'}>
      <${Header} client=${client} route=${route} />
      <${ConnectionBanner} client=${client} />
      <aside class="sidebar" aria-label="Conversations">
        <${ConversationList} client=${client} selected=${route.id} />
      </aside>
      <main class="pane" id="main">${pane(client, route)}</main>
    </div>`;
}

function pane(client, route) {
  switch (route.pane) {
    case 'conversation': return html`<${ConversationView} key=${route.id} client=${client} groupId=${route.id} atSeq=${route.seq} />`;
    case 'info': return html`<${GroupInfo} key=${route.id} client=${client} groupId=${route.id} />`;
    case 'contacts': return html`<${Contacts} client=${client} />`;
    case 'new-group': return html`<${NewGroup} client=${client} />`;
    case 'wallet': return html`<${Wallet} client=${client} />`;
    case 'nearby': return html`<${Nearby} client=${client} />`;
    case 'join': return html`<${JoinByLink} client=${client} code=${route.id} />`;
    default: return html`<div class="empty-pane"><p>Pick a conversation, or start one from your contacts.</p></div>`;
  }
}

function Header({ client, route }) {
  const total = client.totalUnread();
  const tab = (href, label, active, extra = '') => html`
    <a href=${href} class="tab" aria-current=${active ? 'page' : undefined}>${label}${extra}</a>`;
  return html`
    <header class="topbar">
      <nav aria-label="Sections">
        ${tab('#/', 'Chats', !route.pane || route.pane === 'conversation',
          total ? html` <span class="badge" aria-label="${capped(total)} unread">${capped(total)}</span>` : '')}
        ${tab('#/contacts', 'Contacts', route.pane === 'contacts')}
        ${tab('#/nearby', 'Face to face', route.pane === 'nearby')}
        ${tab('#/wallet', 'Wallet', route.pane === 'wallet')}
      </nav>
      <div class="me">
        <${NotificationsToggle} client=${client} />
        <span class="me-name" title=${client.me.username}>${client.me.nickname}</span>
        <button type="button" class="link" onClick=${() => { location.hash = '#/'; client.logout(); }}>Sign out</button>
      </div>
    </header>`;
}

/** Notifications on or off for this device: asking for the browser's permission only on the user's click. */
function NotificationsToggle({ client }) {
  const notifications = client.notifications;
  const [on, setOn] = useState(notifications.enabled);
  const [error, setError] = useState(null);
  if (!notifications.supported) return null;
  async function toggle() {
    setError(null);
    try {
      if (on) await notifications.disable(); else await notifications.enable();
      setOn(!on);
    } catch (e) {
      setError(e.message);
    }
  }
  return html`
    <button type="button" class="link" data-testid="notifications-toggle" aria-pressed=${on} onClick=${toggle}
            title=${error ?? ''}>${on ? 'Notifications on' : 'Turn on notifications'}</button>
    ${error && html`<span class="error" role="alert">${error}</span>`}`;
}

function ConnectionBanner({ client }) {
  const [, tick] = useReducer(n => n + 1, 0);
  useEffect(() => {
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);
  if (client.state === 'online') {
    return html`<div role="status" class="sr-only" data-testid="connection" data-encoding=${client.connection.encoding}>Online</div>`;
  }
  const seconds = client.retryAt ? Math.max(0, Math.ceil((client.retryAt - Date.now()) / 1000)) : 0;
  const text = client.state === 'connecting' ? 'Connecting…'
    : `Offline. Reconnecting${seconds ? ` in ${seconds} s` : '…'}`;
  return html`
    <div role="status" class="offline" data-testid="connection" data-state=${client.state}>
      ${text}
      ${client.state === 'offline' && html`<button type="button" class="link" onClick=${() => client.connection.retryNow()}>Retry now</button>`}
    </div>`;
}

function useRoute() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'c' && parts[1]) {
    return { pane: parts[2] === 'info' ? 'info' : 'conversation', id: parts[1], seq: parts[2] === 'm' ? Number(parts[3]) : null };
  }
  if (parts[0] === 'join' && parts[1]) return { pane: 'join', id: parts[1] };
  if (['contacts', 'new-group', 'wallet', 'nearby'].includes(parts[0])) return { pane: parts[0] };
  return { pane: null };
}

// The console's frame: the key gate, the section tabs and the section shown; and what the sections share.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { Users } from './users.js';
import { Groups } from './groups.js';
import { Wallets } from './wallets.js';
import { SystemView } from './system.js';
import { Audit } from './audit.js';
import { ContentPolicy } from './content.js';
import { query } from './operator-api.js';

const SECTIONS = [
  ['users', 'Users', Users],
  ['groups', 'Groups', Groups],
  ['wallets', 'Wallets', Wallets],
  ['content', 'Content', ContentPolicy],
  ['system', 'System', SystemView],
  ['audit', 'Audit log', Audit],
];

function section() {
  const name = location.hash.replace(/^#\/?/, '');
  return SECTIONS.find(([id]) => id === name) ?? SECTIONS[0];
}

export function Console({ api }) {
  const [signedIn, setSignedIn] = useState(api.signedIn);
  const [[id, , Section], setShown] = useState(section());
  useEffect(() => {
    api.onRefused = () => setSignedIn(false);
    const routed = () => setShown(section());
    addEventListener('hashchange', routed);
    return () => removeEventListener('hashchange', routed);
  }, []);

  if (!signedIn) return html`<${KeyGate} api=${api} onSignedIn=${() => setSignedIn(true)} />`;
  return html`
    <div class="console">
      <header class="topbar">
        <strong>Chat console</strong>
        <nav aria-label="Sections">
          ${SECTIONS.map(([sid, label]) => html`
            <a class="tab" href=${'#/' + sid} aria-current=${sid === id ? 'page' : undefined}>${label}</a>`)}
        </nav>
        <button type="button" class="link on-dark" onClick=${() => { api.signOut(); setSignedIn(false); }}>Sign out</button>
      </header>
      <main class="console-body"><${Section} api=${api} /></main>
    </div>`;
}

function KeyGate({ api, onSignedIn }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.signIn(new FormData(event.target).get('key').trim());
      onSignedIn();
    } catch (e) {
      setError(e.status === 401 ? 'That key is not the operator key.' : e.message);
      setBusy(false);
    }
  }
  return html`
    <main class="login">
      <h1>Chat console</h1>
      <form onSubmit=${submit} aria-describedby="key-error">
        <h2>Operator sign-in</h2>
        <label>Operator API key
          <input name="key" type="password" data-testid="admin-key" required autocomplete="off" spellcheck="false" />
        </label>
        <p class="hint">Kept for this tab only: closing it signs you out.</p>
        <p id="key-error" class="error" role="alert">${error}</p>
        <button type="submit" class="primary" data-testid="admin-login" disabled=${busy}>Sign in</button>
      </form>
    </main>`;
}

/** A line that says how the last action went: its text, or an error in red. */
export function Outcome({ outcome }) {
  if (!outcome) return html`<p class="outcome" role="status"></p>`;
  return html`<p class=${outcome.error ? 'outcome error' : 'outcome'} role="status">${outcome.text}</p>`;
}

/** Runs an action, reporting its success line or its error message. */
export async function attempt(setOutcome, action, success) {
  try {
    const result = await action();
    setOutcome({ text: typeof success === 'function' ? success(result) : success });
    return result;
  } catch (e) {
    setOutcome({ error: true, text: e.message });
    return undefined;
  }
}

/**
 * A list the operator API gives a page at a time ({items, next}): load(params) reads the first
 * page of what the parameters find, more() appends the next one.
 */
export function usePages(api, path, setOutcome) {
  const [page, setPage] = useState({ items: [], next: null, params: {} });
  async function read(params, after, earlier) {
    const found = await attempt(setOutcome, () => api.get(path + query({ ...params, after, limit: 50 })), null);
    if (found) setPage({ items: [...earlier, ...found.items], next: found.next, params });
  }
  useEffect(() => { read({}, null, []); }, []);
  return {
    ...page,
    load: params => read(params, null, []),
    more: () => read(page.params, page.next, page.items),
    update: items => setPage({ ...page, items }),
  };
}

export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '—';
}

// System: the last hour's messages and connections, the nodes and their connections, the outbox
// backlog, the broker and caches, and the dead letters with a re-drive button; read again every 5
// seconds while shown.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { Outcome, attempt, when } from './console.js';
import { LastHour } from './chart.js';

const REFRESH_MILLIS = 5_000;

export function SystemView({ api }) {
  const [state, setState] = useState(null);
  const [letters, setLetters] = useState(null);
  const [history, setHistory] = useState(null);
  const [outcome, setOutcome] = useState(null);

  async function load() {
    try {
      setState(await api.get('/system'));
      setLetters(await api.get('/dead-letters?limit=50'));
      setHistory(await api.get('/system/history?minutes=60'));
    } catch (e) {
      setOutcome({ error: true, text: e.message });
    }
  }
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MILLIS);
    return () => clearInterval(timer);
  }, []);

  async function redrive(letter) {
    const done = await attempt(setOutcome, () => api.post(`/dead-letters/${encodeURIComponent(letter.id)}/redrive`),
      `Sent back to ${letter.queue}`);
    if (done) load();
  }

  if (!state) return html`<section data-testid="admin-system"><h2>System</h2><${Outcome} outcome=${outcome} /></section>`;
  const connections = state.nodes.reduce((sum, n) => sum + n.connections, 0);
  return html`
    <section data-testid="admin-system" aria-labelledby="system-title">
      <h2 id="system-title">System</h2>
      <${Outcome} outcome=${outcome} />
      ${history && html`<${LastHour} points=${history.points} />`}
      <dl class="facts">
        <dt>Nodes</dt><dd data-testid="admin-node-count">${state.nodes.length}</dd>
        <dt>Open connections</dt><dd data-testid="admin-connections">${connections}</dd>
        <dt>Outbox waiting</dt><dd>${state.outboxPending < 0 ? 'unknown: the database does not answer'
          : `${state.outboxPending} (oldest ${state.outboxOldestSeconds} s)`}</dd>
        <dt>Broker</dt><dd>${state.broker.reachable ? html`<span class="pill on">Reachable</span>` : html`<span class="pill off">Unreachable</span>`}</dd>
        <dt>Caches</dt><dd>${state.caches.running ? html`<span class="pill on">Running</span>` : html`<span class="pill off">Stopped</span>`}
          ${' '}${state.caches.members.join(', ')}</dd>
      </dl>
      <h3>Nodes</h3>
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">Node</th><th scope="col">Connections</th><th scope="col">Started</th></tr></thead>
          <tbody>${state.nodes.map(n => html`
            <tr key=${n.node}><td>${n.node}${n.node === state.node ? ' (answered)' : ''}</td><td>${n.connections}</td>
              <td>${when(n.startedAt)}</td></tr>`)}</tbody>
        </table>
      </div>
      <h3>Dead letters</h3>
      ${letters && Object.keys(letters.counts).length === 0 && html`<p class="hint">None: every message found its consumer.</p>`}
      ${letters && letters.items.length > 0 && html`
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">Queue</th><th scope="col">Why</th><th scope="col">When</th>
              <th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${letters.items.map(l => html`
              <tr key=${l.id}><td>${l.queue}</td><td>${l.error ?? 'moved by the broker'}</td><td>${when(l.failedAt)}</td>
                <td><button type="button" onClick=${() => redrive(l)}>Re-drive</button></td></tr>`)}</tbody>
          </table>
        </div>`}
    </section>`;
}

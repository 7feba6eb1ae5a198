// The audit log: every operator change, newest first, a page at a time.
import { useState } from 'preact/hooks';
import { html } from '../ui/html.js';
import { Outcome, usePages, when } from './console.js';

export function Audit({ api }) {
  const [outcome, setOutcome] = useState(null);
  const page = usePages(api, '/audit', setOutcome);

  return html`
    <section data-testid="admin-audit" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <p class="hint">Every operator call that changed something, written with the change itself.</p>
      <${Outcome} outcome=${outcome} />
      <div class="table-wrap">
        <table>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th>
            <th scope="col">Target</th><th scope="col">Detail</th></tr></thead>
          <tbody>${page.items.map(row => html`
            <tr key=${row.id} data-testid="admin-audit-row">
              <td>${when(row.at)}</td><td>${row.actor}</td><td>${row.action}</td><td><code>${row.target}</code></td>
              <td>${Object.keys(row.detail).length ? html`<code>${JSON.stringify(row.detail)}</code>` : ''}</td>
            </tr>`)}</tbody>
        </table>
      </div>
      ${page.items.length === 0 && html`<p class="hint">Nothing yet.</p>`}
      ${page.next && html`<button type="button" onClick=${page.more}>Older</button>`}
    </section>`;
}

// Wallets: credit a user's wallet (a red-packet budget) and check that the ledger balances.
import { useState } from 'preact/hooks';
import { html, money, parseCents } from '../ui/html.js';
import { query } from './operator-api.js';
import { Outcome, attempt } from './console.js';

export function Wallets({ api }) {
  const [outcome, setOutcome] = useState(null);
  const [check, setCheck] = useState(null);

  async function credit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const username = form.get('username').trim().toLowerCase();
    const cents = parseCents(form.get('amount'));
    if (cents === null || cents === 0) {
      setOutcome({ error: true, text: 'The amount is a positive number with at most two decimals, such as 50 or 12.30.' });
      return;
    }
    const done = await attempt(setOutcome, async () => {
      const found = await api.get('/users' + query({ q: username, limit: 1 }));
      const user = found.items.find(u => u.username === username);
      if (!user) throw new Error(`There is no user ${username}.`);
      return api.post(`/wallets/${user.id}/credits`, { amountCents: cents, clientId: 'console-' + crypto.randomUUID() });
    }, wallet => `Credited ${money(cents)} to ${username}: the balance is ${money(wallet.balanceCents)}`);
    if (done) event.target.reset();
  }

  async function checkLedger() {
    const report = await attempt(setOutcome, () => api.get('/ledger/check'), 'The ledger was checked');
    if (report) setCheck(report);
  }

  return html`
    <section data-testid="admin-wallets" aria-labelledby="wallets-title">
      <h2 id="wallets-title">Wallets</h2>
      <form class="stack" onSubmit=${credit} aria-label="Credit a wallet">
        <h3>Credit a wallet</h3>
        <label>Username <input name="username" required autocapitalize="none" spellcheck="false" data-testid="admin-credit-user" /></label>
        <label>Amount <input name="amount" required inputmode="decimal" placeholder="50.00" data-testid="admin-credit-amount" /></label>
        <div class="row"><button type="submit" class="primary" data-testid="admin-credit">Credit</button></div>
      </form>
      <${Outcome} outcome=${outcome} />
      <h3>The ledger</h3>
      <p class="hint">Every transfer is two entries that cancel; the check reads them all.</p>
      <button type="button" onClick=${checkLedger} data-testid="admin-ledger-check">Check the ledger</button>
      ${check && html`
        <dl class="facts" data-testid="admin-ledger">
          <dt>Balanced</dt><dd>${check.balanced ? html`<span class="pill on">Yes</span>` : html`<span class="pill off">No</span>`}</dd>
          <dt>Transfers</dt><dd>${check.transfers}</dd>
          <dt>Sum of all entries</dt><dd>${money(check.entriesSum)}</dd>
          <dt>Unbalanced transfers</dt><dd>${check.unbalancedTransfers}</dd>
          <dt>Balances not their entries</dt><dd>${check.mismatchedBalances}</dd>
          <dt>Negative balances</dt><dd>${check.negativeBalances}</dd>
          <dt>Packets not adding up</dt><dd>${check.packetsNotAddingUp}</dd>
        </dl>`}
    </section>`;
}

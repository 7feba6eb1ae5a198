// The wallet: its balance and, where the server allows it (the demo setup), a top-up.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { html, money, parseCents } from './html.js';
import { randomId } from '../api.js';

export function Wallet({ client }) {
  const [balance, setBalance] = useState(null);
  const [error, setError] = useState(null);
  const [attempt, setAttempt] = useState(0);
  const clientId = useMemo(randomId, [attempt]);
  useEffect(() => { client.api.get('/wallet').then(w => setBalance(w.balanceCents), e => setError(e.message)); },
    [client.redpackClaims]);

  async function topUp(event) {
    event.preventDefault();
    const amountCents = parseCents(new FormData(event.target).get('amount'));
    if (!amountCents) return setError('Amount: enter an amount such as 100 or 12.50');
    try {
      setBalance((await client.api.post('/wallet/topups', { amountCents, clientId })).balanceCents);
      setError(null);
      setAttempt(n => n + 1);
      event.target.reset();
    } catch (e) {
      setError(e.code === 'TOPUPS_DISABLED' ? 'Top-ups are off on this server: money comes from your company.' : e.message);
    }
  }

  return html`
    <section class="page" aria-label="Wallet">
      <h2>Wallet</h2>
      <p class="balance">Balance <strong data-testid="wallet-balance">${balance === null ? '…' : money(balance)}</strong></p>
      <form class="row" onSubmit=${topUp}>
        <label>Top up <input name="amount" inputmode="decimal" placeholder="0.00" data-testid="topup-amount" /></label>
        <button class="button" data-testid="topup-submit">Top up</button>
      </form>
      <p class="error" role="alert">${error}</p>
    </section>`;
}

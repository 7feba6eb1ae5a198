// Red packets: sending one (amount, count, greeting), and the WeChat-like grab then open, with
// the amount received and who got how much.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { html, money, parseCents } from './html.js';
import { randomId } from '../api.js';
import { Dialog } from './dialog.js';
import { follows } from './draft.js';

export function SendRedPack({ client, c, onClose }) {
  const direct = c.kind === 'DIRECT';
  const clientId = useMemo(randomId, []);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [balance, setBalance] = useState(null);
  const [count, setCount] = useState('1');
  useEffect(() => { client.api.get('/wallet').then(w => setBalance(w.balanceCents), () => {}); }, []);

  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const totalCents = parseCents(form.get('amount'));
    const shares = direct ? 1 : Number(count);
    if (totalCents === null || totalCents < 1) return setError('Amount: enter an amount such as 8.88');
    if (!Number.isInteger(shares) || shares < 1) return setError('Count: enter a whole number of packets');
    setBusy(true);
    try {
      const greeting = form.get('greeting').trim() || undefined;
      await client.sendRedPack(c.id, { totalCents, count: shares, greeting }, clientId);
      onClose();
    } catch (e) {
      setError(e.code === 'INSUFFICIENT_FUNDS' ? 'Not enough money in your wallet: top it up first.' : e.message);
      setBusy(false);
    }
  }

  return html`
    <${Dialog} title="Send a red packet" onClose=${onClose} testId="redpack-send">
      <form onSubmit=${submit} class="stack">
        <p class="hint">Wallet balance: ${balance === null ? '…' : money(balance)}</p>
        <label>Total amount <input name="amount" inputmode="decimal" required placeholder="0.00" data-testid="redpack-amount" /></label>
        ${!direct && html`<label>Number of packets <input name="count" type="number" min="1" max=${c.memberCount} required value=${count}
            ...${follows(setCount)} data-testid="redpack-count" /></label>`}
        <label>Greeting <input name="greeting" maxlength="100" placeholder="Best wishes" data-testid="redpack-greeting" /></label>
        <p class="error" role="alert">${error}</p>
        <button type="submit" class="primary packet-submit" disabled=${busy} data-testid="redpack-submit">Put money in</button>
      </form>
    <//>`;
}

const MESSAGES = {
  SOLD_OUT: 'Too late: every packet has been taken.',
  EXPIRED: 'This red packet has expired.',
  NOT_ALLOWED: 'You sent this one: it is for the other person.',
};

export function RedPackDialog({ client, c, message, onClose }) {
  const packetId = message.redpack?.id;
  const [stage, setStage] = useState('closed');
  const [amount, setAmount] = useState(null);
  const [details, setDetails] = useState(null);
  const [note, setNote] = useState(null);
  const mine = message.senderId === client.me.id;

  const load = () => client.api.get(`/redpacks/${packetId}`).then(setDetails, e => setNote(e.message));
  useEffect(() => { load(); }, [packetId, client.redpackClaims]);
  useEffect(() => {
    const claim = details?.claims.find(x => x.userId === client.me.id);
    if (claim) { setAmount(claim.amountCents); setStage('opened'); }
  }, [details]);

  async function grab() {
    setStage('grabbing');
    try {
      await client.api.post(`/redpacks/${packetId}/grab`);
      setStage('grabbed');
    } catch (e) {
      if (e.code === 'ALREADY_GRABBED') return open();
      setNote(MESSAGES[e.code] ?? e.message);
      setStage('closed');
    }
  }

  async function open() {
    setStage('opening');
    try {
      const answer = await client.api.post(`/redpacks/${packetId}/open`);
      setAmount(answer.amountCents);
      setStage('opened');
      load();
    } catch (e) {
      setNote(MESSAGES[e.code] ?? e.message);
      setStage('closed');
    }
  }

  const over = details && details.status !== 'OPEN';
  return html`
    <${Dialog} title="Red packet" onClose=${onClose} testId="redpack-dialog">
      <div class="packet-open">
        <p class="packet-from">From ${client.nickname(message.senderId)}</p>
        <p class="packet-greeting big">${message.text}</p>
        ${stage === 'opened' && html`<p class="packet-amount" data-testid="redpack-amount-received">${money(amount)}</p>`}
        ${note && html`<p class="hint" role="status">${note}</p>`}
        ${stage === 'closed' && !over && !note && !(mine && c.kind === 'DIRECT') && html`
          <button type="button" class="grab" data-testid="redpack-grab" onClick=${grab}>Grab</button>`}
        ${(stage === 'grabbed' || stage === 'opening') && html`
          <button type="button" class="grab open" data-testid="redpack-open" onClick=${open} disabled=${stage === 'opening'}>Open</button>`}
      </div>
      ${details && html`<${Claims} client=${client} details=${details} />`}
    <//>`;
}

function Claims({ client, details }) {
  const status = details.status === 'EXPIRED' ? `Expired, ${money(details.refundedCents)} returned`
    : `${details.count - details.remainingCount} of ${details.count} opened, ${money(details.totalCents - details.remainingCents)} of ${money(details.totalCents)}`;
  return html`
    <section class="claims" aria-label="Who opened it">
      <p class="hint">${status}</p>
      <ul data-testid="redpack-claims">
        ${details.claims.map(x => html`<li><span>${client.nickname(x.userId)}</span><span>${money(x.amountCents)}</span></li>`)}
      </ul>
    </section>`;
}

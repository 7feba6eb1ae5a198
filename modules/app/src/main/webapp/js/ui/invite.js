// An invite link for owners and admins, shown as text to copy and as a QR code drawn in the
// page (qrcodejs, from its jar), for a phone camera to open.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from './html.js';

export function Invite({ client, groupId }) {
  const [invite, setInvite] = useState(null);
  const [error, setError] = useState(null);
  const [copied, setCopied] = useState(false);
  const qr = useRef(null);
  const link = invite && `${location.origin}/#/join/${encodeURIComponent(invite.code)}`;

  useEffect(() => {
    if (!link || !qr.current) return;
    qr.current.replaceChildren();
    new window.QRCode(qr.current, { text: link, width: 200, height: 200, correctLevel: window.QRCode.CorrectLevel.M });
  }, [link]);

  async function create() {
    setError(null);
    try { setInvite(await client.api.post(`/groups/${groupId}/invites`, {})); } catch (e) { setError(e.message); }
  }

  async function copy() {
    try { await navigator.clipboard.writeText(link); setCopied(true); } catch { setCopied(false); }
  }

  return html`
    <section aria-label="Invite link" class="invite">
      <h3>Invite link</h3>
      <button type="button" class="button" onClick=${create} data-testid="create-invite">${invite ? 'New link' : 'Create a link'}</button>
      <p class="error" role="alert">${error}</p>
      ${invite && html`
        <p><input readonly value=${link} aria-label="Invite link" data-testid="invite-link" onFocus=${e => e.target.select()} />
          <button type="button" class="link" onClick=${copy}>${copied ? 'Copied' : 'Copy'}</button></p>
        <p class="hint">Valid until ${new Date(invite.expiresAt).toLocaleString()}</p>`}
      <div class="qr" ref=${qr} data-testid="invite-qr" role=${invite ? 'img' : undefined}
           aria-label=${invite ? 'QR code of the invite link' : undefined}></div>
    </section>`;
}

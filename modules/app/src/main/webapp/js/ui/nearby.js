// Face to face: everyone within 50 m types the same 4 digits, sees the others arrive, and enters
// one group together. The position comes from the browser and is sent once, with the code.
import { useEffect, useState } from 'preact/hooks';
import { html, initials } from './html.js';

export function Nearby({ client }) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => () => client.nearby.leave(), []);
  const room = client.nearby.room;

  async function find(event) {
    event.preventDefault();
    const code = new FormData(event.target).get('code').trim();
    if (!/^\d{4}$/.test(code)) return setError('Code: type 4 digits');
    setBusy(true);
    setError(null);
    try {
      const { latitude: lat, longitude: lon } = await position();
      client.nearby.opened(await client.api.post('/nearby/rooms', { code, lat, lon }));
      client.changed();
    } catch (e) {
      setError(e.code === 1 ? 'Allow this page to use your location to find people near you.' : e.message);
    } finally {
      setBusy(false);
    }
  }

  async function enter() {
    try {
      const { groupId } = await client.api.post(`/nearby/rooms/${room.roomId}/enter`);
      await client.refreshConversations();
      location.hash = `#/c/${groupId}`;
    } catch (e) {
      setError(e.status === 404 ? 'The room has closed: start again.' : e.message);
    }
  }

  return html`
    <section class="page" aria-label="Face to face group">
      <h2>Face to face group</h2>
      <p class="hint">Agree on 4 digits with the people next to you; everyone within 50 m who types them joins the same group.</p>
      <form class="row" onSubmit=${find}>
        <label>Code <input name="code" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required data-testid="nearby-code" /></label>
        <button class="primary" disabled=${busy} data-testid="nearby-find">${busy ? 'Locating…' : 'Find'}</button>
      </form>
      <p class="error" role="alert">${error}</p>
      ${room && html`
        <div aria-live="polite">
          <h3>In the room (${room.members.length})</h3>
          <ul class="nearby-members" data-testid="nearby-members">
            ${room.members.map(m => html`<li><span class="avatar" aria-hidden="true">${initials(m.nickname)}</span>${m.nickname}</li>`)}
          </ul>
          <button type="button" class="primary" onClick=${enter} data-testid="nearby-enter">Enter the group</button>
        </div>`}
    </section>`;
}

function position() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) return reject(new Error('This browser cannot tell where you are.'));
    navigator.geolocation.getCurrentPosition(p => resolve(p.coords), reject, { enableHighAccuracy: true, timeout: 15_000 });
  });
}

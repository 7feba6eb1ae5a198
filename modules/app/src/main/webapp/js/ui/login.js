// Sign in, or create an account and sign in with it.
import { useState } from 'preact/hooks';
import { html } from './html.js';

export function Login({ client }) {
  const [mode, setMode] = useState('login');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  async function submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    setBusy(true);
    setError(null);
    try {
      if (mode === 'login') await client.login(form.get('username').trim(), form.get('password'));
      else await client.register(form.get('username').trim(), form.get('password'), form.get('nickname').trim());
    } catch (e) {
      setError(e.status === 401 ? 'Wrong username or password.' : e.message);
      setBusy(false);
    }
  }

  const signUp = mode === 'register';
  return html`
    <main class="login">
      <h1>Chat</h1>
      <form onSubmit=${submit} aria-describedby="login-error">
        <h2>${signUp ? 'Create an account' : 'Sign in'}</h2>
        <label>Username
          <input name="username" data-testid="login-username" autocomplete="username" required
                 autocapitalize="none" spellcheck="false" />
        </label>
        ${signUp && html`<label>Name shown to others <input name="nickname" required maxlength="64" /></label>`}
        <label>Password
          <input name="password" type="password" data-testid="login-password" required minlength="8"
                 autocomplete=${signUp ? 'new-password' : 'current-password'} />
        </label>
        <p id="login-error" class="error" role="alert">${error}</p>
        <button type="submit" class="primary" data-testid="login-submit" disabled=${busy}>
          ${signUp ? 'Create account' : 'Sign in'}
        </button>
        <button type="button" class="link" onClick=${() => { setMode(signUp ? 'login' : 'register'); setError(null); }}>
          ${signUp ? 'I have an account' : 'Create an account'}
        </button>
      </form>
    </main>`;
}

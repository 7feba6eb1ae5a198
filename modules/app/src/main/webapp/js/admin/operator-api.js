// The operator API with the key the operator typed: kept in sessionStorage, so it lasts as long as
// the tab and no other tab or later visit sees it. Error bodies become ApiError, as in the client.
import { ApiError } from '../api.js';

const KEY = 'chat.operator-key';

export class OperatorApi {
  constructor(base = '/api/v1/admin') {
    this.base = base;
    this.key = sessionStorage.getItem(KEY);
    this.onRefused = () => {};
  }

  get signedIn() {
    return !!this.key;
  }

  /** Checks the key with a harmless read before keeping it. */
  async signIn(key) {
    this.key = key;
    try {
      await this.get('/system');
      sessionStorage.setItem(KEY, key);
    } catch (e) {
      this.key = null;
      throw e;
    }
  }

  signOut() {
    this.key = null;
    sessionStorage.removeItem(KEY);
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body); }
  patch(path, body) { return this.request('PATCH', path, body); }
  delete(path, body) { return this.request('DELETE', path, body); }

  async request(method, path, body) {
    const headers = { Accept: 'application/json', 'X-Api-Key': this.key ?? '' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (response.ok) return json;
    const error = json?.error ?? { code: 'HTTP_' + response.status, message: `The server answered ${response.status}` };
    if (response.status === 401 && this.key) {
      this.signOut();
      this.onRefused();
    }
    throw new ApiError(response.status, error.code, error.message);
  }
}

/** A query string of the given parameters, leaving out the empty ones. */
export function query(params) {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return kept.length ? '?' + new URLSearchParams(kept).toString() : '';
}

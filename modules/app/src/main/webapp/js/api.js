// The REST half of the contract: one place that adds the token, parses answers and turns
// error bodies ({"error": {code, message}}) into ApiError.

const SESSION_KEY = 'chat.session';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class Api {
  constructor(base = '/api/v1') {
    this.base = base;
    this.session = JSON.parse(localStorage.getItem(SESSION_KEY) || 'null');
    this.onUnauthenticated = () => {};
  }

  get loggedIn() {
    return this.session !== null && new Date(this.session.expiresAt) > new Date();
  }

  async register(username, password, nickname) {
    return this.request('POST', '/users', { username, password, nickname });
  }

  async login(username, password) {
    const session = await this.request('POST', '/sessions',
      { username, password, deviceId: deviceId(), deviceName: deviceName() });
    this.session = session;
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    return session;
  }

  async logout() {
    try {
      await this.request('DELETE', '/sessions/current');
    } finally {
      this.forget();
    }
  }

  forget() {
    this.session = null;
    localStorage.removeItem(SESSION_KEY);
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body); }
  put(path, body) { return this.request('PUT', path, body); }
  patch(path, body) { return this.request('PATCH', path, body); }
  delete(path) { return this.request('DELETE', path); }

  async request(method, path, body, timeoutMillis) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.session) headers.Authorization = `Bearer ${this.session.token}`;
    const response = await fetch(this.base + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      signal: timeoutMillis ? AbortSignal.timeout(timeoutMillis) : undefined,
    });
    return this.answer(response.status, await response.text());
  }

  /** Uploads a file as raw bytes, reporting progress as a fraction; answers the media object. */
  upload(file, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${this.base}/media`);
      xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
      xhr.setRequestHeader('Authorization', `Bearer ${this.session.token}`);
      xhr.upload.onprogress = e => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => {
        try { resolve(this.answer(xhr.status, xhr.responseText)); } catch (e) { reject(e); }
      };
      xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'The upload was cut off'));
      xhr.send(file);
    });
  }

  answer(status, text) {
    const json = parseJson(text);
    if (status >= 200 && status < 300) return json;
    const error = json?.error ?? { code: 'HTTP_' + status, message: `The server answered ${status}` };
    if (status === 401 && this.session) this.onUnauthenticated();
    throw new ApiError(status, error.code, error.message);
  }
}

/** The body as JSON, or null (a proxy's or a stopped server's error page is HTML). */
function parseJson(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** One id per browser profile, so the server counts this browser as one device across logins. */
function deviceId() {
  let id = localStorage.getItem('chat.device');
  if (!id) {
    id = 'web-' + randomId().slice(0, 24);
    localStorage.setItem('chat.device', id);
  }
  return id;
}

function deviceName() {
  const agent = navigator.userAgent;
  const browser = /Edg\//.test(agent) ? 'Edge' : /Chrom/.test(agent) ? 'Chrome'
    : /Firefox/.test(agent) ? 'Firefox' : /Safari/.test(agent) ? 'Safari' : 'Browser';
  return `${browser} on the web`;
}

/** A random id (crypto.randomUUID exists only on secure origins, a company LAN may be plain http). */
export function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

// Notifications while the user is away from the page: a Web Push subscription for when no tab is
// open (the service worker shows those), and the page's own notification while a tab is open but
// hidden. Nothing asks for permission until the user turns notifications on.

const STORED = 'chat.notifications';

export class Notifications {
  constructor(api) {
    this.api = api;
  }

  /** A click on a notification while a tab is open: the service worker asks the tab to open that conversation. */
  followClicks() {
    const container = navigator.serviceWorker;
    if (!container) return;
    container.addEventListener('message', event => {
      if (event.data?.type !== 'open') return;
      const url = new URL(event.data.url, location.origin);
      if (url.origin === location.origin) location.hash = url.hash;
    });
    container.startMessages();
  }

  /** Whether this browser can do it at all (a secure page with service workers and push). */
  get supported() {
    return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }

  /** On: the user turned them on here, and the browser still lets us. */
  get enabled() {
    return this.supported && localStorage.getItem(STORED) === 'on' && Notification.permission === 'granted';
  }

  /** Asks for permission (only now, on the user's click), subscribes this device and tells the server. */
  async enable() {
    if (!this.supported) throw new Error('This browser cannot show notifications');
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') throw new Error('Notifications are blocked for this site in the browser');
    const registration = await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
    const { publicKey } = await this.api.get('/push/vapid-key');
    const subscription = await registration.pushManager.getSubscription()
      ?? await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(publicKey) });
    const json = subscription.toJSON();
    await this.api.put('/devices/current/push', { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth });
    localStorage.setItem(STORED, 'on');
  }

  async disable() {
    localStorage.removeItem(STORED);
    await this.api.delete('/devices/current/push').catch(() => {});
    const registration = await navigator.serviceWorker?.getRegistration('/');
    const subscription = await registration?.pushManager.getSubscription();
    await subscription?.unsubscribe();
  }

  /** After a login: a device that had them on subscribes again under the new session. */
  async resume() {
    if (this.enabled) await this.enable().catch(() => {});
  }

  /**
   * While the tab is hidden: the page shows new messages itself (the socket is still live, so no
   * push comes), through the service worker like a push (Android's Chrome has no page
   * notifications), so a click routes the same way.
   */
  async showIfHidden(title, body, conversationId) {
    if (!this.enabled || !document.hidden) return;
    try {
      const registration = await navigator.serviceWorker.getRegistration('/');
      await registration?.showNotification(title, {
        body, tag: `conversation-${conversationId}`, renotify: true,
        data: { url: `/#/c/${conversationId}`, conversationId },
      });
    } catch (e) {
      console.warn('could not show a notification', e);
    }
  }
}

/** A base64url VAPID key as the bytes pushManager.subscribe takes. */
function bytes(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), c => c.charCodeAt(0));
}

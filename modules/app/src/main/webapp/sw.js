// The service worker: shows each push as a notification (the conversation as its title, the
// sender and preview, or "New message", as its body; one per conversation, the newest replacing
// the last), and opens the conversation on a click: in an open tab of the chat when there is one
// (Notifications.followClicks routes it), else in a new window.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('push', event => {
  let push = {};
  try {
    push = event.data ? event.data.json() : {};
  } catch (e) {
    push = {};
  }
  const title = push.title || 'Chat';
  event.waitUntil(self.registration.showNotification(title, {
    body: push.body || 'New message',
    tag: push.conversationId ? `conversation-${push.conversationId}` : 'chat',
    renotify: true,
    data: { url: push.url || '/', conversationId: push.conversationId },
  }));
});

self.addEventListener('notificationclick', event => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || '/', self.location.origin).href;
  event.waitUntil((async () => {
    const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const tab = tabs.find(t => new URL(t.url).origin === self.location.origin);
    if (!tab) return self.clients.openWindow(target);
    // The open tab routes itself (no reload, and a tab this worker does not control yet obeys too);
    // a browser may refuse the focus, which must not stop the route.
    tab.postMessage({ type: 'open', url: target });
    return tab.focus().catch(() => {});
  })());
});

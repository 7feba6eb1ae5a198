package chat.push.internal.domain;

/** How a push leaves: to the device's Web Push service, or to the company's own gateway (the webhook). */
public enum Channel { WEB_PUSH, WEBHOOK }

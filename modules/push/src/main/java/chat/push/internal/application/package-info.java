/** The push use cases: subscriptions, and the pipeline from a stored message to the pushes it causes. */
package chat.push.internal.application;

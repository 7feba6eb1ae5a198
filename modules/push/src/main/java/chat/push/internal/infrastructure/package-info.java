/** Push on PostgreSQL, Artemis, the JDK's HTTP client and zerodep's Web Push encryption and VAPID. */
package chat.push.internal.infrastructure;

/** The word list and the hits in PostgreSQL, the list's changes over the broker, the company's moderation service over HTTP. */
package chat.moderation.internal.infrastructure;

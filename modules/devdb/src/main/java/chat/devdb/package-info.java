/**
 * A PostgreSQL for machines that have none: {@code bin/chat-server} starts
 * {@link chat.devdb.EmbeddedPostgres} when {@code CHAT_DB_URL} is unset and nothing answers on
 * 127.0.0.1:5432, so a fresh machine needs only a JDK to run the demo server. It runs the zonky
 * PostgreSQL binaries (from Maven Central) as a separate process with its data kept under
 * {@code var/}. Not deployed, and not for production: production points {@code CHAT_DB_URL} at a
 * real PostgreSQL.
 */
package chat.devdb;

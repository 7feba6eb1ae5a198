/** The content-addressed file store, the metadata in PostgreSQL (schema {@code media}), Tika sniffing, image and video probes. */
package chat.media.internal.infrastructure;

/** Media rules: the kinds, the types sniffed from the bytes, size and dimension limits; the ports of files and their metadata. */
package chat.media.internal.domain;

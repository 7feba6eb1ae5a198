/** The media REST resource: upload, download with ranges, thumbnails. */
package chat.media.internal.interfaces;

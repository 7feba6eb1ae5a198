/** What the media module does: upload (streamed, sniffed, stored), thumbnails off the request thread, downloads for those allowed, the sweep of unposted uploads. */
package chat.media.internal.application;

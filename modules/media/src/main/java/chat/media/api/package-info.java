/** What other modules may ask of media: attach an upload to a message, and describe media for clients. */
package chat.media.api;

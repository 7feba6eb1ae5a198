/** The operator API of the content policy: the word list and the hits. */
package chat.moderation.internal.interfaces;

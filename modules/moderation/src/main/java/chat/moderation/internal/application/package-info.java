/** Content policy use cases: screening a text, keeping the word list, reading the hits. */
package chat.moderation.internal.application;

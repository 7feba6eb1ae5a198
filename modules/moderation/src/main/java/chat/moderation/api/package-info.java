/**
 * What other modules ask of the moderation module: {@link chat.moderation.api.ContentPolicy}, the
 * company's content policy, which every text a user writes passes before it is stored.
 */
package chat.moderation.api;

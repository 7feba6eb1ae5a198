/**
 * Content policy rules: how a text is read (folded, its letters only), how listed words are found in
 * it as words, what is refused and what is masked; and the stores of the list and of the hits.
 */
package chat.moderation.internal.domain;

/**
 * The groups module's rules: valid names, caps and mutes, who may act on whom, and the
 * repositories of conversations and members.
 */
package chat.groups.internal.domain;

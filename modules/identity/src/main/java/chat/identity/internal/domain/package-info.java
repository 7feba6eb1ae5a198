/**
 * Identity's rules: what a valid username, password and nickname are, how passwords are hashed,
 * and the repositories of accounts, devices and contacts.
 */
package chat.identity.internal.domain;

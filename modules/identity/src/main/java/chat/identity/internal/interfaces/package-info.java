/**
 * Identity's REST resources and the request filters that authenticate users (bearer tokens) and
 * operators (the API key).
 */
package chat.identity.internal.interfaces;

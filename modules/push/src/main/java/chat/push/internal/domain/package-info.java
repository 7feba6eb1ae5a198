/** Push rules: which endpoints a device may name, which keys it must give, who hears of a message, and what a push says. */
package chat.push.internal.domain;

/** Face-to-face rules: a 4-digit code, a position on Earth, 50 m by haversine, and the rooms people share. */
package chat.nearby.internal.domain;

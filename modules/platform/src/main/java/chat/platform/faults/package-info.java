/**
 * Surviving faults: backoff while a part (the broker, the database) refuses, and crash points where a
 * crash test makes the node die on purpose, to prove that what a real crash there leaves is recovered.
 */
package chat.platform.faults;

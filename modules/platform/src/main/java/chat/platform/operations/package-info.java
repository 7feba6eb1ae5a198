/**
 * The operator API of the platform's own parts: dead letters to look at and re-drive.
 */
package chat.platform.operations;

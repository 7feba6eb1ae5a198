/**
 * Typed failures shared by every module: each maps to one contract error code and HTTP status.
 */
package chat.platform.errors;

/**
 * Where the server keeps its own state on disk, and configuration shared by every module.
 */
package chat.platform.config;

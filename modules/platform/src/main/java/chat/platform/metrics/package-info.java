/** The server's {@code chat_} figures on {@code /metrics}, for any module to count with. */
package chat.platform.metrics;

/**
 * A load generator for the chat server's REST and WebSocket API, run from the command line
 * ({@link chat.loadtest.LoadTest}) against a server on this machine only.
 *
 * <p>Each scenario sets up its own users through the operator API, drives one path of the server
 * with a bounded number of requests from a fixed number of threads, and prints a Markdown table
 * of throughput and latency percentiles ({@link chat.loadtest.Stats}) with the exact parameters
 * of the run. Every loop stops at its count or at the scenario's time limit, whichever comes
 * first. The module is a tool, not part of the deployed server.
 */
package chat.loadtest;

/** What the redpack module does: wallets, top-ups and credits, send, grab, open, credit, expiry, the ledger check. */
package chat.redpack.internal.application;

/**
 * What the redpack module offers other modules: the double-entry wallet ledger, red packets, their random split, claims and refunds.
 * Its service interfaces, records and event types arrive with the issue that builds the module.
 */
package chat.redpack.api;

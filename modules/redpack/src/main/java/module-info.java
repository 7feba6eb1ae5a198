/**
 * The redpack module: the double-entry wallet ledger, red packets, their random split, claims and refunds. Other modules see only {@code chat.redpack.api}.
 */
module chat.redpack {
    // "exports chat.redpack.api;" comes with the module's first api type: an empty package cannot be exported.

    requires chat.platform;
}

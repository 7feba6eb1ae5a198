package chat.redpack.internal.domain;

/** Why money moved. */
public enum TransferKind { TOPUP, CREDIT, SEND, CLAIM, REFUND }

-- The money in escrow (chat_redpack_escrow_cents on /metrics, read at every scrape): the escrows
-- still holding money, a few per open packet, whatever the number of packets ever sent.
CREATE INDEX accounts_holding_escrow ON accounts (id) INCLUDE (balance_cents) WHERE kind = 'ESCROW' AND balance_cents > 0;

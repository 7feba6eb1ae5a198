-- The company's content policy (ADR 0019): the word list the operator keeps, and the record of
-- every text it refused or masked. A word is keyed by its folded letters (FoldedText), so two
-- spellings that read alike ("ＢＡＤ", "b-a-d", "bad") are one entry.

CREATE TABLE words (
    key      TEXT        PRIMARY KEY,
    word     TEXT        NOT NULL,
    action   TEXT        NOT NULL CHECK (action IN ('BLOCK', 'MASK')),
    added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    added_by TEXT        NOT NULL
);

-- One row a listed word found (or a verdict of the company's moderation service) in a text that
-- was refused or masked: who, where, which rule, when. The text only when CHAT_MODERATION_RECORD_TEXT is on.
CREATE TABLE hits (
    id              BIGSERIAL   PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    user_id         TEXT        NOT NULL,
    place           TEXT        NOT NULL,
    conversation_id TEXT,
    action          TEXT        NOT NULL CHECK (action IN ('BLOCK', 'MASK')),
    word            TEXT,
    service_reason  TEXT,
    text            TEXT,
    CHECK ((word IS NULL) <> (service_reason IS NULL))
);

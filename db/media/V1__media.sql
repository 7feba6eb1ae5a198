-- Media metadata; the bytes live apart, content-addressed by sha256 (several uploads of the same
-- bytes share one stored file). A thumbnail (images) or poster (videos) is stored the same way.
CREATE TABLE files (
    id              TEXT        PRIMARY KEY,
    uploader_id     TEXT        NOT NULL,
    kind            TEXT        NOT NULL CHECK (kind IN ('IMAGE', 'AUDIO', 'VIDEO')),
    content_type    TEXT        NOT NULL,
    size            BIGINT      NOT NULL CHECK (size > 0),
    sha256          TEXT        NOT NULL,
    width           INTEGER,
    height          INTEGER,
    duration_ms     BIGINT,
    thumbnail_sha256 TEXT,
    thumbnail_type  TEXT,
    thumbnail_size  BIGINT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX files_by_sha256 ON files (sha256);
CREATE INDEX files_by_thumbnail ON files (thumbnail_sha256);

-- Where a file was posted: its uploader and the members of these conversations may download it.
CREATE TABLE postings (
    media_id        TEXT NOT NULL REFERENCES files (id),
    conversation_id TEXT NOT NULL,
    PRIMARY KEY (media_id, conversation_id)
);

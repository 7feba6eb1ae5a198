-- The console's chart of the last hour (issue #22): each node writes what its metrics read, once a
-- minute, and removes its own samples older than two hours. The messages counter is the node's
-- total since it started, so a chart takes differences between a node's samples.
CREATE TABLE metric_samples (
    node            TEXT        NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    messages_stored BIGINT      NOT NULL,  -- chat_messages_stored_total on that node
    connections     INTEGER     NOT NULL,  -- chat_connections_open on that node
    PRIMARY KEY (node, at)
);
CREATE INDEX metric_samples_by_time ON metric_samples (at);

-- node_view.token_sha256 is kept only for nodes registered before token digests left the event
-- log; newer nodes have none (their keyed digest is in node_credential).
ALTER TABLE node_view ALTER COLUMN token_sha256 DROP NOT NULL;

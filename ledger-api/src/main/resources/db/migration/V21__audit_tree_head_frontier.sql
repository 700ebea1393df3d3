-- Each new tree head keeps the frontier of its tree: the roots of the perfect subtrees that make its leaves, largest
-- first, 32 bytes each (MerkleTree.Frontier). The next head starts from it and hashes only the leaves appended since,
-- instead of reading every leaf of the log. It is not signed and is not evidence: it is used only when it folds to
-- the head's signed root. Heads issued before this column have none; the next head then reads the log once.
ALTER TABLE audit_tree_head ADD COLUMN frontier BYTEA;

-- Grains found by their key: a challenge reads its bids, a provider its bids, straight from the rows their grains
-- wrote (IStoredStates), so a bid is one write and nothing else has to remember it. SQLite compares text byte-wise
-- (BINARY), so a key prefix is one range of this index.
CREATE INDEX IF NOT EXISTS IX_OrleansStorage_Keys ON OrleansStorage (ServiceId, GrainTypeString, GrainIdExtensionString COLLATE BINARY);

-- Grains found by their key: a challenge reads its bids, a provider its bids, straight from the rows their grains
-- wrote (IStoredStates), so a bid is one write and nothing else has to remember it. The keys are compared byte-wise
-- (COLLATE "C"), whatever the database's collation, so a key prefix is one range of the first index, and a key
-- suffix (a provider's bids: {tenant}/{challenge}/{provider}) one range of the second, over the keys reversed.
CREATE INDEX IF NOT EXISTS IX_OrleansStorage_Keys ON OrleansStorage
    (ServiceId, GrainTypeString, (GrainIdExtensionString COLLATE "C"));

CREATE INDEX IF NOT EXISTS IX_OrleansStorage_ReversedKeys ON OrleansStorage
    (ServiceId, GrainTypeString, (reverse(GrainIdExtensionString) COLLATE "C"));

"""The ground: the row model with its lineage and ids, the cell text rules, and the one error
hierarchy. It imports nothing of ours; every other package stands on it."""

// Creates or replaces entity nodes: `row.props` is the whole property set, so a property removed
// from the facts disappears from the graph on the next load.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.props, n.id = row.id
RETURN count(n) AS count

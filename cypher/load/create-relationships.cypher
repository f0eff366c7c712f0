// Endpoints are looked up through the :Entity id constraint. The caller compares the count with
// the number of rows: a missing endpoint fails the load instead of dropping a fact silently.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS count

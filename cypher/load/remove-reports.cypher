// After delete-report-facts removed the reports' facts: deletes the report nodes, except those that
// curated evidence cites (`$kept`), which stay without their loaded facts and without `factsDigest`
// (so they count as no longer loaded).
UNWIND $reports AS id
MATCH (rep:Report {id: id})
WITH rep, id IN $kept AS kept
CALL (rep, kept) {
  WITH rep WHERE kept
  REMOVE rep.factsDigest
  RETURN 0 AS deleted
  UNION
  WITH rep WHERE NOT kept
  DETACH DELETE rep
  RETURN 1 AS deleted
}
RETURN sum(deleted) AS deleted

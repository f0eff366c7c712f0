// Removes every fact the given reports stated (each relationship type has an index on `report`;
// PUBLISHED is reached through the report node's id), then the entities left with no relationship at
// all. Reloading reports is delete + create in one transaction.
UNWIND $reports AS report
CALL (report) {
  MATCH ()-[r:PUBLISHED]->(:Report {id: report}) WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:SUBSIDIARY_OF]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:HOLDS_CERTIFICATION]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:MEMBER_OF]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:RUNS]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:IN_PARTNERSHIP_WITH]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:ADVANCES]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:PARTNERS_WITH]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:SUPPLIED_BY]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:REQUIRES_OF_SUPPLIERS]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:FOLLOWS]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:SUPPORTS]->() WHERE r.report = report RETURN r
  UNION ALL MATCH ()-[r:REPORTED]->() WHERE r.report = report RETURN r
}
WITH r, [startNode(r), endNode(r)] AS ends
DELETE r
WITH count(r) AS deleted, collect(ends) AS touched
UNWIND touched AS ends
UNWIND ends AS n
WITH DISTINCT deleted, n
WHERE (n:Alliance OR n:Organization OR n:Programme OR n:Requirement OR n:Company) AND NOT (n)--()
DETACH DELETE n
RETURN count(*) AS orphans

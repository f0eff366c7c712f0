// Curation writes (`curated: true`) whose evidence cites any of the given reports. They are never
// removed with a report: the caller reports them, and keeps the report node they cite.
MATCH (a)-[r]->(b)
WHERE r.curated = true AND any(cited IN coalesce(r.evidenceReports, []) WHERE cited IN $reports)
RETURN type(r) AS type, a.id AS from, b.id AS to, [cited IN r.evidenceReports WHERE cited IN $reports] AS reports
ORDER BY type, from, to

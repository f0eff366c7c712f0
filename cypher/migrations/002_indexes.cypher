// Sorting and filtering by name, code and year; matching by simplified Chinese name.
CREATE RANGE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE RANGE INDEX company_name_zh_hans IF NOT EXISTS FOR (n:Company) ON (n.nameZhHans);
CREATE RANGE INDEX standard_code IF NOT EXISTS FOR (n:Standard) ON (n.code);
CREATE RANGE INDEX standard_category IF NOT EXISTS FOR (n:Standard) ON (n.category);
CREATE RANGE INDEX alliance_name IF NOT EXISTS FOR (n:Alliance) ON (n.name);
CREATE RANGE INDEX alliance_name_zh_hans IF NOT EXISTS FOR (n:Alliance) ON (n.nameZhHans);
CREATE RANGE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE RANGE INDEX organization_name_zh_hans IF NOT EXISTS FOR (n:Organization) ON (n.nameZhHans);
CREATE RANGE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE RANGE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE RANGE INDEX framework_name IF NOT EXISTS FOR (n:Framework) ON (n.name);
CREATE TEXT INDEX company_name_text IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE TEXT INDEX alliance_name_text IF NOT EXISTS FOR (n:Alliance) ON (n.name);
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX programme_name_text IF NOT EXISTS FOR (n:Programme) ON (n.name);

// Every fact relationship records the report it comes from; reloading a report replaces its facts.
CREATE RANGE INDEX holds_certification_report IF NOT EXISTS FOR ()-[r:HOLDS_CERTIFICATION]-() ON (r.report);
CREATE RANGE INDEX member_of_report IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.report);
CREATE RANGE INDEX runs_report IF NOT EXISTS FOR ()-[r:RUNS]-() ON (r.report);
CREATE RANGE INDEX in_partnership_with_report IF NOT EXISTS FOR ()-[r:IN_PARTNERSHIP_WITH]-() ON (r.report);
CREATE RANGE INDEX advances_report IF NOT EXISTS FOR ()-[r:ADVANCES]-() ON (r.report);
CREATE RANGE INDEX partners_with_report IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.report);
CREATE RANGE INDEX supplied_by_report IF NOT EXISTS FOR ()-[r:SUPPLIED_BY]-() ON (r.report);
CREATE RANGE INDEX requires_of_suppliers_report IF NOT EXISTS FOR ()-[r:REQUIRES_OF_SUPPLIERS]-() ON (r.report);
CREATE RANGE INDEX follows_report IF NOT EXISTS FOR ()-[r:FOLLOWS]-() ON (r.report);
CREATE RANGE INDEX supports_report IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.report);
CREATE RANGE INDEX reported_report IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.report);
CREATE RANGE INDEX reported_year IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.year);
CREATE RANGE INDEX subsidiary_of_report IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.report);

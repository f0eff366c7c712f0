/**
 * Which relationship each list field and each list filter of the schema walks, so the estimate can
 * price it with the graph's degree statistics. Keyed by schema coordinates (`Type.field`,
 * `InputType.field`); a unit test checks that every object-list field of the schema is here.
 */
export interface Fanout {
  /** Label of the node the walk starts from. */
  from: string;
  type: string;
  direction: 'out' | 'in';
}

const out = (from: string, type: string): Fanout => ({ from, type, direction: 'out' });
const into = (from: string, type: string): Fanout => ({ from, type, direction: 'in' });

/** Object lists and connections of entity types. */
export const FANOUTS: Record<string, Fanout> = {
  'Company.certifications': out('Company', 'HOLDS_CERTIFICATION'),
  'Company.memberships': out('Company', 'MEMBER_OF'),
  'Company.programmes': out('Company', 'RUNS'),
  'Company.partners': out('Company', 'PARTNERS_WITH'),
  'Company.suppliers': out('Company', 'SUPPLIED_BY'),
  'Company.supplierRequirements': out('Company', 'REQUIRES_OF_SUPPLIERS'),
  'Company.sdgs': out('Company', 'SUPPORTS'),
  'Company.metrics': out('Company', 'REPORTED'),
  'Company.reports': out('Company', 'PUBLISHED'),
  'Company.parents': out('Company', 'SUBSIDIARY_OF'),
  'Company.subsidiaries': into('Company', 'SUBSIDIARY_OF'),
  'Standard.holders': into('Standard', 'HOLDS_CERTIFICATION'),
  'Standard.requiredBy': into('Standard', 'REQUIRES_OF_SUPPLIERS'),
  'Alliance.members': into('Alliance', 'MEMBER_OF'),
  'Organization.suppliesTo': into('Organization', 'SUPPLIED_BY'),
  'Organization.partnerOf': into('Organization', 'PARTNERS_WITH'),
  'Organization.programmes': into('Organization', 'IN_PARTNERSHIP_WITH'),
  'Programme.runBy': into('Programme', 'RUNS'),
  'Programme.partners': out('Programme', 'IN_PARTNERSHIP_WITH'),
  'Programme.sdgs': out('Programme', 'ADVANCES'),
  'Report.frameworks': out('Report', 'FOLLOWS'),
  'Report.frameworkReferences': out('Report', 'FOLLOWS'),
  'Framework.reports': into('Framework', 'FOLLOWS'),
  'SDG.supporters': into('SDG', 'SUPPORTS'),
  'SDG.programmes': into('SDG', 'ADVANCES'),
  'Metric.values': into('Metric', 'REPORTED'),
};

/** Filters that test relationships of each candidate (`some`/`none`/`all`, and the custom ones). */
export const FILTER_RELATIONS: Record<string, Fanout> = {
  'CompanyWhere.certifications': out('Company', 'HOLDS_CERTIFICATION'),
  'CompanyWhere.memberships': out('Company', 'MEMBER_OF'),
  'CompanyWhere.programmes': out('Company', 'RUNS'),
  'CompanyWhere.partners': out('Company', 'PARTNERS_WITH'),
  'CompanyWhere.holdsStandards': out('Company', 'HOLDS_CERTIFICATION'),
  'CompanyWhere.hasReports': out('Company', 'PUBLISHED'),
  'StandardWhere.holders': into('Standard', 'HOLDS_CERTIFICATION'),
  'AllianceWhere.members': into('Alliance', 'MEMBER_OF'),
  'ProgrammeWhere.partners': out('Programme', 'IN_PARTNERSHIP_WITH'),
  'ProgrammeWhere.sdg': out('Programme', 'ADVANCES'),
  'ReportWhere.publishedBy': into('Report', 'PUBLISHED'),
};

/** Filter fields stored under another property name (the simplified form of a Chinese name). */
export const FILTER_PROPERTIES: Record<string, string> = { nameZh: 'nameZhHans' };

/** The walks of `Company.peers` by dimension: from a company to the shared items, and from them to other companies. */
export const PEER_PATHS: Record<string, Fanout[]> = {
  STANDARDS: [out('Company', 'HOLDS_CERTIFICATION'), into('Standard', 'HOLDS_CERTIFICATION')],
  ALLIANCES: [out('Company', 'MEMBER_OF'), into('Alliance', 'MEMBER_OF')],
  SUPPLIERS: [out('Company', 'SUPPLIED_BY'), into('Organization', 'SUPPLIED_BY')],
  PARTNERS: [out('Company', 'PARTNERS_WITH'), into('Organization', 'PARTNERS_WITH')],
  PROGRAMME_PARTNERS: [out('Company', 'RUNS'), out('Programme', 'IN_PARTNERSHIP_WITH'), into('Organization', 'IN_PARTNERSHIP_WITH'), into('Programme', 'RUNS')],
  FRAMEWORKS: [out('Company', 'PUBLISHED'), out('Report', 'FOLLOWS'), into('Framework', 'FOLLOWS'), into('Report', 'PUBLISHED')],
  SDGS: [out('Company', 'SUPPORTS'), into('SDG', 'SUPPORTS')],
};

/** Every walk the statistics must know the degrees of. */
export const ALL_FANOUTS: Fanout[] = [...Object.values(FANOUTS), ...Object.values(FILTER_RELATIONS), ...Object.values(PEER_PATHS).flat()];

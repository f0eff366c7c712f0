import type { Evidence, FactsFile } from '../facts/schema';
import { compact, requirementId } from './registry';

/** A relationship to create: endpoints by id, its type, and every property including its evidence. */
export interface RelationshipRow {
  from: string;
  to: string;
  type: string;
  props: Record<string, unknown>;
}

/** Evidence is stored on the relationship as parallel lists (cheaper to read than evidence nodes). */
function evidenceProps(report: string, evidence: readonly Evidence[]) {
  return {
    report,
    evidenceReports: evidence.map(() => report),
    evidenceLines: evidence.map((e) => e.line),
    evidenceQuotes: evidence.map((e) => e.quote),
  };
}

/** A value's caveats as parallel lists (kind, note and the line and quote that state it); none when it has none. */
function caveatProps(caveats: FactsFile['metrics'][number]['caveats']) {
  if (caveats.length === 0) return {};
  return {
    caveatKinds: caveats.map((c) => c.kind),
    caveatNotes: caveats.map((c) => c.note),
    caveatLines: caveats.map((c) => c.evidence.line),
    caveatQuotes: caveats.map((c) => c.evidence.quote),
  };
}

/** Every fact of one facts file as relationships, each tagged with the report that states it. */
export function relationshipRows(facts: FactsFile): RelationshipRow[] {
  const report = facts.report.id;
  const company = facts.company.id;
  const rows: RelationshipRow[] = [];
  const add = (from: string, type: string, to: string, props: Record<string, unknown>, evidence: readonly Evidence[]) =>
    rows.push({ from, to, type, props: compact({ ...props, ...evidenceProps(report, evidence) }) });

  rows.push({ from: company, to: report, type: 'PUBLISHED', props: { report } });
  for (const c of facts.relatedCompanies) {
    const [child, parent] = c.relation === 'PARENT' ? [company, c.id] : [c.id, company];
    add(child, 'SUBSIDIARY_OF', parent, {}, c.evidence);
  }
  for (const c of facts.certifications) {
    add(company, 'HOLDS_CERTIFICATION', c.standard, { version: c.version, holder: c.holder, holderKind: c.holderKind, scope: c.scope, year: c.year }, c.evidence);
  }
  for (const m of facts.memberships) {
    add(company, 'MEMBER_OF', m.alliance, { role: m.role, since: m.since, note: m.note }, m.evidence);
  }
  for (const p of facts.programmes) {
    add(company, 'RUNS', p.id, { year: p.year }, p.evidence);
    for (const partner of p.partners) add(p.id, 'IN_PARTNERSHIP_WITH', partner.organization, { role: partner.role }, p.evidence);
    for (const sdg of [...new Set(p.sdgs)]) add(p.id, 'ADVANCES', `sdg-${sdg}`, {}, p.evidence);
  }
  for (const p of facts.partners) {
    add(company, 'PARTNERS_WITH', p.organization, { relation: p.relation, year: p.year }, p.evidence);
  }
  for (const s of facts.suppliers) add(company, 'SUPPLIED_BY', s.organization, { supplies: s.supplies }, s.evidence);
  for (const r of facts.supplierRequirements) {
    add(company, 'REQUIRES_OF_SUPPLIERS', r.standard ?? requirementId(r.text), { text: r.text }, r.evidence);
  }
  for (const f of facts.frameworks) add(report, 'FOLLOWS', f.framework, {}, f.evidence);
  for (const s of facts.sdgs) add(company, 'SUPPORTS', `sdg-${s.sdg}`, {}, s.evidence);
  for (const m of facts.metrics) {
    const { value, unit, year, segment, breakdown, dimension, covers, caveats } = m;
    add(company, 'REPORTED', m.key, { value, unit, year, segment, breakdown, dimension, covers, ...caveatProps(caveats) }, m.evidence);
  }
  return rows;
}

import type { Catalog } from '../../src/ingest/facts/catalog';
import type { FactsFile } from '../../src/ingest/facts/schema';
import { planLoad } from '../../src/ingest/load/load';
import { WeightedSampler, zipfWeights } from './random';

/**
 * What the generator draws from, derived from the real dataset and the number of companies:
 * standards weighted by how many real companies hold them, alliances and organizations with
 * power-law popularity (the real ones spread among the synthetic ones, so real companies' alliances
 * grow with the graph as they would).
 */
export interface Shape {
  companies: number;
  standards: { ids: string[]; codes: string[]; sampler: WeightedSampler };
  alliances: { ids: string[]; real: Set<string>; sampler: WeightedSampler };
  organizations: { ids: string[]; real: Set<string>; sampler: WeightedSampler };
  frameworks: { ids: string[]; sampler: WeightedSampler };
  metrics: string[];
}

/** Weight of a catalogue standard no real company holds: rare, but drawn now and then. */
const UNSEEN_STANDARD_WEIGHT = 0.25;
/** One synthetic alliance per this many companies, one organization per this many. */
const COMPANIES_PER_ALLIANCE = 50;
const COMPANIES_PER_ORGANIZATION = 10;
/** Zipf exponents: alliance sizes fall off steeply, organization popularity less so. */
const ALLIANCE_ZIPF = 1.0;
const ORGANIZATION_ZIPF = 0.8;
/** Every so many ranks of the popularity order is a real alliance or organization. */
const REAL_RANK_STRIDE = 7;

export const syntheticAllianceId = (i: number) => `syn-alliance-${i}`;
export const syntheticOrganizationId = (i: number) => `syn-org-${i}`;

/** Real ids placed at ranks 0, stride, 2*stride, ... of the popularity order, synthetic ids elsewhere. */
function interleave(real: readonly string[], synthetic: number, makeId: (i: number) => string): string[] {
  const out: string[] = [];
  let r = 0;
  let s = 0;
  while (r < real.length || s < synthetic) {
    if (r < real.length && (out.length % REAL_RANK_STRIDE === 0 || s >= synthetic)) out.push(real[r++]!);
    else out.push(makeId(s++));
  }
  return out;
}

export function buildShape(real: readonly FactsFile[], catalog: Catalog, companies: number): Shape {
  const holders = new Map<string, Set<string>>();
  for (const f of real) {
    for (const c of f.certifications) {
      const set = holders.get(c.standard) ?? new Set<string>();
      set.add(f.company.id);
      holders.set(c.standard, set);
    }
  }
  const standards = catalog.standards.map((s) => ({ id: s.id, code: s.code, weight: holders.get(s.id)?.size ?? UNSEEN_STANDARD_WEIGHT }));

  // Real alliances and organizations are referenced by id, so only those the real data's load writes
  // (a facts file may define one that none of its facts cite, and the loader writes no such node).
  const written = new Map<string, string>();
  for (const n of planLoad(real, catalog).groups.flatMap((g) => g.nodes)) written.set(n.id, n.label);
  const realAlliances = [...new Set(real.flatMap((f) => f.alliances.map((a) => a.id)))].filter((id) => written.get(id) === 'Alliance').sort();
  const allianceIds = interleave(realAlliances, Math.max(30, Math.round(companies / COMPANIES_PER_ALLIANCE)), syntheticAllianceId);
  const realOrganizations = [...new Set(real.flatMap((f) => f.organizations.map((o) => o.id)))].filter((id) => written.get(id) === 'Organization').sort();
  const organizationIds = interleave(realOrganizations, Math.max(50, Math.round(companies / COMPANIES_PER_ORGANIZATION)), syntheticOrganizationId);

  const frameworkUse = new Map<string, number>();
  for (const f of real) for (const u of f.frameworks) frameworkUse.set(u.framework, (frameworkUse.get(u.framework) ?? 0) + 1);
  const frameworks = catalog.frameworks.map((f) => ({ id: f.id, weight: (frameworkUse.get(f.id) ?? 0) + 0.5 }));

  return {
    companies,
    standards: { ids: standards.map((s) => s.id), codes: standards.map((s) => s.code), sampler: new WeightedSampler(standards.map((s) => s.weight)) },
    alliances: { ids: allianceIds, real: new Set(realAlliances), sampler: new WeightedSampler(zipfWeights(allianceIds.length, ALLIANCE_ZIPF)) },
    organizations: {
      ids: organizationIds,
      real: new Set(realOrganizations),
      sampler: new WeightedSampler(zipfWeights(organizationIds.length, ORGANIZATION_ZIPF)),
    },
    frameworks: { ids: frameworks.map((f) => f.id), sampler: new WeightedSampler(frameworks.map((f) => f.weight)) },
    metrics: catalog.metrics.map((m) => m.key),
  };
}

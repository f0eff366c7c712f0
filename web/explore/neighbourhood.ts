import type * as Ops from './generated/graphql';

/**
 * The explorer's picture of the graph: entities and the links between them, each link with the facts
 * it stands for and their evidence. Built from one Explore<Type> answer; links read from either end
 * get the same id (source, kind, target as in the graph model), so expanding a neighbour merges
 * rather than duplicates.
 */

/** Any entity as the explorer's operations name it (the `<Type>Name` fragments). */
export type NamedNode =
  | Ops.CompanyNameFragment
  | Ops.StandardNameFragment
  | Ops.AllianceNameFragment
  | Ops.OrganizationNameFragment
  | Ops.ProgrammeNameFragment
  | Ops.ReportNameFragment
  | Ops.FrameworkNameFragment
  | Ops.SdgNameFragment
  | Ops.MetricNameFragment;

type Found<Q extends { node: unknown }> = Extract<NonNullable<Q['node']>, { __typename: string }>;

/** An entity with its links, as one of the Explore<Type> operations answers it. */
export type NeighbourhoodNode =
  | Found<Ops.ExploreCompanyQuery>
  | Found<Ops.ExploreStandardQuery>
  | Found<Ops.ExploreAllianceQuery>
  | Found<Ops.ExploreOrganizationQuery>
  | Found<Ops.ExploreProgrammeQuery>
  | Found<Ops.ExploreReportQuery>
  | Found<Ops.ExploreFrameworkQuery>
  | Found<Ops.ExploreSdgQuery>
  | Found<Ops.ExploreMetricQuery>;

export interface Entity {
  id: string;
  type: NamedNode['__typename'];
  /** English name, code or title. */
  name: string;
  /** The Chinese name, or a standard's title. */
  detail?: string;
}

export interface Evidence {
  report: string;
  reportTitle: string;
  line: number;
  quote: string;
}

/** One fact behind a link (a holding, a role, a partnership), in a short phrase, with its evidence. */
export interface Fact {
  summary: string;
  evidence: Evidence[];
}

export const LINK_KINDS = {
  HOLDS_CERTIFICATION: 'certified for',
  MEMBER_OF: 'member of',
  RUNS: 'runs',
  PARTNERS_WITH: 'partners with',
  SUPPLIED_BY: 'supplied by',
  REQUIRES_OF_SUPPLIERS: 'requires of suppliers',
  SUBSIDIARY_OF: 'subsidiary of',
  PUBLISHED: 'published',
  SUPPORTS: 'supports',
  IN_PARTNERSHIP_WITH: 'partner',
  ADVANCES: 'advances',
  FOLLOWS: 'follows',
  REPORTED: 'reported',
} as const;
export type LinkKind = keyof typeof LINK_KINDS;

export interface Link {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
  facts: Fact[];
}

export interface Neighbourhood {
  centre: Entity;
  entities: Entity[];
  links: Link[];
}

export function entityOf(node: NamedNode): Entity {
  switch (node.__typename) {
    case 'Company':
    case 'Alliance':
    case 'Organization':
    case 'Programme':
      return withDetail({ id: node.id, type: node.__typename, name: node.name }, node.nameZh);
    case 'Standard':
      return withDetail({ id: node.id, type: node.__typename, name: node.code }, node.title);
    case 'Report':
      return { id: node.id, type: node.__typename, name: node.title };
    case 'Framework':
      return { id: node.id, type: node.__typename, name: node.name };
    case 'SDG':
      return { id: node.id, type: node.__typename, name: `SDG ${node.number}`, detail: node.title };
    case 'Metric':
      return { id: node.id, type: node.__typename, name: node.label };
  }
}

function withDetail(entity: Entity, detail: string | null | undefined): Entity {
  return detail ? { ...entity, detail } : entity;
}

const evidenceOf = (items: readonly Ops.ExploreEvidenceFragment[]): Evidence[] =>
  items.map((e) => ({ report: e.report.id, reportTitle: e.report.title, line: e.line, quote: e.quote }));

/** The parts of a phrase that are known, joined: `phrase('ISO 27001:2013', null, '2023')` = `ISO 27001:2013 · 2023`. */
const phrase = (...parts: (string | number | null | undefined)[]) =>
  parts.filter((p) => p !== null && p !== undefined && p !== '').join(' · ');

interface Holding {
  version: string | null;
  holder: string | null;
  holderKind: string;
  year: number | null;
}

/** `ISO/IEC 27001 · 2013 · held by SenseTime Group Ltd (subsidiary) · 2023` */
function holding(code: string, h: Holding): string {
  const kind = h.holderKind.toLowerCase().replace('_', ' ');
  return phrase(code, h.version, h.holder ? `held by ${h.holder} (${kind})` : `held by the ${kind}`, h.year);
}

/** Collects entities and links, merging the facts of a link met twice. */
class Collector {
  private readonly entities = new Map<string, Entity>();
  private readonly links = new Map<string, Link>();

  entity(node: NamedNode): string {
    if (!this.entities.has(node.id)) this.entities.set(node.id, entityOf(node));
    return node.id;
  }

  link(source: string, kind: LinkKind, target: string, fact: Fact): void {
    const id = `${source}|${kind}|${target}`;
    const link = this.links.get(id) ?? { id, source, target, kind, facts: [] };
    this.links.set(id, link);
    mergeFacts(link.facts, [fact]);
  }

  result(centre: string): Neighbourhood {
    return { centre: this.entities.get(centre)!, entities: [...this.entities.values()], links: [...this.links.values()] };
  }
}

const factKey = (f: Fact) => `${f.summary}\u0000${f.evidence.map((e) => `${e.report}:${e.line}`).join(',')}`;

/** Adds the facts `into` does not have yet (the same fact read from both ends is kept once). */
export function mergeFacts(into: Fact[], facts: readonly Fact[]): void {
  const seen = new Set(into.map(factKey));
  for (const fact of facts) {
    if (!seen.has(factKey(fact))) {
      seen.add(factKey(fact));
      into.push(fact);
    }
  }
}

export function neighbourhoodOf(node: NeighbourhoodNode): Neighbourhood {
  const c = new Collector();
  const self = c.entity(node);
  switch (node.__typename) {
    case 'Company':
      for (const h of node.certifications) {
        c.link(self, 'HOLDS_CERTIFICATION', c.entity(h.standard), {
          summary: holding(h.standard.code, h),
          evidence: evidenceOf(h.evidence),
        });
      }
      for (const m of node.memberships) {
        c.link(self, 'MEMBER_OF', c.entity(m.alliance), { summary: phrase(m.role, m.since ? `since ${m.since}` : null), evidence: evidenceOf(m.evidence) });
      }
      for (const p of node.programmes) {
        c.link(self, 'RUNS', c.entity(p), { summary: phrase('runs', p.year), evidence: evidenceOf(p.evidence) });
      }
      for (const p of node.partners) {
        c.link(self, 'PARTNERS_WITH', c.entity(p.organization), { summary: phrase(p.relation, p.year), evidence: evidenceOf(p.evidence) });
      }
      for (const s of node.suppliers) {
        c.link(self, 'SUPPLIED_BY', c.entity(s.organization), { summary: phrase('supplies', s.supplies), evidence: evidenceOf(s.evidence) });
      }
      for (const r of node.supplierRequirements) {
        if (r.standard) c.link(self, 'REQUIRES_OF_SUPPLIERS', c.entity(r.standard), { summary: r.text, evidence: evidenceOf(r.evidence) });
      }
      for (const p of node.parents) {
        c.link(self, 'SUBSIDIARY_OF', c.entity(p.company), { summary: 'subsidiary', evidence: evidenceOf(p.evidence) });
      }
      for (const s of node.subsidiaries) {
        c.link(c.entity(s.company), 'SUBSIDIARY_OF', self, { summary: 'subsidiary', evidence: evidenceOf(s.evidence) });
      }
      for (const s of node.sdgs) {
        c.link(self, 'SUPPORTS', c.entity(s.sdg), { summary: `supports SDG ${s.sdg.number}`, evidence: evidenceOf(s.evidence) });
      }
      for (const r of node.reports) c.link(self, 'PUBLISHED', c.entity(r), { summary: 'published', evidence: [] });
      break;
    case 'Standard':
      for (const edge of node.holders.edges) {
        const holder = c.entity(edge.node);
        for (const h of edge.holdings) {
          c.link(holder, 'HOLDS_CERTIFICATION', self, {
            summary: holding(node.code, h),
            evidence: evidenceOf(h.evidence),
          });
        }
      }
      for (const r of node.requiredBy) {
        c.link(c.entity(r.company), 'REQUIRES_OF_SUPPLIERS', self, { summary: r.text, evidence: evidenceOf(r.evidence) });
      }
      break;
    case 'Alliance':
      for (const edge of node.members.edges) {
        const member = c.entity(edge.node);
        for (const m of edge.memberships) {
          c.link(member, 'MEMBER_OF', self, { summary: phrase(m.role, m.since ? `since ${m.since}` : null), evidence: evidenceOf(m.evidence) });
        }
      }
      break;
    case 'Organization':
      for (const s of node.suppliesTo) {
        c.link(c.entity(s.company), 'SUPPLIED_BY', self, { summary: phrase('supplies', s.supplies), evidence: evidenceOf(s.evidence) });
      }
      for (const p of node.partnerOf) {
        c.link(c.entity(p.company), 'PARTNERS_WITH', self, { summary: phrase(p.relation, p.year), evidence: evidenceOf(p.evidence) });
      }
      for (const p of node.programmes) {
        c.link(c.entity(p.programme), 'IN_PARTNERSHIP_WITH', self, { summary: phrase('partner', p.role), evidence: [] });
      }
      break;
    case 'Programme':
      for (const company of node.runBy) c.link(c.entity(company), 'RUNS', self, { summary: 'runs', evidence: evidenceOf(node.evidence) });
      for (const p of node.partners) {
        c.link(self, 'IN_PARTNERSHIP_WITH', c.entity(p.organization), { summary: phrase('partner', p.role), evidence: [] });
      }
      for (const sdg of node.sdgs) c.link(self, 'ADVANCES', c.entity(sdg), { summary: `advances SDG ${sdg.number}`, evidence: [] });
      break;
    case 'Report':
      if (node.publishedBy) c.link(c.entity(node.publishedBy), 'PUBLISHED', self, { summary: 'published', evidence: [] });
      for (const f of node.frameworkReferences) {
        c.link(self, 'FOLLOWS', c.entity(f.framework), { summary: `follows ${f.framework.name}`, evidence: evidenceOf(f.evidence) });
      }
      break;
    case 'Framework':
      for (const r of node.reports) c.link(c.entity(r), 'FOLLOWS', self, { summary: `follows ${node.name}`, evidence: [] });
      break;
    case 'SDG':
      for (const s of node.supporters) {
        c.link(c.entity(s.company), 'SUPPORTS', self, { summary: `supports SDG ${node.number}`, evidence: evidenceOf(s.evidence) });
      }
      for (const p of node.programmes) c.link(c.entity(p), 'ADVANCES', self, { summary: `advances SDG ${node.number}`, evidence: [] });
      break;
    case 'Metric':
      for (const v of node.values) {
        c.link(c.entity(v.company), 'REPORTED', self, {
          summary: phrase(`${v.value} ${v.unit}`, v.year, v.segment),
          evidence: evidenceOf(v.evidence),
        });
      }
      break;
  }
  return c.result(self);
}

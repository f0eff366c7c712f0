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
  | Ops.MetricNameFragment
  | Ops.RecognitionNameFragment
  | Ops.AssuranceNameFragment;

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
  | Found<Ops.ExploreMetricQuery>
  | Found<Ops.ExploreRecognitionQuery>
  | Found<Ops.ExploreAssuranceQuery>;

/**
 * Every type of the schema that `node(id)` answers, as ExploreType's result lists them: tables keyed
 * by it (the operation per type, the colour per type) stop compiling when the schema gains a type
 * the explorer does not draw yet.
 */
export type EntityType = NonNullable<Ops.ExploreTypeQuery['node']>['__typename'];

export interface Entity {
  id: string;
  type: EntityType;
  /** English name, code or title. */
  name: string;
  /** The Chinese name, a standard's title, an assurance's level. */
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
  /** What the source adds to the fact (a caveat, where a year comes from). */
  note?: string;
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
  RECEIVED: 'received',
  ISSUED_BY: 'issued by',
  DRAFTED: 'helped draft',
  ENGAGED_WITH: 'engaged with',
  ASSURED_BY: 'assured by',
  PROVIDED_BY: 'provided by',
  UNDER: 'under',
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
    case 'Recognition':
      return withDetail({ id: node.id, type: node.__typename, name: node.name }, node.nameZh);
    case 'Assurance':
      return withDetail({ id: node.id, type: node.__typename, name: phrase(`${ASSURANCE_SCOPE[node.scope]} assurance`, node.year) }, node.level);
  }
}

/** What an assurance verified, as its name says it. */
const ASSURANCE_SCOPE: Record<Ops.AssuranceScope, string> = {
  REPORT: 'Report',
  GHG_DATA: 'GHG data',
  ENVIRONMENTAL_DATA: 'Environmental data',
  FINANCIAL_STATEMENTS: 'Financial statements',
  OTHER: 'Other',
};

/** A Chinese name that only repeats the English one (`EcoVadis`) is not worth a second line. */
function withDetail(entity: Entity, detail: string | null | undefined): Entity {
  return detail && detail !== entity.name ? { ...entity, detail } : entity;
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

/** An enum value in a phrase: `BUSINESS_UNIT` = `business unit`. */
const lowerCase = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** `ISO/IEC 27001 · 2013 · held by SenseTime Group Ltd (subsidiary) · 2023` */
function holding(code: string, h: Holding): string {
  const kind = lowerCase(h.holderKind);
  return phrase(code, h.version, h.holder ? `held by ${h.holder} (${kind})` : `held by the ${kind}`, h.year);
}

/** `Silver (银牌) · 2025`, `Second prize (二等奖) · received by Hikvision Robot (subsidiary)` */
function receipt(r: Ops.ReceiptFactsFragment): Fact {
  const level = r.level && r.levelZh && r.levelZh !== r.level ? `${r.level} (${r.levelZh})` : (r.level ?? r.levelZh);
  const holder = r.holder ? `received by ${r.holder} (${lowerCase(r.holderKind)})` : null;
  return withNote({ summary: phrase(level, r.year, holder) || 'received', evidence: evidenceOf(r.evidence) }, r.note);
}

/** `lead drafter · 2024` */
function drafting(d: Ops.DraftingFactsFragment): Fact {
  return withNote({ summary: phrase(d.role === 'LEAD_DRAFTER' ? 'lead drafter' : 'one of the drafters', d.year), evidence: evidenceOf(d.evidence) }, d.note);
}

/** `forum · Took part in the 13th UN Forum on Business and Human Rights… · 2024` */
function engagement(e: Ops.EngagementFactsFragment): Fact {
  return { summary: phrase(lowerCase(e.kind), e.description, e.year), evidence: evidenceOf(e.evidence) };
}

/** Where a report states that a body confers the scheme (its receipts there). */
const issued = (r: Ops.IssuedFactsFragment): Fact => ({ summary: 'confers it', evidence: evidenceOf(r.evidence) });

/** The one statement behind an assurance's links (to its report, its provider, its standards). */
const verified = (a: Ops.AssuranceFactsFragment): Fact => ({ summary: phrase(a.subject, a.level), evidence: evidenceOf(a.evidence) });

function withNote(fact: Fact, note: string | null): Fact {
  return note ? { ...fact, note } : fact;
}

const published: Fact = { summary: 'published', evidence: [] };

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

  /** An assurance between the report stating it and who verified it: it stands for that three-way fact. */
  assurance(a: Ops.AssuranceFactsFragment): string {
    const id = this.entity(a);
    const fact = verified(a);
    this.link(this.entity(a.report), 'ASSURED_BY', id, fact);
    if (a.provider) this.link(id, 'PROVIDED_BY', this.entity(a.provider), fact);
    return id;
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
      for (const r of node.reports) c.link(self, 'PUBLISHED', c.entity(r), published);
      for (const r of node.recognitions) c.link(self, 'RECEIVED', c.entity(r.recognition), receipt(r));
      for (const d of node.draftedStandards) c.link(self, 'DRAFTED', c.entity(d.standard), drafting(d));
      for (const e of node.engagements) c.link(self, 'ENGAGED_WITH', c.entity(e.organization), engagement(e));
      for (const a of node.assurances) c.assurance(a);
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
      for (const d of node.drafters) c.link(c.entity(d.company), 'DRAFTED', self, drafting(d));
      for (const a of node.assurances) c.link(c.assurance(a), 'UNDER', self, verified(a));
      break;
    case 'Alliance':
      for (const edge of node.members.edges) {
        const member = c.entity(edge.node);
        for (const m of edge.memberships) {
          c.link(member, 'MEMBER_OF', self, { summary: phrase(m.role, m.since ? `since ${m.since}` : null), evidence: evidenceOf(m.evidence) });
        }
      }
      for (const r of node.issuedRecognitions) c.link(c.entity(r), 'ISSUED_BY', self, issued(r));
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
      for (const r of node.issuedRecognitions) c.link(c.entity(r), 'ISSUED_BY', self, issued(r));
      for (const a of node.assurancesProvided) c.assurance(a);
      for (const e of node.engagedBy) c.link(c.entity(e.company), 'ENGAGED_WITH', self, engagement(e));
      break;
    case 'Programme':
      for (const company of node.runBy) c.link(c.entity(company), 'RUNS', self, { summary: 'runs', evidence: evidenceOf(node.evidence) });
      for (const p of node.partners) {
        c.link(self, 'IN_PARTNERSHIP_WITH', c.entity(p.organization), { summary: phrase('partner', p.role), evidence: [] });
      }
      for (const sdg of node.sdgs) c.link(self, 'ADVANCES', c.entity(sdg), { summary: `advances SDG ${sdg.number}`, evidence: [] });
      break;
    case 'Report':
      if (node.publishedBy) c.link(c.entity(node.publishedBy), 'PUBLISHED', self, published);
      for (const f of node.frameworkReferences) {
        c.link(self, 'FOLLOWS', c.entity(f.framework), { summary: `follows ${f.framework.name}`, evidence: evidenceOf(f.evidence) });
      }
      for (const a of node.assurances) c.assurance(a);
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
    case 'Recognition':
      for (const issuer of node.issuers) c.link(self, 'ISSUED_BY', c.entity(issuer), issued(node));
      for (const edge of node.recipients.edges) {
        const recipient = c.entity(edge.node);
        for (const r of edge.receipts) c.link(recipient, 'RECEIVED', self, receipt(r));
      }
      break;
    case 'Assurance':
      c.assurance(node);
      if (node.company) c.link(c.entity(node.company), 'PUBLISHED', c.entity(node.report), published);
      for (const s of node.standards) c.link(self, 'UNDER', c.entity(s), verified(node));
      break;
  }
  return c.result(self);
}

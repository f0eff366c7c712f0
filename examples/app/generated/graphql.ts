/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AllianceKind =
  | 'ALLIANCE'
  | 'ASSOCIATION'
  | 'COMMITTEE'
  | 'CONSORTIUM'
  | 'INITIATIVE'
  | 'OTHER'
  | 'STANDARDS_BODY';

/** What an assurance verified. */
export type AssuranceScope =
  /** Other environmental data. */
  | 'ENVIRONMENTAL_DATA'
  /** The financial statements the report draws its financial data from. */
  | 'FINANCIAL_STATEMENTS'
  /** Greenhouse-gas emission data. */
  | 'GHG_DATA'
  | 'OTHER'
  /** The report itself. */
  | 'REPORT';

/** What a reader must know before comparing a value with other years or companies. */
export type CaveatKind =
  | 'APPROXIMATE'
  /** The reporting boundary changed (entities in or out): not like for like with other years. */
  | 'BOUNDARY_CHANGE'
  /** What the value measures differs from the metric's wording (e.g. "consumption" that is withdrawal). */
  | 'DEFINITION'
  /** The report gives another figure elsewhere, or the figures do not reconcile. */
  | 'DISCREPANCY'
  | 'ESTIMATE'
  | 'LOWER_BOUND'
  /** A site opened or closed; the boundary is unchanged. */
  | 'OPERATIONS_CHANGE'
  /** The report restates the value. */
  | 'RESTATED'
  /** Taken from another source than the company's report. */
  | 'SECONDARY_SOURCE'
  | 'UPPER_BOUND';

export type CertificationInput = {
  company: string;
  evidence: Array<EvidenceInput>;
  holder?: string | null | undefined;
  holderKind?: HolderKind | null | undefined;
  standard: string;
  version?: string | null | undefined;
  year?: number | null | undefined;
};

/** What an intensity or average is per. */
export type Denominator =
  | 'EMPLOYEE'
  /** Per m² of floor area. */
  | 'FLOOR_AREA'
  /** Per kWh of IT equipment energy. */
  | 'IT_ENERGY'
  /** Per CNY million revenue. */
  | 'REVENUE';

/** An evidence item given with a correction: the report id, the line, the verbatim quote. */
export type EvidenceInput = {
  line: number;
  quote: string;
  report: string;
};

/**
 * How a holding is held: by the group itself, or by a named part of it. Rollups (holdsStandards,
 * coverage, compareCompanies, peers, Standard.holders, certifications filters) count the company's
 * own by default (`holderKinds: [GROUP, SUBSIDIARY, BUSINESS_UNIT]`): a FACILITY's certificate (often a
 * building the company rents) or a PRODUCT's is not the company's unless asked for.
 */
export type HolderKind =
  | 'BUSINESS_UNIT'
  | 'FACILITY'
  | 'GROUP'
  | 'PRODUCT'
  | 'SUBSIDIARY';

/** A company's role in an alliance, association, standards body, committee or initiative. */
export type MembershipRole =
  | 'CHAIR'
  /** Takes part in the body's standard work without a stated membership. */
  | 'CONTRIBUTOR'
  | 'COUNCIL_MEMBER'
  | 'EXECUTIVE_COUNCIL_MEMBER'
  | 'FOUNDER'
  | 'MEMBER'
  | 'SECRETARIAT'
  | 'SIGNATORY'
  | 'VICE_CHAIR';

/**
 * What a value is a figure of. One rule on every metric field (`metricSeries`, `Company.metrics`,
 * `Comparison.metrics`, `Metric.values`), with the same argument and default:
 * `breakdowns: [TOTAL, PARTIAL]`: a company's whole-company figure, or, where it states none, its
 * partial figures, flagged with what they cover. PARTITION members and COMPONENTs are parts of a figure
 * and come only when asked for.
 */
export type MetricBreakdown =
  /** An "of which" part of a stated total: never summed with it. */
  | 'COMPONENT'
  /** Part of the company, where no whole-company figure is stated: `covers` says which part. */
  | 'PARTIAL'
  /** A member of a split that sums to the total (by gender, age, region: `dimension`). */
  | 'PARTITION'
  /** The whole company. */
  | 'TOTAL';

/** What two companies can have in common. */
export type PeerDimension =
  | 'ALLIANCES'
  | 'FRAMEWORKS'
  | 'PARTNERS'
  | 'PROGRAMME_PARTNERS'
  /** Recognition schemes both companies received (the same rating, award or list, whatever the level). */
  | 'RECOGNITIONS'
  | 'SDGS'
  | 'STANDARDS'
  | 'SUPPLIERS';

export type Pillar =
  | 'E'
  | 'G'
  | 'S';

export type ProgrammeKind =
  | 'AI_ETHICS'
  | 'CHARITY'
  | 'COMMUNITY'
  | 'EDUCATION'
  | 'EMPLOYEE'
  | 'ENVIRONMENT'
  | 'OTHER'
  | 'RESEARCH'
  | 'TALENT';

/** Who received a recognition: the group itself, or a named subsidiary, facility, product, business unit or project of it. */
export type RecognitionHolderKind =
  | 'BUSINESS_UNIT'
  | 'FACILITY'
  | 'GROUP'
  | 'PRODUCT'
  | 'PROJECT'
  | 'SUBSIDIARY';

/** What a recognition is: a prize (AWARD), an honorary title (HONOUR), a place in a list (RANKING), a graded rating (RATING), or an official designation as a platform, base or centre (DESIGNATION). */
export type RecognitionKind =
  | 'AWARD'
  | 'DESIGNATION'
  | 'HONOUR'
  | 'RANKING'
  | 'RATING';

export type StandardCategory =
  | 'AI_MANAGEMENT'
  | 'ANTI_BRIBERY'
  | 'AUTOMOTIVE'
  | 'BUSINESS_CONTINUITY'
  | 'CAPABILITY_MATURITY'
  | 'CLOUD_SECURITY'
  | 'DATA_MANAGEMENT'
  | 'ENERGY'
  | 'ENVIRONMENT'
  | 'INFORMATION_SECURITY'
  | 'IT_SERVICE'
  | 'OCCUPATIONAL_HEALTH_SAFETY'
  | 'OTHER'
  | 'PRIVACY'
  | 'PRODUCT_SAFETY'
  | 'QUALITY'
  | 'SOCIAL_RESPONSIBILITY'
  | 'SUPPLY_CHAIN_SECURITY';

export type AllianceMembersCertificationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AllianceMembersCertificationsQuery = { alliance: { id: string, name: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ memberships: Array<{ role: MembershipRole }>, node: { id: string, name: string, nameZh: string | null, certifications: Array<{ holderKind: HolderKind, holder: string | null, standard: { id: string, code: string } }> } }> } } };

export type AllianceMembersHoldingStandardQueryVariables = Exact<{
  alliance: string;
  standard: string;
}>;


export type AllianceMembersHoldingStandardQuery = { alliance: { id: string, name: string, kind: AllianceKind, members: { totalCount: number, edges: Array<{ node: { id: string, name: string, certifications: Array<{ holderKind: HolderKind, year: number | null, standard: { code: string }, evidence: Array<{ line: number, quote: string }> }> }, memberships: Array<{ role: MembershipRole, since: number | null, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> }> } } };

export type CompaniesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompaniesPageQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, founded: number | null, tickers: Array<string> } }> } };

export type CompanyAlliancesQueryVariables = Exact<{
  id: string;
}>;


export type CompanyAlliancesQuery = { company: { id: string, name: string, nameZh: string | null, certifications: Array<{ standard: { id: string, code: string } }>, memberships: Array<{ role: MembershipRole, alliance: { id: string, name: string, nameZh: string | null, kind: AllianceKind } }> } };

export type CompanyProfileQueryVariables = Exact<{
  id: string;
}>;


export type CompanyProfileQuery = { company: { id: string, name: string, nameZh: string | null, tickers: Array<string>, headquarters: string | null, founded: number | null, certifications: Array<{ version: string | null, holder: string | null, holderKind: HolderKind, year: number | null, standard: { id: string, code: string, category: StandardCategory }, evidence: Array<{ line: number, quote: string, report: { id: string } }> }>, memberships: Array<{ role: MembershipRole, since: number | null, alliance: { id: string, name: string, nameZh: string | null, kind: AllianceKind }, evidence: Array<{ line: number, quote: string, report: { id: string } }> }>, programmes: Array<{ id: string, name: string, nameZh: string | null, kind: ProgrammeKind, partners: Array<{ role: string | null, organization: { id: string, name: string } }>, sdgs: Array<{ number: number, title: string }>, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> } };

export type CompanyRecognitionsQueryVariables = Exact<{
  id: string;
  kinds?: Array<RecognitionKind> | RecognitionKind | null | undefined;
}>;


export type CompanyRecognitionsQuery = { company: { id: string, name: string, recognitions: Array<{ level: string | null, levelZh: string | null, year: number | null, holder: string | null, holderKind: RecognitionHolderKind, recognition: { id: string, name: string, nameZh: string | null, kind: RecognitionKind, issuers: Array<
          | { __typename: 'Alliance', id: string, name: string }
          | { __typename: 'Organization', id: string, name: string }
        > }, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> } };

export type CompareCompaniesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CompareCompaniesQuery = { compareCompanies: { holderKinds: Array<HolderKind>, companies: Array<{ id: string, name: string }>, standards: { heldByAll: Array<{ id: string, code: string }>, heldByOne: Array<{ company: { id: string }, standards: Array<{ id: string, code: string }> }>, byCompany: Array<{ company: { id: string }, standards: Array<{ id: string }> }> }, alliances: { shared: Array<{ alliance: { id: string, name: string }, members: Array<{ role: MembershipRole, company: { id: string } }> }>, unique: Array<{ company: { id: string }, alliances: Array<{ id: string, name: string }> }> }, metrics: Array<{ metric: { key: string, label: string, unit: string }, values: Array<{ year: number, value: number, unit: string, breakdown: MetricBreakdown, segment: string | null, covers: string | null, company: { id: string } }> }> } };

export type ConnectionBetweenCompaniesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConnectionBetweenCompaniesQuery = { connection: Array<{ length: number, hops: Array<{ relationship: string, forward: boolean, from:
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Assurance', id: string }
        | { __typename: 'Company', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'Metric', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Recognition', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'SDG', id: string }
        | { __typename: 'Standard', id: string }
      , to:
        | { __typename: 'Alliance', id: string }
        | { __typename: 'Assurance', id: string }
        | { __typename: 'Company', id: string }
        | { __typename: 'Framework', id: string }
        | { __typename: 'Metric', id: string }
        | { __typename: 'Organization', id: string }
        | { __typename: 'Programme', id: string }
        | { __typename: 'Recognition', id: string }
        | { __typename: 'Report', id: string }
        | { __typename: 'SDG', id: string }
        | { __typename: 'Standard', id: string }
      , evidence: Array<{ line: number, quote: string, report: { id: string } }> }> }> };

export type CoverageQueryVariables = Exact<{
  standards?: Array<string> | string | null | undefined;
  holderKinds?: Array<HolderKind> | HolderKind;
}>;


export type CoverageQuery = { coverage: { holderKinds: Array<HolderKind>, standards: Array<{ id: string, code: string }>, rows: Array<{ heldCount: number, company: { id: string, name: string }, cells: Array<{ held: boolean, heldAs: string | null, standard: { id: string }, holdings: Array<{ holder: string | null, holderKind: HolderKind, year: number | null }>, notCounted: Array<{ holder: string | null, holderKind: HolderKind }> }> }> } };

export type UpsertCertificationMutationVariables = Exact<{
  input: CertificationInput;
}>;


export type UpsertCertificationMutation = { upsertCertification: { holderKind: HolderKind, year: number | null, company: { id: string }, standard: { id: string, code: string }, evidence: Array<{ line: number, quote: string, report: { id: string } }> } };

export type DeepTraversalQueryVariables = Exact<{
  id: string;
}>;


export type DeepTraversalQuery = { company: { id: string, name: string, memberships: Array<{ role: MembershipRole, alliance: { id: string, name: string, kind: AllianceKind, members: { totalCount: number, edges: Array<{ memberships: Array<{ role: MembershipRole }>, node: { id: string, name: string, certifications: Array<{ holderKind: HolderKind, standard: { id: string, code: string } }> } }> } } }> } };

export type EcoVadisRatingHoldersQueryVariables = Exact<{
  name: string;
}>;


export type EcoVadisRatingHoldersQuery = { recognitions: { edges: Array<{ node: { id: string, name: string, nameZh: string | null, issuers: Array<
          | { id: string, name: string }
          | Record<PropertyKey, never>
        >, recipients: { edges: Array<{ node: { id: string, name: string }, receipts: Array<{ level: string | null, levelZh: string | null, year: number | null, holderKind: RecognitionHolderKind, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> }> } } }> } };

export type FiltersForgivingSpellingQueryVariables = Exact<{ [key: string]: never; }>;


export type FiltersForgivingSpellingQuery = { standards: { edges: Array<{ node: { id: string, code: string } }> }, holdingBoth: { edges: Array<{ node: { id: string } }> }, tcfd: { edges: Array<{ node: { id: string, name: string } }> }, byAlias: { edges: Array<{ node: { id: string, name: string, aliases: Array<string> } }> }, perEmployee: { edges: Array<{ node: { key: string, unit: string, denominator: Denominator | null, definition: string } }> } };

export type FirstQueryQueryVariables = Exact<{
  id: string;
}>;


export type FirstQueryQuery = { company: { name: string, nameZh: string | null, certifications: Array<{ holderKind: HolderKind, standard: { code: string, title: string }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, memberships: Array<{ role: MembershipRole, alliance: { name: string, nameZh: string | null } }>, peers: Array<{ score: number, company: { name: string }, shared: Array<{ dimension: PeerDimension, name: string }> }> } };

export type HoldsAllStandardsQueryVariables = Exact<{
  standards: Array<string> | string;
}>;


export type HoldsAllStandardsQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, certifications: Array<{ holder: string | null, holderKind: HolderKind, year: number | null, standard: { code: string } }> } }> } };

export type HoldsAnyStandardQueryVariables = Exact<{
  standards: Array<string> | string;
}>;


export type HoldsAnyStandardQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, certifications: Array<{ standard: { id: string, code: string } }> } }> } };

export type HoldsNoneOfStandardsQueryVariables = Exact<{
  standards: Array<string> | string;
}>;


export type HoldsNoneOfStandardsQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, name: string, reports: Array<{ id: string, year: number }> } }> } };

export type Iso27001HoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type Iso27001HoldersQuery = { standard: { id: string, code: string, title: string, holders: { totalCount: number, edges: Array<{ node: { id: string, name: string, nameZh: string | null }, holdings: Array<{ version: string | null, holder: string | null, holderKind: HolderKind, year: number | null, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> }> } } };

export type Iso45001HoldersByHolderKindQueryVariables = Exact<{
  code: string;
}>;


export type Iso45001HoldersByHolderKindQuery = { standard: { id: string, code: string, own: { totalCount: number, holderKinds: Array<HolderKind>, edges: Array<{ node: { id: string }, holdings: Array<{ holderKind: HolderKind, holder: string | null }> }> }, everyKind: { totalCount: number, holderKinds: Array<HolderKind>, edges: Array<{ node: { id: string }, holdings: Array<{ holderKind: HolderKind, holder: string | null }> }> }, groupHeld: { totalCount: number, edges: Array<{ node: { id: string } }> } } };

export type LikeForLikeTableQueryVariables = Exact<{
  ids: Array<string> | string;
  keys?: Array<string> | string | null | undefined;
}>;


export type LikeForLikeTableQuery = { compareCompanies: { companies: Array<{ id: string, name: string }>, metrics: Array<{ metric: { key: string, label: string, unit: string, definition: string }, values: Array<{ year: number, value: number, unit: string, reportedValue: number, reportedUnit: string, breakdown: MetricBreakdown, covers: string | null, company: { id: string }, conversion: { factor: number, source: string | null } | null, caveats: Array<{ kind: CaveatKind, note: string, evidence: { line: number, quote: string, report: { id: string } } }> }> }> } };

export type MetricSeriesGhgScope2QueryVariables = Exact<{
  key: string;
}>;


export type MetricSeriesGhgScope2Query = { metricSeries: { unit: string, metric: { key: string, label: string, unit: string, pillar: Pillar }, points: Array<{ year: number, value: number, reportedValue: number, reportedUnit: string, breakdown: MetricBreakdown, covers: string | null, company: { id: string, name: string }, conversion: { factor: number, source: string | null } | null, caveats: Array<{ kind: CaveatKind, note: string, evidence: { line: number, quote: string, report: { id: string } } }>, evidence: Array<{ line: number, quote: string, report: { id: string } }> }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Alliance', name: string, kind: AllianceKind, id: string }
    | { __typename: 'Assurance', id: string }
    | { __typename: 'Company', name: string, nameZh: string | null, id: string }
    | { __typename: 'Framework', id: string }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'Report', id: string }
    | { __typename: 'SDG', id: string }
    | { __typename: 'Standard', code: string, title: string, category: StandardCategory, issuer: string, aliases: Array<string>, id: string }
   | null };

export type PeersByStandardsAndAlliancesQueryVariables = Exact<{
  id: string;
}>;


export type PeersByStandardsAndAlliancesQuery = { company: { id: string, name: string, peers: Array<{ holderKinds: Array<HolderKind>, score: number, company: { id: string, name: string }, shared: Array<{ dimension: PeerDimension, name: string, node:
          | { __typename: 'Alliance', id: string }
          | { __typename: 'Assurance', id: string }
          | { __typename: 'Company', id: string }
          | { __typename: 'Framework', id: string }
          | { __typename: 'Metric', id: string }
          | { __typename: 'Organization', id: string }
          | { __typename: 'Programme', id: string }
          | { __typename: 'Recognition', id: string }
          | { __typename: 'Report', id: string }
          | { __typename: 'SDG', id: string }
          | { __typename: 'Standard', id: string }
         }> }> } };

export type ReportAssuranceQueryVariables = Exact<{
  id: string;
}>;


export type ReportAssuranceQuery = { report: { id: string, title: string, assurances: Array<{ id: string, scope: AssuranceScope, subject: string, level: string | null, levelZh: string | null, year: number | null, provider: { id: string, name: string, nameZh: string | null } | null, standards: Array<{ code: string, title: string, titleZh: string | null }>, evidence: Array<{ line: number, quote: string }> }> } };

export type SearchSimplifiedChineseQueryVariables = Exact<{
  text: string;
}>;


export type SearchSimplifiedChineseQuery = { search: Array<{ score: number, node:
      | { __typename: 'Alliance', id: string, name: string, nameZh: string | null }
      | { __typename: 'Company', id: string, name: string, nameZh: string | null }
      | { __typename: 'Framework', id: string, name: string }
      | { __typename: 'Metric', id: string, label: string }
      | { __typename: 'Organization', id: string, name: string, nameZh: string | null }
      | { __typename: 'Programme', id: string, name: string, nameZh: string | null }
      | { __typename: 'Recognition' }
      | { __typename: 'Report', id: string, title: string }
      | { __typename: 'SDG', id: string, title: string }
      | { __typename: 'Standard', id: string, code: string }
     }> };

export type SearchTraditionalChineseQueryVariables = Exact<{
  text: string;
}>;


export type SearchTraditionalChineseQuery = { search: Array<{ score: number, node:
      | { __typename: 'Alliance', id: string, name: string, nameZh: string | null }
      | { __typename: 'Company', id: string, name: string, nameZh: string | null }
      | { __typename: 'Framework', id: string, name: string }
      | { __typename: 'Metric', id: string, label: string }
      | { __typename: 'Organization', id: string, name: string, nameZh: string | null }
      | { __typename: 'Programme', id: string, name: string, nameZh: string | null }
      | { __typename: 'Recognition' }
      | { __typename: 'Report', id: string, title: string }
      | { __typename: 'SDG', id: string, title: string }
      | { __typename: 'Standard', id: string, code: string }
     }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AllianceMembersCertificationsDocument = new TypedDocumentString(`
    query AllianceMembersCertifications($id: ID!, $first: Int, $after: String) {
  alliance(id: $id) {
    id
    name
    members(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        memberships {
          role
        }
        node {
          id
          name
          nameZh
          certifications {
            standard {
              id
              code
            }
            holderKind
            holder
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllianceMembersCertificationsQuery, AllianceMembersCertificationsQueryVariables>;
export const AllianceMembersHoldingStandardDocument = new TypedDocumentString(`
    query AllianceMembersHoldingStandard($alliance: ID!, $standard: ID!) {
  alliance(id: $alliance) {
    id
    name
    kind
    members(where: {company: {holdsStandards: {all: [$standard]}}}) {
      totalCount
      edges {
        node {
          id
          name
          certifications(where: {standard: {id: {eq: $standard}}}) {
            standard {
              code
            }
            holderKind
            year
            evidence {
              line
              quote
            }
          }
        }
        memberships {
          role
          since
          evidence {
            report {
              id
            }
            line
            quote
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllianceMembersHoldingStandardQuery, AllianceMembersHoldingStandardQueryVariables>;
export const CompaniesPageDocument = new TypedDocumentString(`
    query CompaniesPage($first: Int, $after: String) {
  companies(
    where: {hasReports: true}
    sort: [{founded: DESC}, {name: ASC}]
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        founded
        tickers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompaniesPageQuery, CompaniesPageQueryVariables>;
export const CompanyAlliancesDocument = new TypedDocumentString(`
    query CompanyAlliances($id: ID!) {
  company(id: $id) {
    id
    name
    nameZh
    certifications {
      standard {
        id
        code
      }
    }
    memberships {
      role
      alliance {
        id
        name
        nameZh
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyAlliancesQuery, CompanyAlliancesQueryVariables>;
export const CompanyProfileDocument = new TypedDocumentString(`
    query CompanyProfile($id: ID!) {
  company(id: $id) {
    id
    name
    nameZh
    tickers
    headquarters
    founded
    certifications {
      standard {
        id
        code
        category
      }
      version
      holder
      holderKind
      year
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
    memberships {
      alliance {
        id
        name
        nameZh
        kind
      }
      role
      since
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
    programmes(first: 5) {
      id
      name
      nameZh
      kind
      partners {
        organization {
          id
          name
        }
        role
      }
      sdgs {
        number
        title
      }
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyProfileQuery, CompanyProfileQueryVariables>;
export const CompanyRecognitionsDocument = new TypedDocumentString(`
    query CompanyRecognitions($id: ID!, $kinds: [RecognitionKind!]) {
  company(id: $id) {
    id
    name
    recognitions(where: {recognition: {kind: {in: $kinds}}}) {
      recognition {
        id
        name
        nameZh
        kind
        issuers {
          __typename
          ... on Organization {
            id
            name
          }
          ... on Alliance {
            id
            name
          }
        }
      }
      level
      levelZh
      year
      holder
      holderKind
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompanyRecognitionsQuery, CompanyRecognitionsQueryVariables>;
export const CompareCompaniesDocument = new TypedDocumentString(`
    query CompareCompanies($ids: [ID!]!) {
  compareCompanies(ids: $ids) {
    companies {
      id
      name
    }
    holderKinds
    standards {
      heldByAll {
        id
        code
      }
      heldByOne {
        company {
          id
        }
        standards {
          id
          code
        }
      }
      byCompany {
        company {
          id
        }
        standards {
          id
        }
      }
    }
    alliances {
      shared {
        alliance {
          id
          name
        }
        members {
          company {
            id
          }
          role
        }
      }
      unique {
        company {
          id
        }
        alliances {
          id
          name
        }
      }
    }
    metrics {
      metric {
        key
        label
        unit
      }
      values {
        company {
          id
        }
        year
        value
        unit
        breakdown
        segment
        covers
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CompareCompaniesQuery, CompareCompaniesQueryVariables>;
export const ConnectionBetweenCompaniesDocument = new TypedDocumentString(`
    query ConnectionBetweenCompanies($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4, first: 3) {
    length
    hops {
      from {
        __typename
        id
      }
      to {
        __typename
        id
      }
      relationship
      forward
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionBetweenCompaniesQuery, ConnectionBetweenCompaniesQueryVariables>;
export const CoverageDocument = new TypedDocumentString(`
    query Coverage($standards: [ID!], $holderKinds: [HolderKind!]! = [GROUP, SUBSIDIARY, BUSINESS_UNIT]) {
  coverage(standardIds: $standards, holderKinds: $holderKinds) {
    holderKinds
    standards {
      id
      code
    }
    rows {
      company {
        id
        name
      }
      heldCount
      cells {
        standard {
          id
        }
        held
        heldAs
        holdings {
          holder
          holderKind
          year
        }
        notCounted {
          holder
          holderKind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageQuery, CoverageQueryVariables>;
export const UpsertCertificationDocument = new TypedDocumentString(`
    mutation UpsertCertification($input: CertificationInput!) {
  upsertCertification(input: $input) {
    company {
      id
    }
    standard {
      id
      code
    }
    holderKind
    year
    evidence {
      report {
        id
      }
      line
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<UpsertCertificationMutation, UpsertCertificationMutationVariables>;
export const DeepTraversalDocument = new TypedDocumentString(`
    query DeepTraversal($id: ID!) {
  company(id: $id) {
    id
    name
    memberships {
      role
      alliance {
        id
        name
        kind
        members {
          totalCount
          edges {
            memberships {
              role
            }
            node {
              id
              name
              certifications(where: {standard: {category: {eq: INFORMATION_SECURITY}}}) {
                standard {
                  id
                  code
                }
                holderKind
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeepTraversalQuery, DeepTraversalQueryVariables>;
export const EcoVadisRatingHoldersDocument = new TypedDocumentString(`
    query EcoVadisRatingHolders($name: String!) {
  recognitions(where: {name: {contains: $name}, kind: {eq: RATING}}) {
    edges {
      node {
        id
        name
        nameZh
        issuers {
          ... on Organization {
            id
            name
          }
        }
        recipients {
          edges {
            node {
              id
              name
            }
            receipts {
              level
              levelZh
              year
              holderKind
              evidence {
                report {
                  id
                }
                line
                quote
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EcoVadisRatingHoldersQuery, EcoVadisRatingHoldersQueryVariables>;
export const FiltersForgivingSpellingDocument = new TypedDocumentString(`
    query FiltersForgivingSpelling {
  standards(where: {code: {eq: "ISO 27001"}}) {
    edges {
      node {
        id
        code
      }
    }
  }
  holdingBoth: companies(
    where: {holdsStandards: {all: ["ISO 27001", "GB/T 24001"]}}
  ) {
    edges {
      node {
        id
      }
    }
  }
  tcfd: frameworks(where: {name: {caseInsensitive: {contains: "tcfd"}}}) {
    edges {
      node {
        id
        name
      }
    }
  }
  byAlias: frameworks(where: {aliases: {caseInsensitive: {eq: "ungc"}}}) {
    edges {
      node {
        id
        name
        aliases
      }
    }
  }
  perEmployee: metrics(
    where: {denominator: {eq: EMPLOYEE}, key: {startsWith: "ghg"}}
  ) {
    edges {
      node {
        key
        unit
        denominator
        definition
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FiltersForgivingSpellingQuery, FiltersForgivingSpellingQueryVariables>;
export const FirstQueryDocument = new TypedDocumentString(`
    query FirstQuery($id: ID!) {
  company(id: $id) {
    name
    nameZh
    certifications(where: {standard: {category: {eq: INFORMATION_SECURITY}}}) {
      standard {
        code
        title
      }
      holderKind
      evidence {
        report {
          id
          title
        }
        line
        quote
      }
    }
    memberships(first: 3) {
      alliance {
        name
        nameZh
      }
      role
    }
    peers(first: 3) {
      company {
        name
      }
      score
      shared {
        dimension
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FirstQueryQuery, FirstQueryQueryVariables>;
export const HoldsAllStandardsDocument = new TypedDocumentString(`
    query HoldsAllStandards($standards: [ID!]!) {
  companies(where: {holdsStandards: {all: $standards}}, sort: [{name: ASC}]) {
    totalCount
    edges {
      node {
        id
        name
        certifications(where: {standard: {id: {in: $standards}}}) {
          standard {
            code
          }
          holder
          holderKind
          year
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HoldsAllStandardsQuery, HoldsAllStandardsQueryVariables>;
export const HoldsAnyStandardDocument = new TypedDocumentString(`
    query HoldsAnyStandard($standards: [ID!]!) {
  companies(where: {holdsStandards: {any: $standards}}, sort: [{name: ASC}]) {
    totalCount
    edges {
      node {
        id
        name
        certifications(where: {standard: {id: {in: $standards}}}) {
          standard {
            id
            code
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HoldsAnyStandardQuery, HoldsAnyStandardQueryVariables>;
export const HoldsNoneOfStandardsDocument = new TypedDocumentString(`
    query HoldsNoneOfStandards($standards: [ID!]!) {
  companies(
    where: {hasReports: true, holdsStandards: {none: $standards}}
    sort: [{name: ASC}]
  ) {
    totalCount
    edges {
      node {
        id
        name
        reports {
          id
          year
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HoldsNoneOfStandardsQuery, HoldsNoneOfStandardsQueryVariables>;
export const Iso27001HoldersDocument = new TypedDocumentString(`
    query Iso27001Holders {
  standard(code: "ISO 27001") {
    id
    code
    title
    holders {
      totalCount
      edges {
        node {
          id
          name
          nameZh
        }
        holdings {
          version
          holder
          holderKind
          year
          evidence {
            report {
              id
            }
            line
            quote
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Iso27001HoldersQuery, Iso27001HoldersQueryVariables>;
export const Iso45001HoldersByHolderKindDocument = new TypedDocumentString(`
    query Iso45001HoldersByHolderKind($code: String!) {
  standard(code: $code) {
    id
    code
    own: holders {
      totalCount
      holderKinds
      edges {
        node {
          id
        }
        holdings {
          holderKind
          holder
        }
      }
    }
    everyKind: holders(
      holderKinds: [GROUP, SUBSIDIARY, BUSINESS_UNIT, FACILITY, PRODUCT]
    ) {
      totalCount
      holderKinds
      edges {
        node {
          id
        }
        holdings {
          holderKind
          holder
        }
      }
    }
    groupHeld: holders(
      holderKinds: [GROUP, SUBSIDIARY, BUSINESS_UNIT, FACILITY, PRODUCT]
      where: {certifications: {some: {holderKind: {eq: GROUP}}}}
    ) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Iso45001HoldersByHolderKindQuery, Iso45001HoldersByHolderKindQueryVariables>;
export const LikeForLikeTableDocument = new TypedDocumentString(`
    query LikeForLikeTable($ids: [ID!]!, $keys: [String!]) {
  compareCompanies(ids: $ids) {
    companies {
      id
      name
    }
    metrics(keys: $keys, latestYear: true) {
      metric {
        key
        label
        unit
        definition
      }
      values {
        company {
          id
        }
        year
        value
        unit
        reportedValue
        reportedUnit
        conversion {
          factor
          source
        }
        breakdown
        covers
        caveats {
          kind
          note
          evidence {
            report {
              id
            }
            line
            quote
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LikeForLikeTableQuery, LikeForLikeTableQueryVariables>;
export const MetricSeriesGhgScope2Document = new TypedDocumentString(`
    query MetricSeriesGhgScope2($key: String!) {
  metricSeries(key: $key) {
    metric {
      key
      label
      unit
      pillar
    }
    unit
    points {
      company {
        id
        name
      }
      year
      value
      reportedValue
      reportedUnit
      conversion {
        factor
        source
      }
      breakdown
      covers
      caveats {
        kind
        note
        evidence {
          report {
            id
          }
          line
          quote
        }
      }
      evidence {
        report {
          id
        }
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MetricSeriesGhgScope2Query, MetricSeriesGhgScope2QueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Standard {
      code
      title
      category
      issuer
      aliases
    }
    ... on Company {
      name
      nameZh
    }
    ... on Alliance {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const PeersByStandardsAndAlliancesDocument = new TypedDocumentString(`
    query PeersByStandardsAndAlliances($id: ID!) {
  company(id: $id) {
    id
    name
    peers(by: [STANDARDS, ALLIANCES], first: 5) {
      company {
        id
        name
      }
      holderKinds
      score
      shared {
        dimension
        name
        node {
          __typename
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PeersByStandardsAndAlliancesQuery, PeersByStandardsAndAlliancesQueryVariables>;
export const ReportAssuranceDocument = new TypedDocumentString(`
    query ReportAssurance($id: ID!) {
  report(id: $id) {
    id
    title
    assurances {
      id
      scope
      subject
      level
      levelZh
      year
      provider {
        id
        name
        nameZh
      }
      standards {
        code
        title
        titleZh
      }
      evidence {
        line
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAssuranceQuery, ReportAssuranceQueryVariables>;
export const SearchSimplifiedChineseDocument = new TypedDocumentString(`
    query SearchSimplifiedChinese($text: String!) {
  search(text: $text, first: 5) {
    score
    node {
      __typename
      ... on Company {
        id
        name
        nameZh
      }
      ... on Alliance {
        id
        name
        nameZh
      }
      ... on Organization {
        id
        name
        nameZh
      }
      ... on Programme {
        id
        name
        nameZh
      }
      ... on Report {
        id
        title
      }
      ... on Standard {
        id
        code
      }
      ... on Framework {
        id
        name
      }
      ... on Metric {
        id
        label
      }
      ... on SDG {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchSimplifiedChineseQuery, SearchSimplifiedChineseQueryVariables>;
export const SearchTraditionalChineseDocument = new TypedDocumentString(`
    query SearchTraditionalChinese($text: String!) {
  search(text: $text, first: 5) {
    score
    node {
      __typename
      ... on Company {
        id
        name
        nameZh
      }
      ... on Alliance {
        id
        name
        nameZh
      }
      ... on Organization {
        id
        name
        nameZh
      }
      ... on Programme {
        id
        name
        nameZh
      }
      ... on Report {
        id
        title
      }
      ... on Standard {
        id
        code
      }
      ... on Framework {
        id
        name
      }
      ... on Metric {
        id
        label
      }
      ... on SDG {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchTraditionalChineseQuery, SearchTraditionalChineseQueryVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** A company's part in drafting a standard. */
export type DraftingRole =
  /** Leading or chief drafting unit (牵头, 主编, 第一起草人). */
  | 'LEAD_DRAFTER'
  /** One of the drafting units (参编, 参与制定). */
  | 'PARTICIPANT';

/** How a company engaged with an organization without a partnership. */
export type EngagementKind =
  /** Answered a consultation of a regulator or public body. */
  | 'CONSULTATION'
  /** Took part in, supported or judged an event. */
  | 'EVENT'
  /** Attended or spoke at a forum. */
  | 'FORUM'
  | 'OTHER'
  /** Attended a training. */
  | 'TRAINING';

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

/** Who received a recognition: the group itself, or a named subsidiary, facility, product, business unit or project of it. */
export type RecognitionHolderKind =
  | 'BUSINESS_UNIT'
  | 'FACILITY'
  | 'GROUP'
  | 'PRODUCT'
  | 'PROJECT'
  | 'SUBSIDIARY';

export type ExploreSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExploreSearchQuery = { search: Array<{ node:
      | { __typename: 'Alliance', id: string, name: string, nameZh: string | null }
      | { __typename: 'Company', id: string, name: string, nameZh: string | null }
      | { __typename: 'Framework', id: string, name: string }
      | { __typename: 'Metric', id: string, label: string }
      | { __typename: 'Organization', id: string, name: string, nameZh: string | null }
      | { __typename: 'Programme', id: string, name: string, nameZh: string | null }
      | { __typename: 'Recognition', id: string, name: string, nameZh: string | null }
      | { __typename: 'Report', id: string, title: string }
      | { __typename: 'SDG', id: string, number: number, title: string }
      | { __typename: 'Standard', id: string, code: string, title: string }
     }> };

export type ExploreTypeQueryVariables = Exact<{
  id: string;
}>;


export type ExploreTypeQuery = { node:
    | { __typename: 'Alliance' }
    | { __typename: 'Assurance' }
    | { __typename: 'Company' }
    | { __typename: 'Framework' }
    | { __typename: 'Metric' }
    | { __typename: 'Organization' }
    | { __typename: 'Programme' }
    | { __typename: 'Recognition' }
    | { __typename: 'Report' }
    | { __typename: 'SDG' }
    | { __typename: 'Standard' }
   | null };

export type ExploreCompanyQueryVariables = Exact<{
  id: string;
}>;


export type ExploreCompanyQuery = { node:
    | { __typename: 'Company', id: string, name: string, nameZh: string | null, certifications: Array<{ version: string | null, holder: string | null, holderKind: HolderKind, year: number | null, standard: { __typename: 'Standard', id: string, code: string, title: string }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, memberships: Array<{ role: MembershipRole, since: number | null, alliance: { __typename: 'Alliance', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, programmes: Array<{ __typename: 'Programme', year: number | null, id: string, name: string, nameZh: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, partners: Array<{ relation: string, year: number | null, organization: { __typename: 'Organization', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, suppliers: Array<{ supplies: string | null, organization: { __typename: 'Organization', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, supplierRequirements: Array<{ text: string, standard: { __typename: 'Standard', id: string, code: string, title: string } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, parents: Array<{ company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, subsidiaries: Array<{ company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, sdgs: Array<{ sdg: { __typename: 'SDG', id: string, number: number, title: string }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, reports: Array<{ __typename: 'Report', id: string, title: string }>, recognitions: Array<{ year: number | null, level: string | null, levelZh: string | null, holder: string | null, holderKind: RecognitionHolderKind, note: string | null, recognition: { __typename: 'Recognition', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, draftedStandards: Array<{ role: DraftingRole, year: number | null, note: string | null, standard: { __typename: 'Standard', id: string, code: string, title: string }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, engagements: Array<{ kind: EngagementKind, description: string, year: number | null, organization: { __typename: 'Organization', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, assurances: Array<{ __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreStandardQueryVariables = Exact<{
  id: string;
}>;


export type ExploreStandardQuery = { node:
    | { __typename: 'Standard', id: string, code: string, title: string, holders: { edges: Array<{ node: { __typename: 'Company', id: string, name: string, nameZh: string | null }, holdings: Array<{ version: string | null, holder: string | null, holderKind: HolderKind, year: number | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }> }, requiredBy: Array<{ text: string, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, drafters: Array<{ role: DraftingRole, year: number | null, note: string | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, assurances: Array<{ __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreAllianceQueryVariables = Exact<{
  id: string;
}>;


export type ExploreAllianceQuery = { node:
    | { __typename: 'Alliance', id: string, name: string, nameZh: string | null, members: { edges: Array<{ node: { __typename: 'Company', id: string, name: string, nameZh: string | null }, memberships: Array<{ role: MembershipRole, since: number | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }> }, issuedRecognitions: Array<{ __typename: 'Recognition', id: string, name: string, nameZh: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type ExploreOrganizationQuery = { node:
    | { __typename: 'Organization', id: string, name: string, nameZh: string | null, suppliesTo: Array<{ supplies: string | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, partnerOf: Array<{ relation: string, year: number | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, programmes: Array<{ role: string | null, programme: { __typename: 'Programme', id: string, name: string, nameZh: string | null } }>, issuedRecognitions: Array<{ __typename: 'Recognition', id: string, name: string, nameZh: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, assurancesProvided: Array<{ __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, engagedBy: Array<{ kind: EngagementKind, description: string, year: number | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreProgrammeQueryVariables = Exact<{
  id: string;
}>;


export type ExploreProgrammeQuery = { node:
    | { __typename: 'Programme', id: string, name: string, nameZh: string | null, runBy: Array<{ __typename: 'Company', id: string, name: string, nameZh: string | null }>, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }>, partners: Array<{ role: string | null, organization: { __typename: 'Organization', id: string, name: string, nameZh: string | null } }>, sdgs: Array<{ __typename: 'SDG', id: string, number: number, title: string }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreReportQueryVariables = Exact<{
  id: string;
}>;


export type ExploreReportQuery = { node:
    | { __typename: 'Report', id: string, title: string, publishedBy: { __typename: 'Company', id: string, name: string, nameZh: string | null } | null, frameworkReferences: Array<{ framework: { __typename: 'Framework', id: string, name: string }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, assurances: Array<{ __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreFrameworkQueryVariables = Exact<{
  id: string;
}>;


export type ExploreFrameworkQuery = { node:
    | { __typename: 'Framework', id: string, name: string, reports: Array<{ __typename: 'Report', id: string, title: string }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreSdgQueryVariables = Exact<{
  id: string;
}>;


export type ExploreSdgQuery = { node:
    | { __typename: 'SDG', id: string, number: number, title: string, supporters: Array<{ company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }>, programmes: Array<{ __typename: 'Programme', id: string, name: string, nameZh: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreMetricQueryVariables = Exact<{
  id: string;
}>;


export type ExploreMetricQuery = { node:
    | { __typename: 'Metric', id: string, label: string, values: Array<{ value: number, unit: string, year: number, segment: string | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreRecognitionQueryVariables = Exact<{
  id: string;
}>;


export type ExploreRecognitionQuery = { node:
    | { __typename: 'Recognition', id: string, name: string, nameZh: string | null, issuers: Array<
        | { __typename: 'Alliance', id: string, name: string, nameZh: string | null }
        | { __typename: 'Organization', id: string, name: string, nameZh: string | null }
      >, recipients: { edges: Array<{ node: { __typename: 'Company', id: string, name: string, nameZh: string | null }, receipts: Array<{ year: number | null, level: string | null, levelZh: string | null, holder: string | null, holderKind: RecognitionHolderKind, note: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }> }> }, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }
    | Record<PropertyKey, never>
   | null };

export type ExploreAssuranceQueryVariables = Exact<{
  id: string;
}>;


export type ExploreAssuranceQuery = { node:
    | { __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, company: { __typename: 'Company', id: string, name: string, nameZh: string | null } | null, standards: Array<{ __typename: 'Standard', id: string, code: string, title: string }>, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> }
    | Record<PropertyKey, never>
   | null };

export type CompanyNameFragment = { __typename: 'Company', id: string, name: string, nameZh: string | null };

export type StandardNameFragment = { __typename: 'Standard', id: string, code: string, title: string };

export type AllianceNameFragment = { __typename: 'Alliance', id: string, name: string, nameZh: string | null };

export type OrganizationNameFragment = { __typename: 'Organization', id: string, name: string, nameZh: string | null };

export type ProgrammeNameFragment = { __typename: 'Programme', id: string, name: string, nameZh: string | null };

export type ReportNameFragment = { __typename: 'Report', id: string, title: string };

export type FrameworkNameFragment = { __typename: 'Framework', id: string, name: string };

export type SdgNameFragment = { __typename: 'SDG', id: string, number: number, title: string };

export type MetricNameFragment = { __typename: 'Metric', id: string, label: string };

export type RecognitionNameFragment = { __typename: 'Recognition', id: string, name: string, nameZh: string | null };

export type AssuranceNameFragment = { __typename: 'Assurance', id: string, scope: AssuranceScope, year: number | null, level: string | null };

export type ReceiptFactsFragment = { year: number | null, level: string | null, levelZh: string | null, holder: string | null, holderKind: RecognitionHolderKind, note: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> };

export type DraftingFactsFragment = { role: DraftingRole, year: number | null, note: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> };

export type EngagementFactsFragment = { kind: EngagementKind, description: string, year: number | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> };

export type IssuedFactsFragment = { __typename: 'Recognition', id: string, name: string, nameZh: string | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> };

export type AssuranceFactsFragment = { __typename: 'Assurance', subject: string, id: string, scope: AssuranceScope, year: number | null, level: string | null, report: { __typename: 'Report', id: string, title: string }, provider: { __typename: 'Organization', id: string, name: string, nameZh: string | null } | null, evidence: Array<{ line: number, quote: string, report: { id: string, title: string } }> };

export type ExploreEvidenceFragment = { line: number, quote: string, report: { id: string, title: string } };

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
export const CompanyNameFragmentDoc = new TypedDocumentString(`
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
    `, {"fragmentName":"CompanyName"}) as unknown as TypedDocumentString<CompanyNameFragment, unknown>;
export const StandardNameFragmentDoc = new TypedDocumentString(`
    fragment StandardName on Standard {
  __typename
  id
  code
  title
}
    `, {"fragmentName":"StandardName"}) as unknown as TypedDocumentString<StandardNameFragment, unknown>;
export const AllianceNameFragmentDoc = new TypedDocumentString(`
    fragment AllianceName on Alliance {
  __typename
  id
  name
  nameZh
}
    `, {"fragmentName":"AllianceName"}) as unknown as TypedDocumentString<AllianceNameFragment, unknown>;
export const ProgrammeNameFragmentDoc = new TypedDocumentString(`
    fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
    `, {"fragmentName":"ProgrammeName"}) as unknown as TypedDocumentString<ProgrammeNameFragment, unknown>;
export const FrameworkNameFragmentDoc = new TypedDocumentString(`
    fragment FrameworkName on Framework {
  __typename
  id
  name
}
    `, {"fragmentName":"FrameworkName"}) as unknown as TypedDocumentString<FrameworkNameFragment, unknown>;
export const SdgNameFragmentDoc = new TypedDocumentString(`
    fragment SdgName on SDG {
  __typename
  id
  number
  title
}
    `, {"fragmentName":"SdgName"}) as unknown as TypedDocumentString<SdgNameFragment, unknown>;
export const MetricNameFragmentDoc = new TypedDocumentString(`
    fragment MetricName on Metric {
  __typename
  id
  label
}
    `, {"fragmentName":"MetricName"}) as unknown as TypedDocumentString<MetricNameFragment, unknown>;
export const ExploreEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}
    `, {"fragmentName":"ExploreEvidence"}) as unknown as TypedDocumentString<ExploreEvidenceFragment, unknown>;
export const ReceiptFactsFragmentDoc = new TypedDocumentString(`
    fragment ReceiptFacts on ReceivedRecognition {
  year
  level
  levelZh
  holder
  holderKind
  note
  evidence {
    ...ExploreEvidence
  }
}
    fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`, {"fragmentName":"ReceiptFacts"}) as unknown as TypedDocumentString<ReceiptFactsFragment, unknown>;
export const DraftingFactsFragmentDoc = new TypedDocumentString(`
    fragment DraftingFacts on DraftedStandard {
  role
  year
  note
  evidence {
    ...ExploreEvidence
  }
}
    fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`, {"fragmentName":"DraftingFacts"}) as unknown as TypedDocumentString<DraftingFactsFragment, unknown>;
export const EngagementFactsFragmentDoc = new TypedDocumentString(`
    fragment EngagementFacts on Engagement {
  kind
  description
  year
  evidence {
    ...ExploreEvidence
  }
}
    fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`, {"fragmentName":"EngagementFacts"}) as unknown as TypedDocumentString<EngagementFactsFragment, unknown>;
export const RecognitionNameFragmentDoc = new TypedDocumentString(`
    fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
    `, {"fragmentName":"RecognitionName"}) as unknown as TypedDocumentString<RecognitionNameFragment, unknown>;
export const IssuedFactsFragmentDoc = new TypedDocumentString(`
    fragment IssuedFacts on Recognition {
  ...RecognitionName
  evidence {
    ...ExploreEvidence
  }
}
    fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`, {"fragmentName":"IssuedFacts"}) as unknown as TypedDocumentString<IssuedFactsFragment, unknown>;
export const AssuranceNameFragmentDoc = new TypedDocumentString(`
    fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
    `, {"fragmentName":"AssuranceName"}) as unknown as TypedDocumentString<AssuranceNameFragment, unknown>;
export const ReportNameFragmentDoc = new TypedDocumentString(`
    fragment ReportName on Report {
  __typename
  id
  title
}
    `, {"fragmentName":"ReportName"}) as unknown as TypedDocumentString<ReportNameFragment, unknown>;
export const OrganizationNameFragmentDoc = new TypedDocumentString(`
    fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
    `, {"fragmentName":"OrganizationName"}) as unknown as TypedDocumentString<OrganizationNameFragment, unknown>;
export const AssuranceFactsFragmentDoc = new TypedDocumentString(`
    fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
    fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`, {"fragmentName":"AssuranceFacts"}) as unknown as TypedDocumentString<AssuranceFactsFragment, unknown>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($text: String!) {
  search(text: $text, first: 8) {
    node {
      ...CompanyName
      ...StandardName
      ...AllianceName
      ...OrganizationName
      ...ProgrammeName
      ...ReportName
      ...FrameworkName
      ...SdgName
      ...MetricName
      ...RecognitionName
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment StandardName on Standard {
  __typename
  id
  code
  title
}
fragment AllianceName on Alliance {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment FrameworkName on Framework {
  __typename
  id
  name
}
fragment SdgName on SDG {
  __typename
  id
  number
  title
}
fragment MetricName on Metric {
  __typename
  id
  label
}
fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}`) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;
export const ExploreTypeDocument = new TypedDocumentString(`
    query ExploreType($id: ID!) {
  node(id: $id) {
    __typename
  }
}
    `) as unknown as TypedDocumentString<ExploreTypeQuery, ExploreTypeQueryVariables>;
export const ExploreCompanyDocument = new TypedDocumentString(`
    query ExploreCompany($id: ID!) {
  node(id: $id) {
    ... on Company {
      ...CompanyName
      certifications(first: 40) {
        standard {
          ...StandardName
        }
        version
        holder
        holderKind
        year
        evidence {
          ...ExploreEvidence
        }
      }
      memberships(first: 40) {
        alliance {
          ...AllianceName
        }
        role
        since
        evidence {
          ...ExploreEvidence
        }
      }
      programmes(first: 25) {
        ...ProgrammeName
        year
        evidence {
          ...ExploreEvidence
        }
      }
      partners(first: 25) {
        organization {
          ...OrganizationName
        }
        relation
        year
        evidence {
          ...ExploreEvidence
        }
      }
      suppliers(first: 25) {
        organization {
          ...OrganizationName
        }
        supplies
        evidence {
          ...ExploreEvidence
        }
      }
      supplierRequirements(first: 25) {
        standard {
          ...StandardName
        }
        text
        evidence {
          ...ExploreEvidence
        }
      }
      parents {
        company {
          ...CompanyName
        }
        evidence {
          ...ExploreEvidence
        }
      }
      subsidiaries {
        company {
          ...CompanyName
        }
        evidence {
          ...ExploreEvidence
        }
      }
      sdgs {
        sdg {
          ...SdgName
        }
        evidence {
          ...ExploreEvidence
        }
      }
      reports {
        ...ReportName
      }
      recognitions(first: 40) {
        recognition {
          ...RecognitionName
        }
        ...ReceiptFacts
      }
      draftedStandards(first: 25) {
        standard {
          ...StandardName
        }
        ...DraftingFacts
      }
      engagements(first: 25) {
        organization {
          ...OrganizationName
        }
        ...EngagementFacts
      }
      assurances(first: 10) {
        ...AssuranceFacts
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment StandardName on Standard {
  __typename
  id
  code
  title
}
fragment AllianceName on Alliance {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment SdgName on SDG {
  __typename
  id
  number
  title
}
fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment ReceiptFacts on ReceivedRecognition {
  year
  level
  levelZh
  holder
  holderKind
  note
  evidence {
    ...ExploreEvidence
  }
}
fragment DraftingFacts on DraftedStandard {
  role
  year
  note
  evidence {
    ...ExploreEvidence
  }
}
fragment EngagementFacts on Engagement {
  kind
  description
  year
  evidence {
    ...ExploreEvidence
  }
}
fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreCompanyQuery, ExploreCompanyQueryVariables>;
export const ExploreStandardDocument = new TypedDocumentString(`
    query ExploreStandard($id: ID!) {
  node(id: $id) {
    ... on Standard {
      ...StandardName
      holders(first: 40) {
        edges {
          node {
            ...CompanyName
          }
          holdings {
            version
            holder
            holderKind
            year
            evidence {
              ...ExploreEvidence
            }
          }
        }
      }
      requiredBy {
        company {
          ...CompanyName
        }
        text
        evidence {
          ...ExploreEvidence
        }
      }
      drafters {
        company {
          ...CompanyName
        }
        ...DraftingFacts
      }
      assurances {
        ...AssuranceFacts
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment StandardName on Standard {
  __typename
  id
  code
  title
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment DraftingFacts on DraftedStandard {
  role
  year
  note
  evidence {
    ...ExploreEvidence
  }
}
fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreStandardQuery, ExploreStandardQueryVariables>;
export const ExploreAllianceDocument = new TypedDocumentString(`
    query ExploreAlliance($id: ID!) {
  node(id: $id) {
    ... on Alliance {
      ...AllianceName
      members(first: 40) {
        edges {
          node {
            ...CompanyName
          }
          memberships {
            role
            since
            evidence {
              ...ExploreEvidence
            }
          }
        }
      }
      issuedRecognitions {
        ...IssuedFacts
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment AllianceName on Alliance {
  __typename
  id
  name
  nameZh
}
fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
fragment IssuedFacts on Recognition {
  ...RecognitionName
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreAllianceQuery, ExploreAllianceQueryVariables>;
export const ExploreOrganizationDocument = new TypedDocumentString(`
    query ExploreOrganization($id: ID!) {
  node(id: $id) {
    ... on Organization {
      ...OrganizationName
      suppliesTo {
        company {
          ...CompanyName
        }
        supplies
        evidence {
          ...ExploreEvidence
        }
      }
      partnerOf {
        company {
          ...CompanyName
        }
        relation
        year
        evidence {
          ...ExploreEvidence
        }
      }
      programmes {
        programme {
          ...ProgrammeName
        }
        role
      }
      issuedRecognitions {
        ...IssuedFacts
      }
      assurancesProvided {
        ...AssuranceFacts
      }
      engagedBy {
        company {
          ...CompanyName
        }
        ...EngagementFacts
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment EngagementFacts on Engagement {
  kind
  description
  year
  evidence {
    ...ExploreEvidence
  }
}
fragment IssuedFacts on Recognition {
  ...RecognitionName
  evidence {
    ...ExploreEvidence
  }
}
fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreOrganizationQuery, ExploreOrganizationQueryVariables>;
export const ExploreProgrammeDocument = new TypedDocumentString(`
    query ExploreProgramme($id: ID!) {
  node(id: $id) {
    ... on Programme {
      ...ProgrammeName
      runBy {
        ...CompanyName
      }
      evidence {
        ...ExploreEvidence
      }
      partners {
        organization {
          ...OrganizationName
        }
        role
      }
      sdgs {
        ...SdgName
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
fragment SdgName on SDG {
  __typename
  id
  number
  title
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreProgrammeQuery, ExploreProgrammeQueryVariables>;
export const ExploreReportDocument = new TypedDocumentString(`
    query ExploreReport($id: ID!) {
  node(id: $id) {
    ... on Report {
      ...ReportName
      publishedBy {
        ...CompanyName
      }
      frameworkReferences {
        framework {
          ...FrameworkName
        }
        evidence {
          ...ExploreEvidence
        }
      }
      assurances {
        ...AssuranceFacts
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment FrameworkName on Framework {
  __typename
  id
  name
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreReportQuery, ExploreReportQueryVariables>;
export const ExploreFrameworkDocument = new TypedDocumentString(`
    query ExploreFramework($id: ID!) {
  node(id: $id) {
    ... on Framework {
      ...FrameworkName
      reports {
        ...ReportName
      }
    }
  }
}
    fragment ReportName on Report {
  __typename
  id
  title
}
fragment FrameworkName on Framework {
  __typename
  id
  name
}`) as unknown as TypedDocumentString<ExploreFrameworkQuery, ExploreFrameworkQueryVariables>;
export const ExploreSdgDocument = new TypedDocumentString(`
    query ExploreSdg($id: ID!) {
  node(id: $id) {
    ... on SDG {
      ...SdgName
      supporters {
        company {
          ...CompanyName
        }
        evidence {
          ...ExploreEvidence
        }
      }
      programmes {
        ...ProgrammeName
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment ProgrammeName on Programme {
  __typename
  id
  name
  nameZh
}
fragment SdgName on SDG {
  __typename
  id
  number
  title
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreSdgQuery, ExploreSdgQueryVariables>;
export const ExploreMetricDocument = new TypedDocumentString(`
    query ExploreMetric($id: ID!) {
  node(id: $id) {
    ... on Metric {
      ...MetricName
      values(first: 40) {
        company {
          ...CompanyName
        }
        value
        unit
        year
        segment
        evidence {
          ...ExploreEvidence
        }
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment MetricName on Metric {
  __typename
  id
  label
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreMetricQuery, ExploreMetricQueryVariables>;
export const ExploreRecognitionDocument = new TypedDocumentString(`
    query ExploreRecognition($id: ID!) {
  node(id: $id) {
    ... on Recognition {
      ...IssuedFacts
      issuers {
        ...OrganizationName
        ...AllianceName
      }
      recipients(first: 40) {
        edges {
          node {
            ...CompanyName
          }
          receipts {
            ...ReceiptFacts
          }
        }
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment AllianceName on Alliance {
  __typename
  id
  name
  nameZh
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment RecognitionName on Recognition {
  __typename
  id
  name
  nameZh
}
fragment ReceiptFacts on ReceivedRecognition {
  year
  level
  levelZh
  holder
  holderKind
  note
  evidence {
    ...ExploreEvidence
  }
}
fragment IssuedFacts on Recognition {
  ...RecognitionName
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreRecognitionQuery, ExploreRecognitionQueryVariables>;
export const ExploreAssuranceDocument = new TypedDocumentString(`
    query ExploreAssurance($id: ID!) {
  node(id: $id) {
    ... on Assurance {
      ...AssuranceFacts
      company {
        ...CompanyName
      }
      standards {
        ...StandardName
      }
    }
  }
}
    fragment CompanyName on Company {
  __typename
  id
  name
  nameZh
}
fragment StandardName on Standard {
  __typename
  id
  code
  title
}
fragment OrganizationName on Organization {
  __typename
  id
  name
  nameZh
}
fragment ReportName on Report {
  __typename
  id
  title
}
fragment AssuranceName on Assurance {
  __typename
  id
  scope
  year
  level
}
fragment AssuranceFacts on Assurance {
  ...AssuranceName
  subject
  report {
    ...ReportName
  }
  provider {
    ...OrganizationName
  }
  evidence {
    ...ExploreEvidence
  }
}
fragment ExploreEvidence on Evidence {
  report {
    id
    title
  }
  line
  quote
}`) as unknown as TypedDocumentString<ExploreAssuranceQuery, ExploreAssuranceQueryVariables>;
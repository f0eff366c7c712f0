/**
 * The query mix of the load, outage and fair-share suites: what analysts ask most — lists with
 * filters, a company's facts with evidence (certifications, memberships, recognitions, assurances),
 * standard holders, recognition schemes and who received them, peers, the coverage matrix, fulltext
 * search, shortest paths, a metric series and a side-by-side comparison. Every operation is valid and
 * must answer without errors on the shipped dataset.
 */
export interface MixOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const COMPANIES = ['sensetime', 'hikvision', 'kingsoft-cloud', 'ainnovation'];

const company = (id: string): MixOperation => ({
  name: `company:${id}`,
  query: `query Company($id: ID!) {
    company(id: $id) {
      id name nameZh tickers
      certifications(first: 50) { standard { id code } holderKind holder version year evidence { line quote report { id } } }
      memberships(first: 50) { role alliance { id name kind } evidence { line } }
      programmes(first: 20) { id name kind }
      recognitions(first: 20) { recognition { id name kind } year level holderKind evidence { line } }
      assurances(first: 10) { scope level year provider { id name } }
    }
  }`,
  variables: { id },
});

const peers = (id: string): MixOperation => ({
  name: `peers:${id}`,
  query: `query Peers($id: ID!) { company(id: $id) { id peers(first: 5) { score company { id name } shared { dimension name } } } }`,
  variables: { id },
});

const search = (text: string): MixOperation => ({
  name: `search:${text}`,
  query: `query Search($text: String!) {
    search(text: $text, first: 10) { score node { __typename ... on Company { id name } ... on Standard { id code } ... on Alliance { id name } } }
  }`,
  variables: { text },
});

export const QUERY_MIX: readonly MixOperation[] = [
  {
    name: 'companies',
    query: `{ companies(first: 20, sort: [{ name: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name tickers industry } } } }`,
  },
  ...COMPANIES.map(company),
  {
    name: 'standard-holders',
    query: `{ standard(code: "ISO 27001") { id code title holders(first: 10) { totalCount edges { node { id name } holdings { holderKind holder version year } } } } }`,
  },
  ...COMPANIES.slice(0, 2).map(peers),
  { name: 'coverage', query: `{ coverage { standards { id code } rows { company { id } heldCount cells { held } } } }` },
  ...['ISO', '商汤', 'cloud alliance'].map(search),
  {
    name: 'connection',
    query: `{ connection(from: "sensetime", to: "hikvision", maxHops: 4, first: 3) { length hops { relationship forward from { id } to { id } } } }`,
  },
  {
    name: 'alliances',
    query: `{ alliances(where: { kind: { in: [STANDARDS_BODY, ALLIANCE] } }, first: 20) { totalCount edges { node { id name members(first: 5) { totalCount edges { node { id } memberships { role } } } } } } }`,
  },
  {
    name: 'recognitions',
    query: `{ recognitions(where: { kind: { in: [AWARD, RATING, RANKING] } }, first: 20) { totalCount edges { node { id name kind recipients(first: 5) { totalCount edges { node { id } receipts { year level } } } } } } }`,
  },
  {
    name: 'holders-of-all',
    query: `{ companies(where: { holdsStandards: { all: ["iso-iec-27001", "iso-9001"] } }, first: 20) { totalCount edges { node { id name } } } }`,
  },
  {
    name: 'compare',
    query: `{ compareCompanies(ids: ["sensetime", "hikvision", "kingsoft-cloud"]) { standards { heldByAll { code } heldByOne { company { id } standards { code } } } alliances { shared { alliance { name } members { role } } } } }`,
  },
  {
    name: 'metric-series',
    query: `{ metrics(first: 5, where: { pillar: { eq: E } }) { totalCount edges { node { key label unit } } } metricSeries(key: "ghg_scope1_tco2e") { unit points { company { id } year value converted } } }`,
  },
];

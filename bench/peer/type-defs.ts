/**
 * The contract of schema/*.graphql in @neo4j/graphql 7 terms: the same labels, relationship types and
 * properties, so both APIs read the same graph. Evidence stays as the parallel lists the loader stores
 * on every relationship (evidenceReports, evidenceLines, evidenceQuotes); the peer returns them as they
 * are and the benchmark zips them when comparing answers.
 */
export const peerTypeDefs = /* GraphQL */ `
  enum HolderKind { GROUP SUBSIDIARY FACILITY PRODUCT BUSINESS_UNIT }
  enum MembershipRole { MEMBER COUNCIL_MEMBER EXECUTIVE_COUNCIL_MEMBER VICE_CHAIR CHAIR SECRETARIAT FOUNDER SIGNATORY CONTRIBUTOR }
  enum AllianceKind { ALLIANCE ASSOCIATION STANDARDS_BODY COMMITTEE INITIATIVE CONSORTIUM OTHER }
  enum OrganizationKind { COMPANY UNIVERSITY SCHOOL RESEARCH_INSTITUTE GOVERNMENT NGO FOUNDATION HOSPITAL MEDIA INTERNATIONAL_ORGANIZATION OTHER }
  enum ProgrammeKind { CHARITY EDUCATION ENVIRONMENT TALENT RESEARCH COMMUNITY EMPLOYEE AI_ETHICS OTHER }
  enum StandardCategory { INFORMATION_SECURITY PRIVACY ENVIRONMENT OCCUPATIONAL_HEALTH_SAFETY QUALITY ENERGY IT_SERVICE BUSINESS_CONTINUITY CLOUD_SECURITY SUPPLY_CHAIN_SECURITY AUTOMOTIVE CAPABILITY_MATURITY DATA_MANAGEMENT AI_MANAGEMENT ANTI_BRIBERY SOCIAL_RESPONSIBILITY PRODUCT_SAFETY OTHER }

  type Certification @relationshipProperties {
    version: String
    holder: String
    holderKind: HolderKind
    scope: String
    year: Int
    report: String
    evidenceReports: [String!]
    evidenceLines: [Int!]
    evidenceQuotes: [String!]
  }

  type Membership @relationshipProperties {
    role: MembershipRole!
    since: Int
    note: String
    report: String
    evidenceReports: [String!]
    evidenceLines: [Int!]
    evidenceQuotes: [String!]
  }

  type Run @relationshipProperties {
    year: Int
    report: String
    evidenceReports: [String!]
    evidenceLines: [Int!]
    evidenceQuotes: [String!]
  }

  type Company @node(labels: ["Company"]) {
    id: ID!
    name: String!
    nameZh: String
    nameZhHans: String
    shortNames: [String!]
    aliases: [String!]
    tickers: [String!]
    headquarters: String
    founded: Int
    industry: String
    website: String
    certifications: [Standard!]! @relationship(type: "HOLDS_CERTIFICATION", direction: OUT, properties: "Certification")
    memberships: [Alliance!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
    programmes: [Programme!]! @relationship(type: "RUNS", direction: OUT, properties: "Run")
    "The same ranking as esg-graph's Company.peers over standards and alliances, as custom Cypher."
    peers(first: Int = 10): [PeerResult!]!
      @cypher(
        statement: """
        CALL (this) {
          MATCH (this)-[:HOLDS_CERTIFICATION]->(x:Standard)<-[:HOLDS_CERTIFICATION]-(other:Company)
          WHERE other <> this
          RETURN DISTINCT other, x, 'STANDARDS' AS dimension
          UNION
          MATCH (this)-[:MEMBER_OF]->(x:Alliance)<-[:MEMBER_OF]-(other:Company)
          WHERE other <> this
          RETURN DISTINCT other, x, 'ALLIANCES' AS dimension
        }
        WITH other, dimension, x, 3 AS weight ORDER BY dimension, coalesce(x.code, x.name)
        WITH other, sum(weight) AS score, collect({dimension: dimension, name: coalesce(x.code, x.name)}) AS shared
        ORDER BY score DESC, other.name ASC LIMIT $first
        RETURN {companyId: other.id, companyName: other.name, score: score, shared: shared} AS peer
        """
        columnName: "peer"
      )
  }

  type SharedItem {
    dimension: String!
    name: String!
  }

  type PeerResult {
    companyId: ID!
    companyName: String!
    score: Float!
    shared: [SharedItem!]!
  }

  type SearchHit {
    score: Float!
    type: String!
    id: ID!
    name: String
  }

  type Query {
    "Fulltext search over the same index as esg-graph's search; the client sends the Lucene query."
    search(query: String!, first: Int = 10): [SearchHit!]!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
        WITH node, score ORDER BY score DESC, node.id LIMIT $first
        RETURN {score: score, type: [l IN labels(node) WHERE l <> 'Entity'][0], id: node.id, name: coalesce(node.name, node.code, node.title)} AS hit
        """
        columnName: "hit"
      )
  }

  type Standard @node(labels: ["Standard"]) {
    id: ID!
    code: String!
    title: String!
    category: StandardCategory!
    issuer: String!
    aliases: [String!]
    holders: [Company!]! @relationship(type: "HOLDS_CERTIFICATION", direction: IN, properties: "Certification")
  }

  type Alliance @node(labels: ["Alliance"]) {
    id: ID!
    name: String!
    nameZh: String
    kind: AllianceKind!
    members: [Company!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Programme @node(labels: ["Programme"]) {
    id: ID!
    name: String!
    nameZh: String
    kind: ProgrammeKind!
    startYear: Int
    runBy: [Company!]! @relationship(type: "RUNS", direction: IN, properties: "Run")
  }
`;

import { buildSchema, getNamedType, isInterfaceType, isListType, isNonNullType, isObjectType, parse } from 'graphql';
import { estimateCost } from '../../src/graphql/cost/estimate';
import { FANOUTS } from '../../src/graphql/cost/relations';
import { statisticsOf, type StatisticsSnapshot } from '../../src/graphql/cost/statistics';
import { typeDefs } from '../../src/graphql/schema';

const schema = buildSchema(typeDefs().join('\n'));
const limits = { defaultPageSize: 20, maxPageSize: 100, maxNestedList: 1000 };

/** A graph like the 100x one: 10,000 companies, text indexes on names only. */
const snapshot: StatisticsSnapshot = {
  nodes: { Company: 10_000, Standard: 80, Alliance: 220, Organization: 1_100, Programme: 3_300, Report: 10_000, Entity: 25_000, pathRelationships: 200_000 },
  degrees: {
    'Company-HOLDS_CERTIFICATION-out': { average: 4, max: 12 },
    'Standard-HOLDS_CERTIFICATION-in': { average: 500, max: 9_000 },
    'Company-MEMBER_OF-out': { average: 3, max: 40 },
    'Alliance-MEMBER_OF-in': { average: 130, max: 2_000 },
  },
  indexes: { 'Company.id': ['RANGE'], 'Company.name': ['RANGE', 'TEXT'], 'Company.nameZhHans': ['RANGE', 'TEXT'], 'Alliance.name': ['RANGE', 'TEXT'] },
  readAt: 0,
};
const stats = statisticsOf(snapshot);
const cost = (query: string, variables?: Record<string, unknown>) => estimateCost(schema, parse(query), undefined, variables, stats, limits).cost;

describe('cost estimate', () => {
  it('knows the relationship behind every list and connection of an entity type', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
        const many = isListType(inner) || named.name.endsWith('Connection');
        if (many && (isObjectType(named) || isInterfaceType(named)) && field.name !== 'evidence' && field.name !== 'peers') {
          if (!FANOUTS[`${type.name}.${field.name}`]) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('prices an indexed equality far below a contains on an unindexed property', () => {
    const indexed = cost('{ companies(where: { name: { eq: "Hikvision" } }) { totalCount } }');
    const text = cost('{ companies(where: { name: { contains: "vision" } }) { totalCount } }');
    const unindexed = cost('{ companies(where: { industry: { contains: "tech" } }) { totalCount } }');
    expect(indexed).toBeLessThan(1_000);
    expect(text).toBeLessThan(unindexed);
    expect(unindexed).toBeGreaterThanOrEqual(10_000 * 3);
  });

  it('takes away the index under NOT and prices each predicate of a wide OR', () => {
    expect(cost('{ companies(where: { NOT: { name: { eq: "x" } } }) { totalCount } }')).toBeGreaterThan(cost('{ companies(where: { name: { eq: "x" } }) { totalCount } }') * 10);
    const f = { eq: 'a', contains: 'a', startsWith: 'a', endsWith: 'a', in: ['a'] };
    const one = cost('query($f: StringFilter) { companies(where: { OR: [{ industry: $f }] }) { totalCount } }', { f });
    const four = cost('query($f: StringFilter) { companies(where: { OR: [{ industry: $f }, { tickers: $f }, { name: $f }, { nameZh: $f }] }) { totalCount } }', { f });
    expect(four).toBeGreaterThan(one * 2);
  });

  it('prices a nested list filter by the degree of what it walks, and more on a small label scanned per candidate', () => {
    const some = cost('{ companies(where: { certifications: { some: { year: { gte: 2020 } } } }) { totalCount } }');
    expect(some).toBeGreaterThan(10_000 * 4 * 2);
    const viaIndex = cost('{ companies(where: { memberships: { some: { alliance: { name: { contains: "Alliance" } } } } }) { totalCount } }');
    expect(viaIndex).toBeGreaterThan(10_000 * 110 * 16);
  });

  it('reads page sizes from variables as from literals, and multiplies them through nesting', () => {
    const q = 'query($n: Int) { standards(first: $n) { edges { node { holders(first: $n) { edges { node { certifications { year } } } } } } } }';
    expect(cost(q, { n: 50 })).toBe(cost(q.replace('query($n: Int) ', '').replace(/\$n/g, '50')));
    expect(cost(q, { n: 50 })).toBeGreaterThan(cost(q, { n: 5 }));
  });

  it('grows with maxHops of a path search and with the page of a search', () => {
    const hops = [2, 4, 6].map((h) => cost(`{ connection(from: "a", to: "b", maxHops: ${h}) { length } }`));
    expect(hops[0]).toBeLessThan(hops[1]!);
    expect(hops[1]).toBeLessThan(hops[2]!);
    expect(cost('{ search(text: "x", first: 100) { score node { ... on Company { name } } } }')).toBeGreaterThan(cost('{ search(text: "x", first: 1) { score } }'));
  });

  it('costs nothing for introspection and an unknown operation name', () => {
    expect(cost('{ __typename }')).toBe(0);
    expect(estimateCost(schema, parse('query A { __typename }'), 'B', {}, stats, limits).cost).toBe(0);
  });
});

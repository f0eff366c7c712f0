import type { FactsFile } from '../../ingest/facts/schema';
import { compact } from '../../ingest/load/node-props';
import { declare, evidenceOf, incoming, node, nodes, outgoing, prop, through } from '../declare';

/**
 * schema/assurance.graphql: third-party verification of a report or of data in it.
 *
 * An assurance is a node of its own, not a relationship from the report to its provider: two of the
 * verifications the reports state name no provider, one applies two standards, and each has a scope,
 * subject and level of its own. `(Report)-[:ASSURED_BY]->(Assurance)` states it (with the evidence),
 * `(Assurance)-[:PROVIDED_BY]->(Organization)` names who verified, `(Assurance)-[:UNDER]->(Standard)`
 * the assurance standards. A company's assurances are those its reports state.
 */

type Item = FactsFile['assurances'][number];

const slugOf = (text: string) => text.toLowerCase().replace(/_/g, '-');

/**
 * `<report>-<scope>-assurance`, numbered when the report states several of one scope: readable,
 * stable while the file keeps its order, and never shared with another report.
 */
export function assuranceId(item: Item, facts: FactsFile): string {
  const same = facts.assurances.filter((a) => a.scope === item.scope);
  const base = `${facts.report.id}-${slugOf(item.scope)}-assurance`;
  return same.length === 1 ? base : `${base}-${same.indexOf(item) + 1}`;
}

export default declare({
  entities: [
    {
      label: 'Assurance',
      properties: { id: prop, scope: prop, subject: prop, methodology: prop, level: prop, levelZh: prop, year: prop },
      fields: {
        report: node(incoming('ASSURED_BY'), (rep) => [`${rep}.id`]),
        company: node(through(incoming('ASSURED_BY'), incoming('PUBLISHED')), (co) => [`${co}.id`]),
        provider: node(outgoing('PROVIDED_BY'), (o) => [`${o}.id`]),
        standards: nodes(outgoing('UNDER'), (s) => [`${s}.code`]),
        evidence: evidenceOf(incoming('ASSURED_BY')),
      },
      root: {
        byId: { field: 'assurance' },
        list: { field: 'assurances', sort: [{ field: 'id', direction: 'ASC' }] },
      },
      indexes: { range: ['scope', 'year'] },
      removeWhenOrphaned: true,
      sources: [
        {
          section: 'assurances',
          node: (a, facts) => ({
            id: assuranceId(a, facts),
            props: compact({
              scope: a.scope,
              subject: a.subject,
              methodology: a.methodology,
              level: a.level,
              levelZh: a.levelZh,
              year: a.year,
            }),
          }),
        },
      ],
    },
  ],
  relationships: [
    {
      type: 'ASSURED_BY',
      from: 'Report',
      to: 'Assurance',
      path: true,
      facts: [{ section: 'assurances', rows: (a, facts) => [{ from: facts.report.id, to: assuranceId(a, facts), evidence: a.evidence }] }],
    },
    {
      type: 'PROVIDED_BY',
      from: 'Assurance',
      to: 'Organization',
      path: true,
      facts: [
        {
          section: 'assurances',
          rows: (a, facts) => (a.provider ? [{ from: assuranceId(a, facts), to: a.provider, evidence: a.evidence, at: 'provider' }] : []),
        },
      ],
    },
    {
      type: 'UNDER',
      from: 'Assurance',
      to: 'Standard',
      path: true,
      facts: [
        {
          section: 'assurances',
          rows: (a, facts) => a.standards.map((s, j) => ({ from: assuranceId(a, facts), to: s, evidence: a.evidence, at: `standards[${j}]` })),
        },
      ],
    },
  ],
  extend: {
    Report: { assurances: nodes(outgoing('ASSURED_BY'), (a) => [`${a}.id`]) },
    Company: { assurances: nodes(through(outgoing('PUBLISHED'), outgoing('ASSURED_BY')), (a) => [`${a}.id`]) },
    Organization: { assurancesProvided: nodes(incoming('PROVIDED_BY'), (a) => [`${a}.id`]) },
    Standard: { assurances: nodes(incoming('UNDER'), (a) => [`${a}.id`]) },
  },
});

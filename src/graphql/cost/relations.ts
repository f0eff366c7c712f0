import type { Hop } from '../../model/declare';
import { endsOf, model, type Registry } from '../../model/registry';

/**
 * Which relationships each list field and each list filter of the schema walks, so the estimate can
 * price it with the graph's degree statistics. Keyed by schema coordinates (`Type.field`,
 * `InputType.field`), read from the model's declarations (a new entity type is priced without an
 * entry here); a unit test checks that every object-list field of the schema is known.
 */
export interface Fanout {
  /** Label of the node the walk starts from. */
  from: string;
  type: string;
  direction: 'out' | 'in';
}

const out = (from: string, type: string): Fanout => ({ from, type, direction: 'out' });
const into = (from: string, type: string): Fanout => ({ from, type, direction: 'in' });

/** One walk: the relationships a field follows from its node, in order (one, or several through other nodes). */
export type Walk = readonly Fanout[];

/** The steps of a declared hop from a node of `label`, each from the label it starts at. */
function walkOf(label: string, hop: Hop, registry: Registry): Fanout[] {
  let at = label;
  return [...(hop.via ?? []), hop].map((step) => {
    const fanout = { from: at, type: step.type, direction: step.direction };
    const declared = registry.relationships.get(step.type);
    at = declared ? (step.direction === 'out' ? (endsOf(declared)[0] ?? at) : declared.from) : at;
    return fanout;
  });
}

/** The walk of every relationship field of every entity type, by `Type.field`: from the declarations. */
function declaredWalks(registry: Registry): Record<string, Walk> {
  const walks: Record<string, Walk> = {};
  for (const entity of registry.apiEntities) {
    for (const [name, field] of Object.entries(registry.fieldsOf(entity.label))) {
      if (field.kind === 'resolver' || field.kind === 'allEvidence' || field.kind === 'evidence') continue;
      walks[`${entity.label}.${name}`] = walkOf(entity.label, field.hop, registry);
    }
  }
  return walks;
}

/** Object lists and connections of entity types (each a declared relationship field). */
export const FANOUTS: Record<string, Walk> = declaredWalks(model());

/** Filters that test relationships of each candidate: the relationship fields' (`some`/`none`/`all`), and the custom ones. */
export const FILTER_RELATIONS: Record<string, Walk> = {
  ...Object.fromEntries(Object.entries(FANOUTS).map(([coordinate, walk]) => [coordinate.replace('.', 'Where.'), walk])),
  'CompanyWhere.holdsStandards': [out('Company', 'HOLDS_CERTIFICATION')],
  'CompanyWhere.hasReports': [out('Company', 'PUBLISHED')],
  'ProgrammeWhere.sdg': [out('Programme', 'ADVANCES')],
  'RecognitionWhere.issuer': [out('Recognition', 'ISSUED_BY')],
};

/** Labels of entity types, whose `…Where` inputs test nodes that may have indexes. */
export const ENTITY_LABELS: ReadonlySet<string> = new Set(model().apiEntities.map((e) => e.label));

/** Root fields that find one entity by a key. */
export const LOOKUPS: ReadonlySet<string> = new Set(['node', ...model().apiEntities.flatMap((e) => (e.root?.byId ? [e.root.byId.field] : []))]);

/** Filter fields stored under another property name (the simplified form of a Chinese name). */
export const FILTER_PROPERTIES: Record<string, string> = { nameZh: 'nameZhHans' };

/** The walks of `Company.peers` by dimension: from a company to the shared items, and from them to other companies. */
export const PEER_PATHS: Record<string, Fanout[]> = {
  STANDARDS: [out('Company', 'HOLDS_CERTIFICATION'), into('Standard', 'HOLDS_CERTIFICATION')],
  ALLIANCES: [out('Company', 'MEMBER_OF'), into('Alliance', 'MEMBER_OF')],
  SUPPLIERS: [out('Company', 'SUPPLIED_BY'), into('Organization', 'SUPPLIED_BY')],
  PARTNERS: [out('Company', 'PARTNERS_WITH'), into('Organization', 'PARTNERS_WITH')],
  PROGRAMME_PARTNERS: [out('Company', 'RUNS'), out('Programme', 'IN_PARTNERSHIP_WITH'), into('Organization', 'IN_PARTNERSHIP_WITH'), into('Programme', 'RUNS')],
  FRAMEWORKS: [out('Company', 'PUBLISHED'), out('Report', 'FOLLOWS'), into('Framework', 'FOLLOWS'), into('Report', 'PUBLISHED')],
  SDGS: [out('Company', 'SUPPORTS'), into('SDG', 'SUPPORTS')],
  RECOGNITIONS: [out('Company', 'RECEIVED'), into('Recognition', 'RECEIVED')],
};

/** Every walk the statistics must know the degrees of. */
export const ALL_FANOUTS: Fanout[] = [...Object.values(FANOUTS), ...Object.values(FILTER_RELATIONS), ...Object.values(PEER_PATHS)].flat();

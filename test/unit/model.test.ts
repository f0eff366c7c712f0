import { createApi } from '../../src/graphql/api';
import { buildSchema, typeDefs } from '../../src/graphql/schema';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, factsFilesIn } from '../../src/ingest/facts/files';
import { readFactsFile } from '../../src/ingest/facts/read';
import { catalogNodes, definedNodes, statedRelationships } from '../../src/ingest/facts/sections';
import { deleteReportFactsStatement } from '../../src/ingest/load/load';
import { declare, incoming, nodes, outgoing, prop, relationships, through, type Declarations, type EntityDeclaration } from '../../src/model/declare';
import { DeclarationError, endsOf, model, readDeclarations, Registry } from '../../src/model/registry';

/**
 * The start-up check: the schema, the declarations, the shapes and the resolvers must agree, and a
 * disagreement names the field. The same check runs when the server starts (createApi).
 */

const declarations = readDeclarations();

/** The declarations with one entity changed. */
function withEntity(label: string, change: (e: EntityDeclaration) => EntityDeclaration): Registry {
  return new Registry(
    declarations.map((d) => declare({ ...d, entities: d.entities.map((e) => (e.label === label ? change(e) : e)) })),
  );
}

const problemsOf = (build: () => unknown): string => {
  try {
    build();
  } catch (err) {
    return (err as Error).message;
  }
  return 'no problem found';
};

describe('the start-up check', () => {
  it('passes for the schema and declarations of the project', () => {
    expect(problemsOf(() => createApi())).toBe('no problem found');
  });

  it('names a schema field that has no declaration', () => {
    const message = problemsOf(() => createApi(model(), [...typeDefs(), 'extend type Company { shoeSize: Int }']));
    expect(message).toMatch(/Company\.shoeSize has no declaration/);
  });

  it('names a declared property the schema does not have', () => {
    const registry = withEntity('Company', (e) => ({ ...e, properties: { ...e.properties, shoeSize: prop } }));
    expect(problemsOf(() => createApi(registry))).toMatch(/Company\.shoeSize is declared, but the schema's Company has no field shoeSize/);
  });

  it('names a relationship field whose schema type does not fit its declaration', () => {
    const registry = withEntity('Company', (e) => ({ ...e, fields: { ...e.fields, certifications: nodes(outgoing('HOLDS_CERTIFICATION'), (n) => [`${n}.id`]) } }));
    expect(problemsOf(() => createApi(registry))).toMatch(/Company\.certifications must return a list of Standard \(it is declared as nodes of HOLDS_CERTIFICATION\)/);
  });

  it('lets a relationship field return a union or interface its ends belong to, and no other', () => {
    const registry = withEntity('Company', (e) => ({ ...e, fields: { ...e.fields, clubs: nodes(outgoing('MEMBER_OF'), (n) => [`${n}.id`]) } }));
    const withType = (type: string) => [...typeDefs(), 'union Club = Alliance | Organization', `extend type Company { clubs: [${type}!]! }`];
    expect(problemsOf(() => createApi(registry, withType('Club')))).toBe('no problem found');
    expect(problemsOf(() => createApi(registry, withType('Node')))).toBe('no problem found');
    expect(problemsOf(() => createApi(registry, withType('Standard')))).toMatch(/Company\.clubs must return a list of Alliance/);
  });

  it('names filter and sort fields it cannot compile', () => {
    const message = problemsOf(() =>
      createApi(model(), [...typeDefs(), 'extend input CompanyWhere { shoeSize: IntFilter }', 'extend input CompanySort { peers: SortDirection }']),
    );
    expect(message).toMatch(/CompanyWhere\.shoeSize has no filter/);
    expect(message).toMatch(/CompanySort\.peers sorts by peers, which is not a property of Company/);
  });

  it('names a root field without a resolver', () => {
    expect(problemsOf(() => createApi(model(), [...typeDefs(), 'extend type Query { nothing: Int }']))).toMatch(/Query\.nothing has no resolver/);
  });

  it('keeps SearchResult and SearchType to the searchable declarations', () => {
    const registry = withEntity('Framework', (e) => ({ ...e, search: false }));
    const message = problemsOf(() => createApi(registry));
    expect(message).toMatch(/SearchResult includes Framework, which is not declared searchable/);
    expect(message).toMatch(/SearchType\.FRAMEWORK names no searchable entity/);
  });

  it('names a declared entity the schema does not have', () => {
    const imaginary: Declarations = declare({ entities: [{ label: 'Imaginary', properties: { id: prop } }], relationships: [] });
    const registry = new Registry([...declarations, imaginary]);
    expect(problemsOf(() => createApi(registry))).toMatch(/entity Imaginary is declared, but the schema has no object type Imaginary/);
  });

  it('refuses declarations that disagree among themselves', () => {
    const walksNothing = withEntityDeclarations({ fields: { orphan: nodes(incoming('NOT_DECLARED'), (n) => [n]) } });
    expect(() => walksNothing()).toThrow(DeclarationError);
    expect(() => walksNothing()).toThrow(/Company\.orphan walks NOT_DECLARED, which is not a declared relationship/);
  });

  it('checks a field that walks through other relationships step by step, and allows it only on lists of nodes', () => {
    const broken = withEntityDeclarations({
      fields: {
        detour: nodes(through(outgoing('PUBLISHED'), outgoing('MEMBER_OF')), (n) => [n]),
        detoured: relationships(through(outgoing('PUBLISHED'), outgoing('ASSURED_BY')), (v) => [v.r]),
      },
    });
    expect(() => broken()).toThrow(/Company\.detour walks MEMBER_OF out, which does not start at Report/);
    expect(() => broken()).toThrow(/Company\.detoured walks several relationships, which only a field listing nodes may/);
  });
});

function withEntityDeclarations(extra: Partial<EntityDeclaration>): () => Registry {
  return () => withEntity('Company', (e) => ({ ...e, ...extra, fields: { ...e.fields, ...extra.fields } }));
}

describe('what is derived from the declarations', () => {
  const registry = model();
  const schema = buildSchema();

  it('search covers the members of SearchResult, and the fulltext index those labels', () => {
    const union = schema.getType('SearchResult');
    const members = union && 'getTypes' in union ? union.getTypes().map((t) => t.name) : [];
    expect([...registry.searchLabels].sort()).toEqual([...members].sort());
    expect(registry.fulltext.labels).toEqual(registry.searchLabels);
  });

  it('paths walk every fact but reported metrics', () => {
    expect(registry.pathTypes).not.toContain('REPORTED');
    expect([...registry.pathTypes, 'REPORTED'].sort()).toEqual([...registry.relationships.keys()].sort());
  });

  it('reloading a report deletes every relationship type facts files write, and orphans of the declared kinds', () => {
    const statement = deleteReportFactsStatement(registry);
    for (const type of registry.factTypes) expect(statement).toContain(`MATCH ()-[r:${type}]->() WHERE r.report = report RETURN r`);
    expect(statement).toContain(`WHERE (${registry.orphanLabels.map((l) => `n:${l}`).join(' OR ')}) AND NOT (n)--()`);
    expect([...registry.factTypes].sort()).toEqual([...registry.relationships.keys()].sort());
    expect(registry.orphanLabels).toEqual(expect.arrayContaining(['Alliance', 'Company', 'Organization', 'Programme', 'Requirement']));
    expect(registry.orphanLabels).not.toContain('Standard');
  });

  it('the loader writes only declared labels and relationship types, each between the labels it declares', () => {
    const catalog = loadCatalog();
    const shared = catalogNodes(catalog, registry);
    for (const path of factsFilesIn(FACTS_DIR)) {
      const facts = readFactsFile(path);
      const labels = new Map([...shared, ...definedNodes(facts, registry)].map((n) => [n.id, n.label]));
      for (const label of labels.values()) expect(registry.entities.has(label)).toBe(true);
      for (const fact of statedRelationships(facts, registry)) {
        const declared = registry.relationships.get(fact.type);
        expect({ type: fact.type, declared: declared !== undefined }).toEqual({ type: fact.type, declared: true });
        if (!declared) continue;
        expect({ fact: `${fact.path} ${fact.type}`, from: labels.get(fact.from) }).toEqual({ fact: `${fact.path} ${fact.type}`, from: declared.from });
        expect(endsOf(declared)).toContain(labels.get(fact.to));
      }
    }
  });
});

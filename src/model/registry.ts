import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  isDeclarations,
  type CatalogSource,
  type Declarations,
  type EntityDeclaration,
  type EntityField,
  type FactSource,
  type NodeSource,
  type RelationshipDeclaration,
  type RelationshipObject,
} from './declare';

/**
 * The registry: every declaration of src/model/declarations, merged and checked, and the lists the
 * rest of the project derives from them. A new entity type is a new module in that folder; nothing
 * else keeps a list of labels or relationship types.
 *
 * The folder is read like schema/*.graphql is: every module's default export is one `declare({...})`.
 * Reading a folder (rather than importing each module here) is what keeps "add a type" to the
 * type's own files; the cost is that the compiler does not see the list, so `check()` does, at
 * start-up and in `npm test`.
 */

export const FULLTEXT_INDEX = 'entity_search';

export const DECLARATIONS_DIR = join(__dirname, 'declarations');

/** A declaration that cannot be right: the message names the type, relationship or field. */
export class DeclarationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the model declarations disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DeclarationError';
  }
}

export interface Index {
  /** Name in Neo4j: stable, so applying the indexes again finds them. */
  name: string;
  statement: string;
}

const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

export const endsOf = (r: RelationshipDeclaration): readonly string[] => (typeof r.to === 'string' ? [r.to] : r.to);

export class Registry {
  readonly entities = new Map<string, EntityDeclaration>();
  readonly relationships = new Map<string, RelationshipDeclaration>();
  /** Relationship types by the GraphQL type that answers one of them. */
  readonly objects = new Map<string, RelationshipDeclaration & { object: RelationshipObject }>();
  private readonly extensions = new Map<string, Record<string, EntityField>>();

  constructor(declarations: readonly Declarations[]) {
    const problems: string[] = [];
    for (const d of declarations) {
      for (const e of d.entities) {
        if (this.entities.has(e.label)) problems.push(`entity ${e.label} is declared twice`);
        this.entities.set(e.label, e);
      }
      for (const r of d.relationships) {
        if (this.relationships.has(r.type)) problems.push(`relationship ${r.type} is declared twice`);
        this.relationships.set(r.type, r);
        if (r.object) {
          if (this.objects.has(r.object.type)) problems.push(`${r.object.type} answers two relationship types`);
          this.objects.set(r.object.type, { ...r, object: r.object });
        }
      }
      for (const [type, fields] of Object.entries(d.extend ?? {})) {
        const merged = this.extensions.get(type) ?? {};
        for (const [name, field] of Object.entries(fields)) {
          if (name in merged) problems.push(`${type}.${name} is declared twice`);
          merged[name] = field;
        }
        this.extensions.set(type, merged);
      }
    }
    problems.push(...this.problems());
    if (problems.length > 0) throw new DeclarationError(problems);
  }

  /** Entity types the API exposes (each a GraphQL type implementing Node). */
  get apiEntities(): EntityDeclaration[] {
    return [...this.entities.values()].filter((e) => e.api !== false);
  }

  /** Relationship fields and resolver fields of an entity type: its own and those other modules add. */
  fieldsOf(label: string): Record<string, EntityField> {
    return { ...(this.entities.get(label)?.fields ?? {}), ...(this.extensions.get(label) ?? {}) };
  }

  /** Labels found by search(text, types), in declaration order. */
  get searchLabels(): string[] {
    return this.apiEntities.filter((e) => e.search).map((e) => e.label);
  }

  /** Relationship types a path may walk (in either direction). */
  get pathTypes(): string[] {
    return [...this.relationships.values()].filter((r) => r.path).map((r) => r.type);
  }

  /** Relationship types written from facts files: each records its report and goes when the report is reloaded. */
  get factTypes(): string[] {
    return [...this.relationships.values()].filter((r) => r.facts && r.facts.length > 0).map((r) => r.type);
  }

  /** Labels deleted when reloading reports leaves a node of theirs without relationships. */
  get orphanLabels(): string[] {
    return [...this.entities.values()].filter((e) => e.removeWhenOrphaned).map((e) => e.label);
  }

  /** Where nodes come from: facts-file sections and the catalogue, with the label they write. */
  get nodeSources(): { label: string; source: NodeSource | CatalogSource }[] {
    return [...this.entities.values()].flatMap((e) => (e.sources ?? []).map((source) => ({ label: e.label, source })));
  }

  /** Where relationships come from, with the type they write. */
  get factSources(): { type: string; source: FactSource }[] {
    return [...this.relationships.values()].flatMap((r) => (r.facts ?? []).map((source) => ({ type: r.type, source })));
  }

  /** Uniqueness constraints and range/text indexes, from the declarations. */
  get indexes(): Index[] {
    const out: Index[] = [{ name: 'entity_id', statement: 'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE' }];
    for (const e of this.entities.values()) {
      for (const property of ['id', ...(e.unique ?? [])]) {
        const name = `${snake(e.label)}_${snake(property)}`;
        out.push({ name, statement: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${e.label}) REQUIRE n.${property} IS UNIQUE` });
      }
      for (const property of e.indexes?.range ?? []) {
        const name = `${snake(e.label)}_${snake(property)}`;
        out.push({ name, statement: `CREATE RANGE INDEX ${name} IF NOT EXISTS FOR (n:${e.label}) ON (n.${property})` });
      }
      for (const property of e.indexes?.text ?? []) {
        const name = `${snake(e.label)}_${snake(property)}_text`;
        out.push({ name, statement: `CREATE TEXT INDEX ${name} IF NOT EXISTS FOR (n:${e.label}) ON (n.${property})` });
      }
    }
    for (const r of this.relationships.values()) {
      const properties = [...(r.facts?.length ? ['report'] : []), ...(r.indexes ?? [])];
      for (const property of properties) {
        const name = `${snake(r.type)}_${snake(property)}`;
        out.push({ name, statement: `CREATE RANGE INDEX ${name} IF NOT EXISTS FOR ()-[r:${r.type}]-() ON (r.${property})` });
      }
    }
    return out;
  }

  /**
   * The fulltext index of search(text, types): every searchable label's `searchText` (every name in
   * the report's script, in simplified and traditional characters, and in English). The CJK analyzer
   * indexes Chinese as overlapping bigrams, so a two-character query finds a longer name.
   */
  get fulltext(): { name: string; labels: string[]; property: string; statement: string } {
    const labels = this.searchLabels;
    return {
      name: FULLTEXT_INDEX,
      labels,
      property: 'searchText',
      statement:
        `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [n.searchText] ` +
        "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
    };
  }

  /** What the declarations say that cannot hold together. */
  private problems(): string[] {
    const problems: string[] = [];
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;
    for (const e of this.entities.values()) {
      if (!identifier.test(e.label)) problems.push(`entity label "${e.label}" is not an identifier`);
      if (e.api === false && (e.root || e.search || e.fields)) problems.push(`entity ${e.label} is not in the API but declares API fields`);
    }
    for (const r of this.relationships.values()) {
      if (!identifier.test(r.type)) problems.push(`relationship type "${r.type}" is not an identifier`);
      for (const label of [r.from, ...endsOf(r)]) {
        if (!this.entities.has(label)) problems.push(`relationship ${r.type} connects ${label}, which is not a declared entity`);
      }
      for (const [field, end] of Object.entries(r.object?.ends ?? {})) {
        if (typeof end === 'object' && !endsOf(r).includes(end.only)) problems.push(`${r.object?.type}.${field} asks for ${end.only}, which ${r.type} does not reach`);
      }
    }
    for (const [type, fields] of this.extensions) {
      const entity = this.entities.get(type);
      if (!entity) problems.push(`fields are added to ${type}, which is not a declared entity`);
      for (const name of Object.keys(fields)) {
        if (entity && (name in entity.properties || name in (entity.fields ?? {}))) problems.push(`${type}.${name} is declared by ${type} and added again`);
      }
    }
    for (const e of this.entities.values()) {
      for (const [name, field] of Object.entries(this.fieldsOf(e.label))) {
        if (field.kind === 'resolver' || field.kind === 'allEvidence') continue;
        if (field.hop.via && field.kind !== 'nodes' && field.kind !== 'node') problems.push(`${e.label}.${name} walks several relationships, which only a field listing nodes may`);
        for (const type of [...(field.hop.via ?? []), field.hop].map((h) => h.type)) {
          if (!this.relationships.has(type)) problems.push(`${e.label}.${name} walks ${type}, which is not a declared relationship`);
        }
        // Each step starts where the one before it ended: the first at the entity itself.
        let at: readonly string[] = [e.label];
        for (const step of [...(field.hop.via ?? []), field.hop]) {
          const r = this.relationships.get(step.type);
          if (!r) break;
          const near = step.direction === 'out' ? [r.from] : endsOf(r);
          if (!near.some((l) => at.includes(l))) {
            problems.push(`${e.label}.${name} walks ${step.type} ${step.direction}, which does not ${step.direction === 'out' ? 'start' : 'end'} at ${at.join(' or ')}`);
            break;
          }
          at = step.direction === 'out' ? endsOf(r) : [r.from];
        }
      }
    }
    return problems;
  }
}

/** The declarations of a folder: every module's default export. */
export function readDeclarations(dir = DECLARATIONS_DIR): Declarations[] {
  return readdirSync(dir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .sort()
    .map((f) => {
      // A dynamic require: the folder, not a hand-kept list, says which declarations exist.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(dir, f)) as { default?: unknown };
      if (!isDeclarations(mod.default)) throw new DeclarationError([`${join(dir, f)} does not export default declare({ ... })`]);
      return mod.default;
    });
}

let registry: Registry | undefined;

/** The project's registry, read once. */
export function model(): Registry {
  registry ??= new Registry(readDeclarations());
  return registry;
}

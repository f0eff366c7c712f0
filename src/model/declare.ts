import type { z } from 'zod';
import type { Catalog } from '../ingest/facts/catalog';
import type { Evidence, FactsFile } from '../ingest/facts/schema';
import type { Keyed, Matching } from '../ingest/extract/fact-keys';

/**
 * The shape of a declaration: what an entity type or a relationship type is, once, in one place.
 * Everything that used to list labels and relationship types by hand (the projections, filters and
 * sorts of the API, its root fields, search, paths, the loader, report reloads, the facts checks,
 * the extractor's evaluation, constraints and indexes) reads it from here; see registry.ts.
 *
 * Cypher written in a declaration is written against typed variables (NodeVars, RelVars), never
 * against user input: values reach a statement only as parameters.
 */

/** The variable of an entity's node in a statement. */
export interface NodeVars {
  readonly n: string;
}

/**
 * The variables of one relationship in a statement: the relationship, its start and end node, and
 * `far`, the end a list reached (the end that is not the list's owner).
 */
export interface RelVars {
  readonly r: string;
  readonly from: string;
  readonly to: string;
  readonly far: string;
}

export type Direction = 'out' | 'in';

/** A relationship type walked from a node: out (the node is its start) or in (its end). */
export interface Hop {
  readonly type: string;
  readonly direction: Direction;
  /**
   * Relationships walked first, from the node to the one `type` starts or ends at (a company's
   * assurances are reached through its reports). Only for fields listing nodes.
   */
  readonly via?: readonly Hop[];
}

export const outgoing = (type: string): Hop => ({ type, direction: 'out' });
export const incoming = (type: string): Hop => ({ type, direction: 'in' });
/** `then`, walked after `first`: `through(outgoing('PUBLISHED'), outgoing('ASSURED_BY'))`. */
export const through = (first: Hop, then: Hop): Hop => ({ ...then, via: [...(first.via ?? []), { type: first.type, direction: first.direction }] });

/** A GraphQL field read from a property of a node or a relationship. */
export interface Property {
  /** The property read (default: the field's name). */
  readonly property?: string;
  /** What an absent property reads as: an identifier, e.g. an enum's default value. */
  readonly absent?: string;
  /** Filters and sorts use this property instead; `simplify` converts filter values to simplified Chinese first. */
  readonly matchOn?: { readonly property: string; readonly simplify: boolean };
  /**
   * `eq` and `in` name things that must exist, matched the lookup's way (a standard's code in any
   * spelling): a value naming nothing is BAD_USER_INPUT, not an empty answer.
   */
  readonly lookup?: Lookup;
}

/**
 * How a value given by a client names nodes of a label (a standard by id or by code in any spelling,
 * a metric by key), and what to say when it names none. Checked before the statement runs.
 */
export interface Lookup {
  readonly label: string;
  /** The parameter a given value becomes (e.g. the keys of its spellings); default: the value. */
  readonly param?: (value: string) => unknown;
  /** Whether the node in `n` is named by the prepared value in `p` (Cypher, over variables and parameters). */
  readonly matches: (n: string, p: string) => string;
  /** The message for values that name nothing; `at` says where they were given (`holdsStandards.all`). */
  readonly unknown: (values: readonly string[], at: string) => string;
}

/**
 * What a rollup counts of a relationship type: the argument (and list-filter field) listing the
 * values that count, and the expression over a relationship variable that must be among them. The
 * schema gives the argument one default wherever it appears (the start-up check sees to that).
 */
export interface Scope {
  readonly argument: string;
  readonly of: (r: string) => string;
  /** The relationship object's field holding the same value: a filter on it asking for values out of scope is refused, not answered empty. */
  readonly field?: string;
}

/** A list argument of a relationship field: the values of `expr` it keeps (`IN`, or `=` for a single value). */
export type FieldArgument = ((v: RelVars) => string) | { readonly expr: (v: RelVars) => string; readonly lookup?: Lookup };

/** A property read as it is. */
export const prop: Property = {};

/** A Chinese name as written, matched and sorted by its simplified form (`nameZhHans`). */
export const chineseName: Property = { matchOn: { property: 'nameZhHans', simplify: true } };

export type SortDirection = 'ASC' | 'DESC';
export interface SortSpec {
  readonly field: string;
  readonly direction: SortDirection;
}

/** Cypher expressions that order a list, written against its variables (`x DESC` for descending). */
export type Order<V> = (v: V) => readonly string[];

/** A field of an entity type answered by walking one relationship type. */
export type RelationshipField =
  /** The relationships themselves, each as its GraphQL object (Certification, Membership, ...). */
  | {
      readonly kind: 'relationships';
      readonly hop: Hop;
      readonly order: Order<RelVars>;
      /** List arguments that keep the values of an expression, e.g. `years: (v) => \`${v.r}.year\``. */
      readonly arguments?: Readonly<Record<string, FieldArgument>>;
      /** What counts: applied where the field (or a list filter over it) has the scope's argument. */
      readonly scope?: Scope;
    }
  /** The distinct nodes at the other end. */
  | { readonly kind: 'nodes'; readonly hop: Hop; readonly order: Order<string>; readonly max?: number }
  /** The first node at the other end, or null. */
  | { readonly kind: 'node'; readonly hop: Hop; readonly order: Order<string> }
  /**
   * The distinct nodes at the other end as a Relay connection, sorted by `sort` (and id), each edge
   * listing the relationships between the node and the owner under `edges` (field → order).
   */
  | {
      readonly kind: 'connection';
      readonly hop: Hop;
      readonly sort: readonly SortSpec[];
      readonly edges: Readonly<Record<string, Order<RelVars>>>;
      /** What counts: a node is in the connection through relationships in scope; its edges list those. */
      readonly scope?: Scope;
      /**
       * In `where`, a list filter over this same relationship type is about the node's relationships
       * with the owner (a holder's holdings of this standard), not about all of them.
       */
      readonly ownerScopedWhere?: boolean;
    }
  /** The evidence of every relationship of the type at the node, in report order. */
  | { readonly kind: 'evidence'; readonly hop: Hop };

/** The evidence of every fact at the node, whatever its relationship type, in report order: every source that speaks of it. */
export interface AllEvidenceField {
  readonly kind: 'allEvidence';
}

/**
 * A field the API computes by hand-written Cypher (a ranking): a projection of its own inside the
 * entity's map (src/graphql/resolvers, `COMPUTED`), or else a resolver of its own (then only the
 * node's id is projected for it).
 */
export interface ResolverField {
  readonly kind: 'resolver';
}

export type EntityField = RelationshipField | ResolverField | AllEvidenceField;

export const relationships = (hop: Hop, order: Order<RelVars>, args?: Readonly<Record<string, FieldArgument>>, scope?: Scope): RelationshipField => ({
  kind: 'relationships',
  hop,
  order,
  ...(args ? { arguments: args } : {}),
  ...(scope ? { scope } : {}),
});
export const nodes = (hop: Hop, order: Order<string>, max?: number): RelationshipField =>
  max === undefined ? { kind: 'nodes', hop, order } : { kind: 'nodes', hop, order, max };
export const node = (hop: Hop, order: Order<string>): RelationshipField => ({ kind: 'node', hop, order });
export const connection = (
  hop: Hop,
  sort: readonly SortSpec[],
  edges: Readonly<Record<string, Order<RelVars>>>,
  options: { readonly scope?: Scope; readonly ownerScopedWhere?: boolean } = {},
): RelationshipField => ({ kind: 'connection', hop, sort, edges, ...options });
export const evidenceOf = (hop: Hop): RelationshipField => ({ kind: 'evidence', hop });
export const resolver: ResolverField = { kind: 'resolver' };
export const evidenceOfAllFacts: AllEvidenceField = { kind: 'allEvidence' };

/** What a custom filter compiles with: fresh names, parameters, and the other filters. */
export interface FilterScope {
  param(value: unknown): string;
  variable(prefix: string): string;
  /** The predicate of a filter input over an entity's node; undefined when it filters nothing. */
  where(input: string, value: unknown, node: string): string | undefined;
  /** The values must each name a node the lookup's way: checked before the statement, BAD_USER_INPUT naming those that do not. */
  require(lookup: Lookup, values: readonly string[], at: string): void;
}

/** A filter of `<Type>Where` that is neither a property nor a relationship field: value in, predicate out (undefined: no condition). */
export type CustomFilter = (node: string, value: unknown, scope: FilterScope) => string | undefined;

/**
 * Where a root list starts when its filter says so (undefined: every node of the type): `source`,
 * clauses that bind each distinct `node` satisfying part of the filter, ending with `WITH node`;
 * `rest`, the part of the filter value still to apply.
 */
export type Anchor = (where: unknown, node: string, scope: FilterScope) => { source: string; rest: unknown } | undefined;

/** The by-id root field: `company(id)`, `sdg(number)`, or a lookup of its own (`standard(id, code)`). */
export type ById =
  | {
      readonly field: string;
      /** The argument and the property it is matched on (default `id`). */
      readonly argument?: string;
      /** Checked before the lookup; BAD_USER_INPUT naming the argument otherwise. */
      readonly check?: z.ZodType;
      /** Said after "not found" (e.g. what a renamed key became). */
      readonly hint?: (value: string) => string;
    }
  | {
      readonly field: string;
      /** A MATCH binding `n`, from the field's arguments (checked here, with userError). */
      readonly match: (args: Readonly<Record<string, unknown>>, scope: FilterScope) => { match: string; missing: unknown };
    };

export type SectionName = Exclude<keyof FactsFile, 'source'>;
export type ItemOf<K extends SectionName> = FactsFile[K] extends readonly (infer T)[] ? T : FactsFile[K];
export type CatalogName = keyof Catalog;
export type CatalogItem<K extends CatalogName> = Catalog[K][number];
export type Props = Record<string, unknown>;

/** Nodes written from a section of a facts file (each item, or the section itself when it is one object). */
export type NodeSource = {
  [K in SectionName]: {
    readonly section: K;
    readonly catalog?: never;
    /** The node's id and properties; undefined: this item defines no node. */
    readonly node: (item: ItemOf<K>, facts: FactsFile) => { id: string; props: Props } | undefined;
  };
}[SectionName];

/** Nodes written from the shared catalogue (data/catalog). */
export type CatalogSource = {
  [K in CatalogName]: { readonly catalog: K; readonly section?: never; readonly node: (item: CatalogItem<K>) => { id: string; props: Props } };
}[CatalogName];

/** One relationship a facts item states. */
export interface FactRow {
  readonly from: string;
  readonly to: string;
  readonly props?: Props;
  readonly evidence: readonly Evidence[];
  /** Where in the item the end that must be defined is named (`alliance`, `partners[2].organization`), for messages. */
  readonly at?: string;
  /** Said after "is not defined" when the end is missing (e.g. what a renamed key became). */
  readonly hint?: () => string;
}

/** Relationships written from a section of a facts file, and how the extractor's evaluation tells two facts apart. */
export type FactSource = {
  [K in SectionName]: {
    readonly section: K;
    readonly rows: (item: ItemOf<K>, facts: FactsFile) => readonly FactRow[];
    /** The section is a category of the extractor's evaluation: what makes two facts the same fact. */
    readonly evaluate?: { readonly key: (item: ItemOf<K>, facts: FactsFile) => Keyed; readonly matching?: Matching };
  };
}[SectionName];

export interface EntityDeclaration {
  /** The node label; also the GraphQL type (implementing Node) unless `api` is false. */
  readonly label: string;
  /** False for nodes the loader writes that the API does not expose. */
  readonly api?: boolean;
  /** GraphQL fields read from the node's properties. */
  readonly properties: Readonly<Record<string, Property>>;
  /** GraphQL fields reached over a relationship, or answered by a resolver of their own. */
  readonly fields?: Readonly<Record<string, EntityField>>;
  /** `<Type>Where` fields that are neither a property nor a relationship field. */
  readonly filters?: Readonly<Record<string, CustomFilter>>;
  readonly root?: {
    readonly byId?: ById;
    /** The root connection: its field, default order and optional anchor. */
    readonly list?: { readonly field: string; readonly sort: readonly SortSpec[]; readonly anchor?: Anchor };
  };
  /** Found by `search(text, types)`: in the fulltext index, the SearchResult union and SearchType. */
  readonly search?: boolean;
  /** Properties unique per node besides `id`; properties with a range or text index. */
  readonly unique?: readonly string[];
  readonly indexes?: { readonly range?: readonly string[]; readonly text?: readonly string[] };
  /**
   * Entity resolution across facts files: within a namespace, one name (in either Chinese script,
   * or an alias) names one id. `name`, `kind` and `details` are the properties that must agree
   * wherever the entity is defined (default `name`, `kind`, nothing else).
   */
  readonly resolution?: { readonly namespace?: string; readonly name?: string; readonly kind?: string; readonly details?: readonly string[] };
  /** Deleted when reloading reports leaves it without any relationship. */
  readonly removeWhenOrphaned?: boolean;
  /** Where its nodes come from. */
  readonly sources?: readonly (NodeSource | CatalogSource)[];
}

/** A GraphQL type answering one relationship: its ends and properties as fields. */
export interface RelationshipObject {
  readonly type: string;
  /** Fields answering an end: the start, the end, or the far end of a list. `only`: null unless the node has this label. */
  readonly ends: Readonly<Record<string, 'from' | 'to' | 'far' | { readonly end: 'from' | 'to'; readonly only: string }>>;
  readonly properties: Readonly<Record<string, Property>>;
  /** The field answering the relationship's evidence. */
  readonly evidence?: string;
}

export interface RelationshipDeclaration {
  readonly type: string;
  /** Labels of its start and end nodes. */
  readonly from: string;
  readonly to: string | readonly string[];
  readonly object?: RelationshipObject;
  /** Walked by `connection(from, to)`. */
  readonly path: boolean;
  /** Range indexes on properties besides `report` (which every fact relationship has). */
  readonly indexes?: readonly string[];
  /**
   * Where its relationships come from. Each records the report that states it and goes when that
   * report is reloaded.
   */
  readonly facts?: readonly FactSource[];
}

/** The declarations of one module of src/model/declarations. */
export interface Declarations {
  readonly entities: readonly EntityDeclaration[];
  readonly relationships: readonly RelationshipDeclaration[];
  /** Fields this module adds to entity types declared elsewhere (`extend type Company { ... }` in its SDL). */
  readonly extend?: Readonly<Record<string, Readonly<Record<string, EntityField>>>>;
}

const DECLARATIONS = Symbol('declarations');

/** Marks a module's default export as declarations, so the registry can tell them from anything else. */
export function declare(declarations: Declarations): Declarations & { readonly [DECLARATIONS]: true } {
  return { ...declarations, [DECLARATIONS]: true };
}

export function isDeclarations(value: unknown): value is Declarations {
  return typeof value === 'object' && value !== null && DECLARATIONS in value;
}

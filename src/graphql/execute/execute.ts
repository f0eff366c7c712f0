import {
  getNamedType,
  getVariableValues,
  isCompositeType,
  isObjectType,
  Kind,
  locatedError,
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { GraphQLContext } from '../context';
import type { FieldPlanner } from '../plan';
import { planning, runPlan } from '../run';
import { Completer, Unsupported, type PureResolver } from './complete';
import { collectFields, type Fragments } from './fields';

/**
 * Compiled execution: a query whose every statement-running field is a root field is answered from
 * those statements' results without graphql-js (see complete.ts). Whether an operation qualifies is
 * decided once per parsed document (Apollo Server caches documents by query text, so the same
 * DocumentNode comes back for the same query); a query that does not qualify — introspection, a
 * mutation, a field below the root that runs a statement of its own — is left to graphql-js, and so
 * is any request whose variables graphql-js would refuse.
 */

export interface CompiledApi {
  readonly schema: GraphQLSchema;
  /** Fields that run statements, by `Type.field`. */
  readonly planners: ReadonlyMap<string, FieldPlanner>;
  /** Every other resolver of the map (pure functions of their parent). */
  readonly resolvers: ReadonlyMap<string, PureResolver>;
  /** Fields that run statements of their own unless a by-id root field's statement answers them (see Api). */
  readonly computedAtRoot: { readonly fields: ReadonlySet<string>; readonly roots: ReadonlySet<string> };
}

interface Covered {
  readonly operation: OperationDefinitionNode;
  readonly fragments: Fragments;
}

const decided = new WeakMap<DocumentNode, Map<string, Covered | null>>();

/** The operation, when compiled execution covers it. */
export function coveredOperation(api: CompiledApi, document: DocumentNode, operationName: string | null | undefined): Covered | null {
  let byName = decided.get(document);
  if (!byName) {
    byName = new Map();
    decided.set(document, byName);
  }
  const key = operationName ?? '';
  let covered = byName.get(key);
  if (covered === undefined) {
    covered = decide(api, document, operationName);
    byName.set(key, covered);
  }
  return covered;
}

function decide(api: CompiledApi, document: DocumentNode, operationName: string | null | undefined): Covered | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  const queryType = api.schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !queryType) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const walk = new CoverageWalk(api, fragments);
  return walk.root(queryType, operation.selectionSet) ? { operation, fragments } : null;
}

/** Checks every field an operation could ask for, through every fragment and type condition. */
class CoverageWalk {
  private readonly seen = new Set<string>();

  constructor(
    private readonly api: CompiledApi,
    private readonly fragments: Fragments,
  ) {}

  root(queryType: GraphQLObjectType, set: SelectionSetNode): boolean {
    return this.fields(set, queryType, true);
  }

  /** `below`: the by-id root field this selection set is directly under, if any. */
  private fields(set: SelectionSetNode, parent: GraphQLNamedType, atRoot: boolean, below?: string): boolean {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!this.field(selection, parent, atRoot, below)) return false;
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments[selection.name.value];
        if (!fragment) return false;
        const condition = fragment.typeCondition ? this.api.schema.getType(fragment.typeCondition.name.value) : parent;
        if (!condition) return false;
        // A fragment spread twice at the same type is checked once (fragments may nest deeply).
        const seenKey = selection.kind === Kind.FRAGMENT_SPREAD ? `${selection.name.value}@${parent.name}@${atRoot}@${below ?? ''}` : undefined;
        if (seenKey && this.seen.has(seenKey)) continue;
        if (seenKey) this.seen.add(seenKey);
        if (!this.fields(fragment.selectionSet, condition, atRoot, below)) return false;
      }
    }
    return true;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, atRoot: boolean, below?: string): boolean {
    const name = node.name.value;
    if (name === '__typename') return true;
    if (name.startsWith('__')) return false;
    if (!isCompositeType(parent) || !('getFields' in parent)) return false;
    const definition = parent.getFields()[name];
    if (!definition) return false;
    // Fields of an interface are answered by each implementation: check those that run statements.
    const owners = isObjectType(parent) ? [parent] : this.api.schema.getPossibleTypes(parent);
    const coordinates = owners.map((t) => `${t.name}.${name}`);
    const planned = coordinates.some((c) => this.api.planners.has(c));
    const answeredAbove = below !== undefined && coordinates.every((c) => this.api.computedAtRoot.fields.has(c));
    if (planned !== atRoot && !(planned && answeredAbove)) return false;
    const named = getNamedType(definition.type);
    if (!node.selectionSet) return true;
    const byIdRoot = atRoot && isObjectType(parent) && this.api.computedAtRoot.roots.has(`${parent.name}.${name}`) ? `${parent.name}.${name}` : undefined;
    return this.fields(node.selectionSet, named, false, byIdRoot);
  }
}

/** What a request needs besides the operation: its variables and context, and how errors are formatted. */
export interface Request {
  readonly variables: Readonly<Record<string, unknown>> | undefined;
  readonly context: GraphQLContext;
}

/**
 * Executes a covered operation: root fields planned and run in parallel (as graphql-js runs a
 * query's root fields), each completed from its result. Undefined: graphql-js must answer (variables
 * it would refuse, or a value the completion does not expect); nothing has been written to the
 * client then, and a query only reads, so running it again is safe.
 */
export async function executeCompiled(api: CompiledApi, covered: Covered, request: Request): Promise<ExecutionResult | undefined> {
  const { operation, fragments } = covered;
  const coerced = getVariableValues(api.schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const queryType = api.schema.getQueryType()!;
  const errors: GraphQLError[] = [];
  const completer = new Completer({ schema: api.schema, fragments, variables, resolvers: api.resolvers, planned: api.planners, context: request.context, errors });
  const data: Record<string, unknown> = {};
  // How the answer ends: every root field done, a non-null root field's error (data is null, as soon
  // as it happens: graphql-js answers then, without the fields still running), or a value the
  // completion does not expect (graphql-js answers instead).
  let outcome: 'nulled' | 'unsupported' | undefined;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const end = (how: 'nulled' | 'unsupported') => {
    outcome ??= how;
    settle();
  };
  /** A root field's error: recorded (the field is null), or, for a non-null field, the end of the answer. */
  const fail = (key: string, nodes: FieldNode[], err: unknown, returnType: Parameters<Completer['fieldError']>[1]) => {
    if (outcome) return;
    try {
      data[key] = completer.fieldError(err, returnType, nodes, [key]);
    } catch (propagated) {
      if (propagated instanceof Unsupported) return end('unsupported');
      errors.push(locatedError(propagated, nodes, [key]));
      end('nulled');
    }
  };
  const pending: Promise<void>[] = [];
  for (const [key, nodes] of collectFields(api.schema, fragments, variables, queryType, [operation.selectionSet])) {
    const name = nodes[0]!.name.value;
    if (name === '__typename') {
      data[key] = queryType.name;
      continue;
    }
    const definition = queryType.getFields()[name];
    const planner = api.planners.get(`${queryType.name}.${name}`);
    if (!definition || !planner) return undefined;
    data[key] = undefined;
    let plan;
    try {
      const tree = parseResolveInfo({ fieldName: name, fieldNodes: nodes, returnType: definition.type, parentType: queryType, schema: api.schema, fragments, variableValues: variables } as never) as ResolveTree;
      plan = planner.plan(undefined, tree.args, tree, planning(request.context));
    } catch (err) {
      fail(key, nodes, err, definition.type);
      // graphql-js stops executing root fields at a non-null root field's error.
      if (outcome) break;
      continue;
    }
    pending.push(
      runPlan(request.context, plan).then(
        (value) => {
          if (outcome) return;
          try {
            data[key] = completer.field(queryType, definition.type, nodes, [key], value);
          } catch (err) {
            fail(key, nodes, err, definition.type);
          }
        },
        (err: unknown) => fail(key, nodes, err, definition.type),
      ),
    );
  }
  if (!outcome) await Promise.race([Promise.all(pending), settled]);
  if (outcome === 'unsupported') return undefined;
  const result = outcome === 'nulled' ? null : data;
  return errors.length > 0 ? { errors: [...errors], data: result } : { data: result };
}

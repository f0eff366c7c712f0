import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  typeFromAST,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * Field collection as graphql-js does it (`collectFields`, which it does not export): the fields a
 * selection set asks of one object type, by response key in the order they first appear, fragments
 * spread in place, `@skip`/`@include` applied, each fragment spread once.
 */

export type Variables = Readonly<Record<string, unknown>>;

/** Fields by response key; the nodes of one key are merged (graphql-js has validated that they may be). */
export type FieldsByKey = Map<string, FieldNode[]>;

export interface Fragments {
  readonly [name: string]: FragmentDefinitionNode;
}

function included(variables: Variables, node: { directives?: readonly unknown[] | undefined }): boolean {
  if (!node.directives || node.directives.length === 0) return true;
  const n = node as FieldNode;
  if (getDirectiveValues(GraphQLSkipDirective, n, variables)?.if === true) return false;
  if (getDirectiveValues(GraphQLIncludeDirective, n, variables)?.if === false) return false;
  return true;
}

function applies(schema: GraphQLSchema, condition: FragmentDefinitionNode['typeCondition'] | undefined, type: GraphQLObjectType): boolean {
  if (!condition) return true;
  const conditional = typeFromAST(schema, condition);
  if (conditional === type) return true;
  return conditional !== undefined && isAbstractType(conditional) && schema.isSubType(conditional, type);
}

export function collectFields(
  schema: GraphQLSchema,
  fragments: Fragments,
  variables: Variables,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): FieldsByKey {
  const fields: FieldsByKey = new Map();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (!included(variables, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const list = fields.get(key);
        if (list) list.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(schema, selection.typeCondition, type)) visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = fragments[name];
        if (fragment && applies(schema, fragment.typeCondition, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of selectionSets) visit(set);
  return fields;
}

/** The selection sets below a field (its nodes merged). */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  const sets: SelectionSetNode[] = [];
  for (const n of nodes) if (n.selectionSet) sets.push(n.selectionSet);
  return sets;
}

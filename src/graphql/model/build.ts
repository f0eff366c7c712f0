import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { z } from 'zod';
import type { EntityDeclaration, Property, RelationshipDeclaration, RelationshipField, RelVars, Scope } from '../../model/declare';
import { userError } from '../errors';
import { endsOf, type Registry } from '../../model/registry';
import { toSimplified } from '../../ingest/resolve/chinese';
import { filterScope, type Compiling } from '../compile/context';
import { literal } from '../compile/names';
import { listSize, sortKeys, type SortFields } from '../compile/paging';
import { hopPattern } from '../compile/pattern';
import { EVIDENCE_FIELDS, projectConnection, projectEvidence, projectNode, projectRelationship } from '../compile/project';
import type { Shape, ShapeOutline } from '../compile/shape';
import { and, inputEntries, OPERATORS, operatorPredicates, whereNode, whereRelationship } from '../compile/where';
import { argumentPredicate, inScope, scopeValuesOf } from '../compile/scope';
import { missing } from './model';
import type {
  ApiModel,
  EntityFieldWriter,
  EntityType,
  FilterInput,
  NodeFilterWriter,
  RelationshipFieldWriter,
  RelationshipFilterWriter,
  RelationshipType,
} from './model';

/**
 * Builds the API model from the declarations and the schema, and checks that they agree: every field
 * of the schema has a declaration, a shape or a resolver; every declaration names a field the schema
 * has, of the right type; every filter and sort field can be compiled; search, Node and the root
 * fields match the declarations. Any disagreement stops the server at start-up (and fails `npm test`)
 * with a message naming the field, instead of a request failing later.
 */

export interface ModelInput {
  schema: GraphQLSchema;
  registry: Registry;
  /** `Type.field` of every field a resolver answers. */
  resolved: ReadonlySet<string>;
  /** Types computed by hand-written statements. */
  shapes: readonly ShapeOutline[];
  /** Fields of entities declared computed that a hand-written projection writes (`Company.peers`). */
  computed?: ReadonlyMap<string, EntityFieldWriter>;
  /** Fields of relationship objects computed from the relationship (MetricValue.caveats), by type. */
  relationshipShapes: readonly Shape<RelVars>[];
}

export class ModelError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the schema and the model declarations disagree:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ModelError';
  }
}

const QUANTIFIERS = ['some', 'none', 'all'] as const;
const COMBINATORS = ['AND', 'OR', 'NOT'];

/** `SDG` → `SDG`, `MetricValue` → `METRIC_VALUE`: a label as a SearchType value. */
export const constantCase = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();

const variablePrefix = (label: string | undefined) => (!label ? 'node' : label === label.toUpperCase() ? label.toLowerCase() : label.charAt(0).toLowerCase() + label.slice(1));

export function buildApiModel(input: ModelInput): ApiModel {
  return new Builder(input).build();
}

interface Walk {
  relationship: RelationshipDeclaration;
  /** Labels at the other end of the hop. */
  farLabels: readonly string[];
  farLabel: string | undefined;
}

class Builder {
  private readonly problems: string[] = [];
  private readonly schema: GraphQLSchema;
  private readonly registry: Registry;
  /** Object types the model accounts for (entities, relationship objects, connections, edges). */
  private readonly covered = new Set<string>();
  private readonly edgeFields = new Map<string, Set<string>>();

  /** Shapes written over a relationship's variables, for fields of its object the declaration does not give. */
  private readonly relationshipShapes: Map<string, Shape<RelVars>>;

  constructor(private readonly input: ModelInput) {
    this.schema = input.schema;
    this.registry = input.registry;
    this.relationshipShapes = new Map(input.relationshipShapes.map((s) => [s.type, s]));
  }

  build(): ApiModel {
    const entities = new Map<string, EntityType>();
    for (const declaration of this.registry.apiEntities) {
      const entity = this.entity(declaration);
      if (entity) entities.set(entity.type, entity);
    }
    const relationships = new Map<string, RelationshipType>();
    for (const [type, relationship] of this.registry.objects) {
      const object = this.relationshipObject(type, relationship);
      if (object) relationships.set(type, object);
    }
    const filters = this.filters();
    const abstracts = this.abstracts();
    const searchTypes = this.searchTypes();
    this.roots();
    this.everythingElse();
    this.scopeDefaults();
    if (this.problems.length > 0) throw new ModelError(this.problems);
    return { schema: this.schema, entities, relationships, filters, abstracts, searchTypes, pathTypes: this.registry.pathTypes };
  }

  private problem(message: string): void {
    this.problems.push(message);
  }

  private objectType(name: string, what: string): GraphQLObjectType | undefined {
    const type = this.schema.getType(name);
    if (isObjectType(type)) return type;
    this.problem(`${what} ${name} is declared, but the schema has no object type ${name}`);
    return undefined;
  }

  private walk(owner: string, field: string, hop: RelationshipField['hop']): Walk | undefined {
    const relationship = this.registry.relationships.get(hop.type);
    if (!relationship) {
      this.problem(`${owner}.${field} walks ${hop.type}, which is not declared`);
      return undefined;
    }
    const farLabels = hop.direction === 'out' ? endsOf(relationship) : [relationship.from];
    return { relationship, farLabels, farLabel: farLabels.length === 1 ? farLabels[0] : undefined };
  }

  // Entities

  private entity(declaration: EntityDeclaration): EntityType | undefined {
    const type = declaration.label;
    const graphql = this.objectType(type, 'entity');
    if (!graphql) return undefined;
    this.covered.add(type);
    const interfaces = graphql.getInterfaces().map((i) => i.name);
    if (!interfaces.includes('Node')) this.problem(`${type} must implement Node (every entity is found by node(id))`);
    const sdl = graphql.getFields();
    const declared = this.registry.fieldsOf(type);
    const fields = new Map<string, EntityFieldWriter>();
    for (const [name, field] of Object.entries(sdl)) {
      const property = declaration.properties[name];
      const relationship = declared[name];
      if (property && relationship) this.problem(`${type}.${name} is declared both as a property and as a relationship field`);
      if (property) fields.set(name, propertyWriter(property, name, isListType(getNullableType(field.type))));
      else if (relationship?.kind === 'allEvidence') {
        if (!(isListType(getNullableType(field.type)) && getNamedType(field.type).name === 'Evidence')) this.problem(`${type}.${name} must return a list of Evidence`);
        // Every relationship at the node that carries evidence, whatever its type or direction.
        fields.set(name, (v, tree, cx) => {
          const r = cx.names.variable('r');
          return projectEvidence(cx, `COLLECT { MATCH (${v.n})-[${r}]-() WHERE ${r}.evidenceLines IS NOT NULL RETURN ${r} ORDER BY ${r}.report, type(${r}), ${r}.evidenceLines[0] }`, tree);
        });
      } else if (relationship?.kind === 'resolver') {
        const computed = this.input.computed?.get(`${type}.${name}`);
        if (computed) fields.set(name, computed);
        else if (!this.input.resolved.has(`${type}.${name}`)) this.problem(`${type}.${name} is declared as computed, but no projection or resolver computes it`);
        else fields.set(name, () => undefined);
      } else if (relationship) {
        const writer = this.relationshipField(type, name, field, relationship);
        if (writer) fields.set(name, writer);
      } else {
        this.problem(`${type}.${name} has no declaration: declare it as a property or a relationship field of ${type} in src/model/declarations`);
      }
    }
    for (const name of [...Object.keys(declaration.properties), ...Object.keys(declared)]) {
      if (!(name in sdl)) this.problem(`${type}.${name} is declared, but the schema's ${type} has no field ${name}`);
    }
    return { type, label: declaration.label, interfaces, fields, sorts: this.sorts(type, declaration, sdl), declaration };
  }

  private sorts(type: string, declaration: EntityDeclaration, sdl: Record<string, GraphQLField<unknown, unknown>>): SortFields {
    const sorts = new Map<string, (node: string) => string>();
    const input = this.schema.getType(`${type}Sort`);
    if (!isInputObjectType(input)) return sorts;
    for (const name of Object.keys(input.getFields())) {
      const property = declaration.properties[name];
      const field = sdl[name];
      if (!property || !field) {
        this.problem(`${type}Sort.${name} sorts by ${name}, which is not a property of ${type}`);
        continue;
      }
      const cypherProperty = property.matchOn?.property ?? property.property ?? name;
      const named = getNamedType(field.type).name;
      const absent = named === 'Int' || named === 'Float' ? '-1' : "''";
      // Sort expressions never yield null, so keyset cursors compare cleanly.
      sorts.set(name, isNonNullType(field.type) && !property.matchOn ? (n) => `${n}.${cypherProperty}` : (n) => `coalesce(${n}.${cypherProperty}, ${absent})`);
    }
    return sorts;
  }

  /** The type a field returns once lists and non-nulls are taken off, and whether it is a list. */
  private returns(field: GraphQLField<unknown, unknown>): { named: string; list: boolean } {
    return { named: getNamedType(field.type).name, list: isListType(getNullableType(field.type)) };
  }

  /** The filter input of a field's `where` argument: over the relationship object, or over the far node. */
  private whereArgument(owner: string, name: string, field: GraphQLField<unknown, unknown>, objectType: string | undefined, farType: string): 'relationship' | 'node' | undefined {
    const where = field.args.find((a) => a.name === 'where');
    if (!where) return undefined;
    const input = getNamedType(where.type).name;
    if (objectType && input === `${objectType}Where`) return 'relationship';
    if (input === `${farType}Where`) return 'node';
    this.problem(`${owner}.${name}(where: ${input}) filters neither ${objectType ?? 'a relationship object'} nor ${farType}`);
    return undefined;
  }

  private relationshipField(owner: string, name: string, field: GraphQLField<unknown, unknown>, declared: RelationshipField): EntityFieldWriter | undefined {
    const walk = this.walk(owner, name, declared.hop);
    if (!walk) return undefined;
    const { hop } = declared;
    const { relationship, farLabel } = walk;
    const returns = this.returns(field);
    const hasFirst = field.args.some((a) => a.name === 'first');
    const varsOf = (n: string, r: string, far: string): RelVars => (hop.direction === 'out' ? { r, from: n, to: far, far } : { r, from: far, to: n, far });
    const expect = (ok: boolean, what: string) => {
      if (!ok) this.problem(`${owner}.${name} must return ${what} (it is declared as ${declared.kind} of ${hop.type})`);
      return ok;
    };
    switch (declared.kind) {
      case 'relationships': {
        const objectType = relationship.object?.type;
        if (!objectType) {
          this.problem(`${owner}.${name} lists ${hop.type} relationships, but ${hop.type} declares no object type`);
          return undefined;
        }
        if (!expect(returns.list && returns.named === objectType, `a list of ${objectType}`)) return undefined;
        const over = this.whereArgument(owner, name, field, objectType, farLabel ?? '');
        const whereInput = over ? `${over === 'relationship' ? objectType : farLabel}Where` : undefined;
        for (const arg of Object.keys(declared.arguments ?? {})) {
          if (!field.args.some((a) => a.name === arg)) this.problem(`${owner}.${name} declares the argument ${arg}, which the schema's field does not have`);
        }
        const scope = declared.scope && field.args.some((a) => a.name === declared.scope?.argument) ? declared.scope : undefined;
        return (v, tree, cx) => {
          const r = cx.names.variable('r');
          const far = cx.names.variable(variablePrefix(farLabel));
          const rv = varsOf(v.n, r, far);
          const conditions: string[] = [];
          const filter = whereInput && over ? (over === 'relationship' ? whereRelationship(cx, whereInput, tree.args.where, rv) : whereNode(cx, whereInput, tree.args.where, far)) : undefined;
          if (filter) conditions.push(filter);
          for (const [arg, declaredArgument] of Object.entries(declared.arguments ?? {})) {
            const value = tree.args[arg];
            if (value !== undefined && value !== null) conditions.push(argumentPredicate(cx, declaredArgument, arg, value, rv));
          }
          if (scope) conditions.push(inScope(cx, scope, r, tree.args[scope.argument]));
          const where = and(conditions);
          const projected = projectRelationship(cx, objectType, rv, tree);
          const order = declared.order(rv).join(', ');
          const limit = cx.names.int(hasFirst ? listSize(tree.args.first, cx.limits) : cx.limits.maxNestedList);
          const pattern = hopPattern({ hop, near: v.n, r, far }, [where ?? '', order, projected]);
          return `COLLECT { MATCH ${pattern}${where ? ` WHERE ${where}` : ''} RETURN ${projected} ORDER BY ${order} LIMIT ${limit} }`;
        };
      }
      case 'nodes':
      case 'node': {
        const single = declared.kind === 'node';
        if (!expect(returns.list !== single && this.holds(returns.named, walk.farLabels), single ? `one of ${walk.farLabels.join(', ')}` : `a list of ${walk.farLabels.join(' or ')}`)) return undefined;
        const over = this.whereArgument(owner, name, field, undefined, returns.named);
        const whereInput = over ? `${returns.named}Where` : undefined;
        const max = declared.kind === 'nodes' ? declared.max : 1;
        return (v, tree, cx) => {
          const r = cx.names.variable('r');
          const far = cx.names.variable(variablePrefix(farLabel));
          const where = whereInput ? whereNode(cx, whereInput, tree.args.where, far) : undefined;
          const projected = projectNode(cx, returns.named, far, tree);
          const order = declared.order(far).join(', ');
          const limit = cx.names.int(max ?? (hasFirst ? listSize(tree.args.first, cx.limits) : cx.limits.maxNestedList));
          const pattern = hopPattern({ hop, near: v.n, r, far }, [where ?? '', far]);
          const list = `COLLECT { MATCH ${pattern}${where ? ` WHERE ${where}` : ''} WITH DISTINCT ${far} ORDER BY ${order} LIMIT ${limit} RETURN ${projected} }`;
          return single ? `head(${list})` : list;
        };
      }
      case 'connection':
        return this.connectionField(owner, name, field, declared, walk, varsOf);
      case 'evidence':
        if (!expect(returns.list && returns.named === 'Evidence', 'a list of Evidence')) return undefined;
        return (v, tree, cx) => {
          const r = cx.names.variable('r');
          const pattern = hopPattern({ hop, near: v.n, r, far: cx.names.variable('far') }, [r]);
          return projectEvidence(cx, `COLLECT { MATCH ${pattern} RETURN ${r} ORDER BY ${r}.report }`, tree);
        };
    }
  }

  private connectionField(
    owner: string,
    name: string,
    field: GraphQLField<unknown, unknown>,
    declared: Extract<RelationshipField, { kind: 'connection' }>,
    walk: Walk,
    varsOf: (n: string, r: string, far: string) => RelVars,
  ): EntityFieldWriter | undefined {
    const { hop } = declared;
    const connectionType = getNamedType(field.type).name;
    const connection = this.schema.getType(connectionType);
    const edgesField = isObjectType(connection) ? connection.getFields().edges : undefined;
    const edgeType = edgesField ? getNamedType(edgesField.type) : undefined;
    const nodeField = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
    const nodeType = nodeField ? getNamedType(nodeField.type).name : undefined;
    if (!isObjectType(connection) || !isObjectType(edgeType) || !nodeType || !walk.farLabels.includes(nodeType)) {
      this.problem(`${owner}.${name} must return a connection (edges { node }) of ${walk.farLabels.join(' or ')}`);
      return undefined;
    }
    const objectType = walk.relationship.object?.type;
    const edgeLists = new Map(Object.entries(declared.edges));
    if (edgeLists.size > 0 && !objectType) {
      this.problem(`${owner}.${name} lists ${hop.type} relationships on its edges, but ${hop.type} declares no object type`);
      return undefined;
    }
    this.edgeFields.set(edgeType.name, new Set(edgeLists.keys()));
    for (const [edgeField, definition] of Object.entries(edgeType.getFields())) {
      if (edgeField === 'cursor' || edgeField === 'node') continue;
      if (!edgeLists.has(edgeField)) this.problem(`${edgeType.name}.${edgeField} has no declaration: list it in the edges of ${owner}.${name}`);
      else if (getNamedType(definition.type).name !== objectType) this.problem(`${edgeType.name}.${edgeField} must list ${objectType ?? 'relationship objects'}`);
    }
    for (const edgeField of edgeLists.keys()) {
      if (!(edgeField in edgeType.getFields())) this.problem(`${owner}.${name} declares the edge field ${edgeField}, which ${edgeType.name} does not have`);
    }
    const over = this.whereArgument(owner, name, field, objectType, nodeType);
    const whereInput = over ? `${over === 'relationship' ? objectType : nodeType}Where` : undefined;
    const farLabel = walk.farLabel;
    const scope = declared.scope && field.args.some((a) => a.name === declared.scope?.argument) ? declared.scope : undefined;
    // A connection with a scope says what it counted, in a field named like the argument.
    const echoed = scope && scope.argument in connection.getFields() ? scope.argument : undefined;
    if (echoed) this.edgeFields.set(connectionType, new Set([echoed]));
    return (v, tree, cx) => {
      const node = cx.names.variable(variablePrefix(farLabel));
      const r = cx.names.variable('r');
      const rv = varsOf(v.n, r, node);
      const kinds = scope ? cx.names.param(scopeValuesOf(tree.args[scope.argument], scope.argument)) : undefined;
      const inScopeOf = (rel: string) => (scope && kinds ? `${scope.of(rel)} IN ${kinds}` : undefined);
      // Filters on the node's own relationships of this type are about those with the owner, where declared.
      const whereCx = declared.ownerScopedWhere ? { ...cx, pins: new Map([...(cx.pins ?? []), [`${node}|${hop.type}`, v.n]]) } : cx;
      const filter = whereInput ? (over === 'relationship' ? whereRelationship(whereCx, whereInput, tree.args.where, rv) : whereNode(whereCx, whereInput, tree.args.where, node)) : undefined;
      const where = and([...(filter ? [filter] : []), ...(scope ? [inScopeOf(r) ?? ''] : [])]);
      const target = cx.model.entities.get(nodeType);
      const keys = sortKeys(undefined, target?.sorts ?? new Map(), node, declared.sort);
      const edgeFields = new Map(
        [...edgeLists].map(([edgeField, order]) => [
          edgeField,
          (edgeNode: string, t: ResolveTree, c: Compiling) => {
            if (!objectType) throw missing(`object type of ${hop.type}`);
            const h = c.names.variable('r');
            const hv = varsOf(v.n, h, edgeNode);
            const projected = projectRelationship(c, objectType, hv, t);
            const sorted = order(hv).join(', ');
            const counted = inScopeOf(h);
            const pattern = hopPattern({ hop, near: v.n, r: h, far: edgeNode }, [h, edgeNode]);
            return `COLLECT { MATCH ${pattern}${counted ? ` WHERE ${counted}` : ''} RETURN ${projected} ORDER BY ${sorted} LIMIT ${c.names.int(c.limits.maxNestedList)} }`;
          },
        ]),
      );
      return projectConnection(
        cx,
        {
          match: (mentioned) => hopPattern({ hop, near: v.n, r, far: node }, [...mentioned, node]),
          node,
          where,
          keys,
          nodeType,
          edgeType: edgeType.name,
          connectionType,
          edgeFields,
          ...(farLabel
            ? {
                nested: {
                  owner: v.n,
                  label: farLabel,
                  pattern: (near: string) => hopPattern({ hop, near, r, far: node }, [node]),
                  degree: (near: string) => `COUNT { ${hop.direction === 'out' ? `(${near})-[:${hop.type}]->()` : `()-[:${hop.type}]->(${near})`} }`,
                },
              }
            : {}),
          ...(echoed && kinds ? { fields: new Map([[echoed, () => kinds]]) } : {}),
        },
        tree,
      );
    };
  }

  /** Whether a GraphQL type is one of the labels, or an interface or union every one of them belongs to (Node). */
  private holds(type: string, labels: readonly string[]): boolean {
    if (labels.includes(type)) return true;
    const abstract = this.schema.getType(type);
    if (!isInterfaceType(abstract) && !isUnionType(abstract)) return false;
    const possible = this.schema.getPossibleTypes(abstract).map((t) => t.name);
    return labels.every((l) => possible.includes(l));
  }

  // Relationship objects

  private relationshipObject(type: string, relationship: RelationshipDeclaration & { object: NonNullable<RelationshipDeclaration['object']> }): RelationshipType | undefined {
    const graphql = this.objectType(type, `the object of ${relationship.type},`);
    if (!graphql) return undefined;
    this.covered.add(type);
    const { object } = relationship;
    const fields = new Map<string, RelationshipFieldWriter>();
    for (const [name, field] of Object.entries(graphql.getFields())) {
      const end = object.ends[name];
      const property = object.properties[name];
      const named = getNamedType(field.type).name;
      if (end !== undefined) {
        const which = typeof end === 'string' ? end : end.end;
        const labels = which === 'from' ? [relationship.from] : which === 'to' ? endsOf(relationship) : [relationship.from, ...endsOf(relationship)];
        const only = typeof end === 'string' ? undefined : end.only;
        if (!(only ? named === only : this.holds(named, labels))) this.problem(`${type}.${name} must be ${only ?? labels.join(' or ')}, the ${which} end of ${relationship.type}`);
        if (only && isNonNullType(field.type)) this.problem(`${type}.${name} must be nullable: only some ends of ${relationship.type} are ${only}`);
        fields.set(name, (v, tree, cx) => {
          const node = v[which];
          const projected = projectNode(cx, named, node, tree);
          return only ? `CASE WHEN ${node}:${only} THEN ${projected} END` : projected;
        });
      } else if (property) {
        fields.set(name, (v) => relationshipProperty(v.r, property, name));
      } else if (object.evidence === name) {
        if (named !== 'Evidence') this.problem(`${type}.${name} must be a list of Evidence`);
        fields.set(name, (v, tree, cx) => projectEvidence(cx, `[${v.r}]`, tree));
      } else if (this.relationshipShapes.get(type)?.fields[name]) {
        // Computed from the relationship by a shape of the same type (a value converted, caveats from parallel lists).
        const write = this.relationshipShapes.get(type)?.fields[name];
        if (write) fields.set(name, (v, tree, cx) => write(v, tree, cx));
      } else {
        this.problem(`${type}.${name} has no declaration: declare it as an end, a property or the evidence of ${relationship.type}, or write it in a shape`);
      }
    }
    for (const name of [...Object.keys(object.ends), ...Object.keys(object.properties), ...(object.evidence ? [object.evidence] : [])]) {
      if (!(name in graphql.getFields())) this.problem(`${type}.${name} is declared, but the schema's ${type} has no field ${name}`);
    }
    return { type, relationship, fields };
  }

  // Filters

  private filters(): Map<string, FilterInput> {
    const filters = new Map<string, FilterInput>();
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isInputObjectType(type) || !type.name.endsWith('Where')) continue;
      const of = type.name.slice(0, -'Where'.length);
      const entity = this.registry.entities.get(of);
      const object = this.registry.objects.get(of);
      if (entity && entity.api !== false) filters.set(type.name, { over: 'node', fields: this.nodeFilters(type, entity) });
      else if (object) filters.set(type.name, { over: 'relationship', fields: this.relationshipFilters(type, object) });
      else this.problem(`${type.name} filters ${of}, which is neither a declared entity nor a relationship object`);
    }
    return filters;
  }

  /** Checks AND/OR/NOT and yields the other fields of a filter input. */
  private filterFields(input: GraphQLInputObjectType): [string, GraphQLInputObjectType | undefined, string][] {
    const out: [string, GraphQLInputObjectType | undefined, string][] = [];
    for (const [name, field] of Object.entries(input.getFields())) {
      const named = getNamedType(field.type);
      if (COMBINATORS.includes(name)) {
        if (named.name !== input.name) this.problem(`${input.name}.${name} must take ${input.name}`);
        continue;
      }
      out.push([name, isInputObjectType(named) ? named : undefined, named.name]);
    }
    return out;
  }

  private operatorInput(owner: string, name: string, input: GraphQLInputObjectType | undefined): boolean {
    const unknown = input ? Object.keys(input.getFields()).filter((op) => !OPERATORS.includes(op)) : ['(not an input object)'];
    if (unknown.length > 0) this.problem(`${owner}.${name} filters a property, but its input has operators the compiler does not know: ${unknown.join(', ')}`);
    return unknown.length === 0;
  }

  private nodeFilters(input: GraphQLInputObjectType, entity: EntityDeclaration): Map<string, NodeFilterWriter> {
    const fields = new Map<string, NodeFilterWriter>();
    const sdl = this.objectTypeFields(entity.label);
    const relationshipFields = this.registry.fieldsOf(entity.label);
    for (const [name, fieldInput, inputName] of this.filterFields(input)) {
      const property = entity.properties[name];
      const relationship = relationshipFields[name];
      const custom = entity.filters?.[name];
      if (custom) {
        fields.set(name, (n, value, cx) => {
          const predicate = custom(n, value, filterScope(cx));
          return predicate ? [predicate] : [];
        });
      } else if (property) {
        if (!this.operatorInput(input.name, name, fieldInput)) continue;
        const cypherProperty = property.matchOn?.property ?? property.property ?? name;
        const sdlField = sdl?.[name];
        const spec = { list: sdlField ? isListType(getNullableType(sdlField.type)) : false, ...(property.matchOn?.simplify ? { simplify: toSimplified } : {}) };
        const lookup = property.lookup;
        fields.set(name, (n, value, cx) => operatorPredicates(name, `${n}.${cypherProperty}`, lookup ? { ...spec, lookup: { lookup, node: n } } : spec, value, cx));
      } else if (relationship && relationship.kind !== 'resolver' && relationship.kind !== 'evidence' && relationship.kind !== 'allEvidence') {
        const writer = this.relationshipFilter(input.name, name, entity.label, relationship, fieldInput, inputName);
        if (writer) fields.set(name, writer);
      } else {
        this.problem(`${input.name}.${name} has no filter: it is not a property or a relationship field of ${entity.label}, nor one of its declared filters`);
      }
    }
    for (const name of Object.keys(entity.filters ?? {})) {
      if (!(name in input.getFields())) this.problem(`${entity.label} declares the filter ${name}, which ${input.name} does not have`);
    }
    return fields;
  }

  private objectTypeFields(name: string): Record<string, GraphQLField<unknown, unknown>> | undefined {
    const type = this.schema.getType(name);
    return isObjectType(type) ? type.getFields() : undefined;
  }

  /**
   * A filter over a relationship field: `{ some, none, all }` of the relationship object's or the far
   * node's filter for a list, or the far node's filter for a single node (`publishedBy`).
   */
  private relationshipFilter(
    inputName: string,
    name: string,
    owner: string,
    field: Extract<RelationshipField, { kind: 'relationships' | 'nodes' | 'node' | 'connection' }>,
    fieldInput: GraphQLInputObjectType | undefined,
    fieldInputName: string,
  ): NodeFilterWriter | undefined {
    const walk = this.walk(owner, name, field.hop);
    if (!walk) return undefined;
    const { hop } = field;
    const farLabel = walk.farLabel;
    const objectType = walk.relationship.object?.type;
    const overOf = (innerInput: string): 'relationship' | 'node' | undefined => {
      if (objectType && innerInput === `${objectType}Where`) return 'relationship';
      if (walk.farLabels.some((l) => innerInput === `${l}Where`)) return 'node';
      this.problem(`${inputName}.${name} takes ${innerInput}, which filters neither ${objectType ?? 'a relationship object'} nor ${walk.farLabels.join(' or ')}`);
      return undefined;
    };
    const predicate = (n: string, innerInput: string, over: 'relationship' | 'node', value: unknown, cx: Compiling, scoped?: (r: string) => string) => {
      const r = cx.names.variable('r');
      // Pinned: only the relationships with one node (a holder's holdings of the standard listing it).
      const pinned = cx.pins?.get(`${n}|${hop.type}`);
      const far = pinned ?? cx.names.variable(variablePrefix(farLabel));
      const rv: RelVars = hop.direction === 'out' ? { r, from: n, to: far, far } : { r, from: far, to: n, far };
      const inner = over === 'relationship' ? whereRelationship(cx, innerInput, value, rv) : whereNode(cx, innerInput, value, far);
      const scope = scoped?.(r);
      const pattern = hopPattern({ hop, near: n, r, far }, [inner ?? '', scope ?? '', ...(pinned ? [far] : [])]);
      return { pattern, inner, scope };
    };
    if (field.kind === 'node') {
      const over = overOf(fieldInputName);
      if (!over) return undefined;
      return (n, value, cx) => {
        const { pattern, inner } = predicate(n, fieldInputName, over, value, cx);
        return [`EXISTS { MATCH ${pattern}${inner ? ` WHERE ${inner}` : ''} }`];
      };
    }
    // A list filter over a scoped field (certifications: holderKinds) counts only what is in scope.
    const scope = field.kind === 'relationships' || field.kind === 'connection' ? field.scope : undefined;
    const scopeField = scope && fieldInput && scope.argument in fieldInput.getFields() ? scope : undefined;
    const quantifiers = fieldInput ? Object.entries(fieldInput.getFields()).filter(([q]) => q !== scopeField?.argument) : [];
    const inner = quantifiers[0] ? getNamedType(quantifiers[0][1].type).name : '';
    if (quantifiers.length === 0 || quantifiers.some(([q, f]) => !(QUANTIFIERS as readonly string[]).includes(q) || getNamedType(f.type).name !== inner)) {
      this.problem(`${inputName}.${name} must take an input of some/none/all, each of one filter type`);
      return undefined;
    }
    const over = overOf(inner);
    if (!over) return undefined;
    return (n, value, cx) => {
      const out: string[] = [];
      const entries = inputEntries(value);
      const scopeValue = scopeField ? entries.find(([q]) => q === scopeField.argument)?.[1] : undefined;
      const scoped = scopeField && scopeValue !== undefined && scopeValue !== null ? (r: string) => inScope(cx, scopeField, r, scopeValue, `${name}.${scopeField.argument}`) : undefined;
      for (const [quantifier, innerValue] of entries) {
        if (innerValue === undefined || innerValue === null || quantifier === scopeField?.argument) continue;
        if (scopeField) outOfScope(scopeField, scopeValue, innerValue, `${name}.${quantifier}`, `${name}.${scopeField.argument}`);
        const { pattern, inner: p, scope: s } = predicate(n, inner, over, innerValue, cx, scoped);
        const matching = and([...(s ? [s] : []), ...(p ? [p] : [])]);
        if (quantifier === 'some') out.push(`EXISTS { MATCH ${pattern}${matching ? ` WHERE ${matching}` : ''} }`);
        else if (quantifier === 'none') out.push(`NOT EXISTS { MATCH ${pattern}${matching ? ` WHERE ${matching}` : ''} }`);
        else if (p) out.push(`NOT EXISTS { MATCH ${pattern} WHERE ${s ? `${s} AND ` : ''}NOT (${p}) }`);
      }
      return out;
    };
  }

  private relationshipFilters(input: GraphQLInputObjectType, relationship: RelationshipDeclaration & { object: NonNullable<RelationshipDeclaration['object']> }): Map<string, RelationshipFilterWriter> {
    const fields = new Map<string, RelationshipFilterWriter>();
    const { object } = relationship;
    for (const [name, fieldInput, inputName] of this.filterFields(input)) {
      const end = object.ends[name];
      const property = object.properties[name];
      if (end !== undefined) {
        const which = typeof end === 'string' ? end : end.end;
        fields.set(name, (v, value, cx) => {
          const predicate = whereNode(cx, inputName, value, v[which]);
          return predicate ? [predicate] : [];
        });
      } else if (property) {
        if (!this.operatorInput(input.name, name, fieldInput)) continue;
        fields.set(name, (v, value, cx) => operatorPredicates(name, relationshipProperty(v.r, property, name), { list: false }, value, cx));
      } else {
        this.problem(`${input.name}.${name} has no filter: it is not an end or a property of ${object.type}`);
      }
    }
    return fields;
  }

  // Node, search, roots

  private abstracts(): Map<string, Map<string, string>> {
    const abstracts = new Map<string, Map<string, string>>();
    const entityLabels = new Map(this.registry.apiEntities.map((e) => [e.label, e.label]));
    const node = this.schema.getType('Node');
    if (isInterfaceType(node)) {
      const implementations = this.schema.getPossibleTypes(node).map((t) => t.name);
      for (const t of implementations) if (!entityLabels.has(t)) this.problem(`${t} implements Node but is not a declared entity`);
      abstracts.set('Node', entityLabels);
    } else {
      this.problem('the schema has no interface Node');
    }
    // Other unions of entities (a recognition's issuers: Organization | Alliance) project like Node does.
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isUnionType(type) || type.name === 'SearchResult') continue;
      const members = type.getTypes().map((t) => t.name);
      if (members.every((m) => entityLabels.has(m))) abstracts.set(type.name, new Map(members.map((m) => [m, m])));
    }
    const search = this.schema.getType('SearchResult');
    const searchable = this.registry.searchLabels;
    if (isUnionType(search)) {
      const members = search.getTypes().map((t) => t.name);
      for (const m of members) if (!searchable.includes(m)) this.problem(`SearchResult includes ${m}, which is not declared searchable (search: true)`);
      for (const s of searchable) if (!members.includes(s)) this.problem(`${s} is declared searchable, but SearchResult does not include it (extend union SearchResult = ${s})`);
      abstracts.set('SearchResult', new Map(searchable.map((l) => [l, l])));
    } else if (searchable.length > 0) {
      this.problem('entities are declared searchable, but the schema has no union SearchResult');
    }
    return abstracts;
  }

  private searchTypes(): Map<string, string> {
    const types = new Map(this.registry.searchLabels.map((l) => [constantCase(l), l]));
    const enumType = this.schema.getType('SearchType');
    if (!isEnumType(enumType)) return types;
    const values = enumType.getValues().map((v) => v.name);
    for (const v of values) if (!types.has(v)) this.problem(`SearchType.${v} names no searchable entity`);
    for (const v of types.keys()) if (!values.includes(v)) this.problem(`SearchType has no value ${v} for the searchable ${types.get(v)} (extend enum SearchType { ${v} })`);
    return types;
  }

  /** The node type of a connection type (`edges { node }`), if it is one. */
  private connectionNode(typeName: string): string | undefined {
    const connection = this.schema.getType(typeName);
    const edges = isObjectType(connection) ? connection.getFields().edges : undefined;
    const edge = edges ? getNamedType(edges.type) : undefined;
    const node = isObjectType(edge) ? edge.getFields().node : undefined;
    return node ? getNamedType(node.type).name : undefined;
  }

  private roots(): void {
    const fields = this.schema.getQueryType()?.getFields() ?? {};
    for (const entity of this.registry.apiEntities) {
      const byId = entity.root?.byId;
      const byIdField = byId ? fields[byId.field] : undefined;
      if (byId && (!byIdField || getNamedType(byIdField.type).name !== entity.label || isListType(getNullableType(byIdField.type)))) {
        this.problem(`Query.${byId.field} must return ${entity.label} (it is ${entity.label}'s by-id field)`);
      } else if (byId && byIdField && !('match' in byId)) {
        const argument = byId.argument ?? 'id';
        if (!byIdField.args.some((a) => a.name === argument)) this.problem(`Query.${byId.field} has no argument ${argument} to look ${entity.label} up by`);
        if (!entity.properties[argument]) this.problem(`Query.${byId.field} looks ${entity.label} up by ${argument}, which is not a property of ${entity.label}`);
      }
      const list = entity.root?.list;
      if (!list) continue;
      const listField = fields[list.field];
      if (!listField || this.connectionNode(getNamedType(listField.type).name) !== entity.label) this.problem(`Query.${list.field} must return a connection of ${entity.label}`);
      const sort = this.schema.getType(`${entity.label}Sort`);
      for (const s of list.sort) {
        if (!isInputObjectType(sort) || !(s.field in sort.getFields())) this.problem(`${entity.label}'s default order sorts by ${s.field}, which ${entity.label}Sort does not have`);
      }
    }
  }

  /**
   * A scope argument (`holderKinds`, `breakdowns`) has one type and one default wherever it appears,
   * as a field argument or a filter field: the same question counts the same things everywhere.
   */
  private scopeDefaults(): void {
    const names = new Set(
      this.registry.apiEntities.flatMap((e) => Object.values(this.registry.fieldsOf(e.label))).flatMap((f) => ('scope' in f && f.scope ? [f.scope.argument] : [])),
    );
    const seen = new Map<string, { where: string; signature: string }>();
    const compare = (where: string, name: string, type: string, defaultValue: unknown) => {
      if (!names.has(name)) return;
      const signature = `${type} = ${JSON.stringify(defaultValue ?? null)}`;
      const first = seen.get(name);
      if (!first) seen.set(name, { where, signature });
      else if (first.signature !== signature) this.problem(`${where}: ${name} is ${signature}, but ${first.where} has ${first.signature}: a scope has one type and default everywhere`);
    };
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) compare(`${type.name}.${field.name}(${arg.name})`, arg.name, String(arg.type), arg.defaultValue);
        }
      } else if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) compare(`${type.name}.${field.name}`, field.name, String(field.type), field.defaultValue);
      }
    }
  }

  /** Every other object type: each field is answered by a resolver or written by a shape; connections and edges by the model. */
  private everythingElse(): void {
    const shapes = new Map<string, Set<string>>();
    for (const s of this.input.shapes) {
      const fields = shapes.get(s.type) ?? new Set<string>();
      for (const f of Object.keys(s.fields)) fields.add(f);
      shapes.set(s.type, fields);
    }
    for (const s of shapes.keys()) if (!isObjectType(this.schema.getType(s))) this.problem(`a shape writes ${s}, which the schema does not have`);
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || this.covered.has(type.name)) continue;
      const edgeFields = this.edgeFields.get(type.name);
      for (const [name] of Object.entries(type.getFields())) {
        const coordinate = `${type.name}.${name}`;
        if (this.input.resolved.has(coordinate) || shapes.get(type.name)?.has(name)) continue;
        if (name === 'node' && 'cursor' in type.getFields()) continue;
        if (edgeFields?.has(name)) continue;
        if (type.name === 'Evidence' && (EVIDENCE_FIELDS as readonly string[]).includes(name)) continue;
        this.problem(`${coordinate} has no resolver and no writer: declare it (src/model/declarations), write it in a shape, or resolve it`);
      }
    }
  }
}

const valueFilter = z.object({ eq: z.string().nullish(), in: z.array(z.string()).nullish() });

/**
 * A filter on the scoped field (`certifications: { some: { holderKind: { eq: FACILITY } } }`) asking
 * only for values the scope leaves out would answer nothing for a reason the caller cannot see:
 * BAD_USER_INPUT saying which argument to widen.
 */
function outOfScope(scope: Scope, scopeValue: unknown, filter: unknown, at: string, argumentAt: string): void {
  if (!scope.field || !Array.isArray(scopeValue)) return;
  const parsed = valueFilter.safeParse(inputEntries(filter).find(([k]) => k === scope.field)?.[1]);
  if (!parsed.success) return;
  const asked = [...(parsed.data.eq ? [parsed.data.eq] : []), ...(parsed.data.in ?? [])];
  const left = asked.filter((v) => !scopeValue.includes(v));
  if (asked.length > 0 && left.length === asked.length) {
    throw userError(`${at}.${scope.field} asks for ${left.join(', ')}, which ${argumentAt} [${scopeValue.join(', ')}] leaves out: add it to ${scope.argument}`);
  }
}

function relationshipProperty(r: string, property: Property, name: string): string {
  const read = `${r}.${property.property ?? name}`;
  return property.absent ? `coalesce(${read}, ${literal(property.absent)})` : read;
}

function propertyWriter(property: Property, name: string, list: boolean): EntityFieldWriter {
  const read = property.property ?? name;
  return list ? (v) => `coalesce(${v.n}.${read}, [])` : (v) => `${v.n}.${read}`;
}

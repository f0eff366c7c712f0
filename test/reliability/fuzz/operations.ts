import {
  astFromValue,
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  print,
  specifiedRules,
  validate,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '../../../src/graphql/schema';
import type { Random } from '../support/random';
import { FLOATS, INTS, randomId, randomString, type StringMode } from './values';

export function loadSchema(): GraphQLSchema {
  return buildSchema(typeDefs().join('\n'));
}

export interface Operation {
  text: string;
  variables: Record<string, unknown>;
  /** The root field it asks for, e.g. `companies`. */
  field: string;
}

export interface GenerateOptions {
  root: 'query' | 'mutation';
  strings: StringMode;
  /** Every Int argument and input field gets a negative number. */
  negativeInts?: boolean;
  /** The root field to use (default: a random one). */
  field?: string;
}

const MAX_SELECTION_DEPTH = 3;
const MAX_INPUT_DEPTH = 3;

/** Builds random, schema-valid operations: random root field, arguments, selections and fragments. */
export class OperationGenerator {
  constructor(
    readonly schema: GraphQLSchema,
    private readonly random: Random,
  ) {}

  /** A valid operation (checked against the schema with GraphQL's own rules; retried until it is). */
  generate(options: GenerateOptions): Operation {
    for (let attempt = 0; attempt < 20; attempt++) {
      const op = new Builder(this.schema, this.random, options).build();
      if (isValid(this.schema, op.text)) return op;
    }
    throw new Error(`could not generate a valid ${options.root} operation`);
  }
}

/** Some printed literals cannot be parsed back (a lone surrogate in a string): those are retried. */
function isValid(schema: GraphQLSchema, text: string): boolean {
  try {
    return validate(schema, parse(text), specifiedRules).length === 0;
  } catch {
    return false;
  }
}

class Builder {
  private readonly variables: Record<string, unknown> = {};
  private readonly definitions: string[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly options: GenerateOptions,
  ) {}

  build(): Operation {
    const rootType = this.options.root === 'query' ? this.schema.getQueryType()! : this.schema.getMutationType()!;
    const fields = Object.values(rootType.getFields());
    const field = this.options.field ? rootType.getFields()[this.options.field]! : this.random.pick(fields);
    const selection = this.field(field, 1, true);
    const header = this.definitions.length > 0 ? `${this.options.root} Fuzz(${this.definitions.join(', ')})` : this.options.root;
    return { text: `${header} { ${selection} }`, variables: this.variables, field: field.name };
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number, allArgs = false): string {
    const args = field.args
      .filter((a) => isNonNullType(a.type) || this.random.chance(allArgs ? 0.7 : 0.3))
      .map((a) => `${a.name}: ${this.argument(a)}`);
    const named = getNamedType(field.type);
    const sub = isLeafType(named) ? '' : ` { ${this.selection(named, depth + 1)} }`;
    return `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${sub}`;
  }

  private selection(type: GraphQLNamedType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const picked = [...new Set([this.random.pick(possible), this.random.pick(possible)])];
      return ['__typename', ...picked.map((t) => `... on ${t.name} { ${this.selection(t, depth + 1)} }`)].join(' ');
    }
    const fields = Object.values((type as GraphQLObjectType).getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => isNonNullType(a.type)));
    const pool = depth >= MAX_SELECTION_DEPTH ? leaves : fields.filter((f) => !f.args.some((a) => isNonNullType(a.type)) || this.random.chance(0.3));
    if (pool.length === 0) return '__typename';
    const count = this.random.int(1, Math.min(4, pool.length));
    const chosen = new Set<GraphQLField<unknown, unknown>>();
    for (let i = 0; i < count; i++) chosen.add(this.random.pick(pool));
    return [...chosen].map((f) => this.field(f, depth)).join(' ');
  }

  /** An argument value, inline or through a variable (half each). */
  private argument(arg: GraphQLArgument): string {
    const value = this.value(arg.type, arg.name, 0);
    const inline = this.random.chance(0.5) ? astFromValue(value, arg.type) : null;
    if (inline) return print(inline);
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${String(arg.type)}`);
    this.variables[name] = value;
    return `$${name}`;
  }

  private value(type: GraphQLInputType, name: string, depth: number): unknown {
    if (!isNonNullType(type) && this.random.chance(0.05)) return null;
    const bare = getNullableType(type) as GraphQLInputType;
    if (isListType(bare)) {
      return Array.from({ length: this.random.int(0, 3) }, () => this.value(bare.ofType as GraphQLInputType, name, depth + 1));
    }
    if (isEnumType(bare)) return this.random.pick(bare.getValues()).value;
    if (isInputObjectType(bare)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(bare.getFields())) {
        const nested = isInputObjectType(getNamedType(f.type));
        const include = isNonNullType(f.type) || (this.random.chance(depth === 0 ? 0.5 : 0.25) && (!nested || depth < MAX_INPUT_DEPTH));
        if (include) out[f.name] = this.value(f.type, f.name, depth + 1);
      }
      return out;
    }
    if (isScalarType(bare)) return this.scalar(bare.name, name);
    throw new Error(`no value for ${String(type)}`);
  }

  private scalar(type: string, name: string): unknown {
    const { random, options } = this;
    switch (type) {
      case 'ID':
        return randomId(random, options.strings);
      case 'String':
        return randomString(random, options.strings);
      case 'Int':
        if (options.negativeInts) return -random.int(1, 2_147_483_648);
        if (name === 'number' && random.chance(0.7)) return random.int(1, 17);
        return random.pick(INTS);
      case 'Float':
        return random.pick(FLOATS);
      case 'Boolean':
        return random.chance(0.5);
      default:
        throw new Error(`unknown scalar ${type}`);
    }
  }
}

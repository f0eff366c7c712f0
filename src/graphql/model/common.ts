import type { Compiler } from '../compile/compiler';
import { compileWhere, type FilterField, type FilterModel, type Vars } from '../compile/where';
import type { ObjectField, ObjectModel } from '../compile/project';

/** Helpers for writing the model: properties of the entity variable `n`, evidence of relationship `r`. */

export const prop = (name: string): ObjectField => ({ kind: 'scalar', expr: (v) => `${v.n}.${name}` });
export const listProp = (name: string): ObjectField => ({ kind: 'scalar', expr: (v) => `coalesce(${v.n}.${name}, [])` });
export const relProp = (name: string): ObjectField => ({ kind: 'scalar', expr: (v) => `${v.r}.${name}` });
export const evidenceOfR: ObjectField = { kind: 'evidence', relationships: (v) => `[${v.r}]` };
export const entity = (role: string, type: string): ObjectField => ({ kind: 'object', type, vars: (v) => ({ n: v[role]! }) });

export const entityId = (v: Vars) => `${v.n}.id`;

export function entityModel(fields: ObjectModel['fields']): ObjectModel {
  return { id: entityId, fields };
}

export const stringFilter = (property: string, options: { list?: boolean; simplify?: boolean } = {}): FilterField => ({
  kind: 'string',
  expr: (v) => `${v.n}.${property}`,
  ...options,
});
export const scalarFilter = (property: string, role = 'n'): FilterField => ({ kind: 'scalar', expr: (v) => `${v[role]}.${property}` });
export const relStringFilter = (property: string): FilterField => ({ kind: 'string', expr: (v) => `${v.r}.${property}` });

/** Sort expressions never yield null, so keyset cursors compare cleanly. */
export const sortString = (property: string) => (n: string) => `coalesce(${n}.${property}, '')`;
export const sortInt = (property: string) => (n: string) => `coalesce(${n}.${property}, -1)`;

/**
 * A pattern that binds `node` to a superset of a root connection's matches, found through an index,
 * for filters that say where to start (`undefined`: every node of the type).
 */
export type Anchor = (where: unknown, node: string, c: Compiler) => string | undefined;

export interface Domain {
  objects: Record<string, ObjectModel>;
  filters: FilterModel;
  sorts: Record<string, Record<string, (n: string) => string>>;
  anchors?: Record<string, Anchor>;
}

/** The filter model is shared by all domains; modules reach it lazily to compile nested filters. */
let filterModel: FilterModel = {};
export function setFilterModel(model: FilterModel): void {
  filterModel = model;
}
export function where(input: string, value: unknown, vars: Vars, c: Compiler): string {
  return compileWhere(filterModel, input, value, vars, c);
}

import type { ProjectionModel } from '../compile/project';
import type { FilterModel } from '../compile/where';
import { alliance } from './alliance';
import { setFilterModel, type Anchor, type Domain } from './common';
import { company } from './company';
import { metric } from './metric';
import { organization } from './organization';
import { programme } from './programme';
import { report } from './report';
import { standard } from './standard';

const domains: Domain[] = [company, standard, alliance, organization, programme, report, metric];

/** Every entity type and the label that identifies it in the graph. */
export const ENTITY_LABELS: Record<string, string> = {
  Company: 'Company',
  Standard: 'Standard',
  Alliance: 'Alliance',
  Organization: 'Organization',
  Programme: 'Programme',
  Report: 'Report',
  Framework: 'Framework',
  SDG: 'SDG',
  Metric: 'Metric',
};

export const projectionModel: ProjectionModel = {
  objects: Object.assign({}, ...domains.map((d) => d.objects)),
  abstracts: { Node: ENTITY_LABELS, SearchResult: ENTITY_LABELS },
  interfaces: Object.fromEntries(Object.keys(ENTITY_LABELS).map((t) => [t, ['Node']])),
};

export const filterModel: FilterModel = Object.assign({}, ...domains.map((d) => d.filters));
setFilterModel(filterModel);

export const sortModel: Record<string, Record<string, (n: string) => string>> = Object.assign({}, ...domains.map((d) => d.sorts));

export const anchorModel: Record<string, Anchor> = Object.assign({}, ...domains.map((d) => d.anchors ?? {}));

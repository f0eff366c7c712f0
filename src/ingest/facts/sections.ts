import type { CatalogSource, FactRow, FactSource, NodeSource, Props, SectionName } from '../../model/declare';
import { model, type Registry } from '../../model/registry';
import type { Keyed, Matching } from '../extract/fact-keys';
import type { Catalog } from './catalog';
import { factsFileSchema, type FactsFile } from './schema';

/**
 * Walks a facts file by the declarations: the nodes it defines and the relationships it states,
 * each with the place in the file it comes from. Each source is typed where it is declared; this is
 * the one place that treats them alike.
 */

/** Sections in the order of the facts file's schema (the order of messages and of the evaluation). */
export const SECTION_ORDER = Object.keys(factsFileSchema.shape).filter((k): k is SectionName => k !== 'source');

interface Item {
  item: unknown;
  /** `memberships[3]`, or the section's name when it is one object (`company`). */
  path: string;
}

export function itemsOf(facts: FactsFile, section: SectionName): Item[] {
  const value: unknown = facts[section];
  return Array.isArray(value) ? value.map((item: unknown, i) => ({ item, path: `${section}[${i}]` })) : [{ item: value, path: section }];
}

type ErasedNodeSource = { section: SectionName; node: (item: unknown, facts: FactsFile) => { id: string; props: Props } | undefined };
type ErasedCatalogSource = { catalog: keyof Catalog; node: (item: unknown) => { id: string; props: Props } };
type ErasedFactSource = {
  section: SectionName;
  rows: (item: unknown, facts: FactsFile) => readonly FactRow[];
  evaluate?: { key: (item: unknown, facts: FactsFile) => Keyed; matching?: Matching };
};

const erasedNode = (s: NodeSource) => s as ErasedNodeSource;
const erasedCatalog = (s: CatalogSource) => s as ErasedCatalogSource;
export const erasedFact = (s: FactSource) => s as ErasedFactSource;

export interface DefinedNode {
  label: string;
  id: string;
  props: Props;
  section: SectionName;
  path: string;
  /** The facts-file item that defines it. */
  item: unknown;
}

/** The nodes a facts file defines, section by section in file order. */
export function definedNodes(facts: FactsFile, registry: Registry = model()): DefinedNode[] {
  const sources = registry.nodeSources.flatMap(({ label, source }) => (source.section === undefined ? [] : [{ label, source: erasedNode(source) }]));
  return SECTION_ORDER.flatMap((section) =>
    sources
      .filter((s) => s.source.section === section)
      .flatMap(({ label, source }) =>
        itemsOf(facts, section).flatMap(({ item, path }) => {
          const node = source.node(item, facts);
          return node ? [{ label, ...node, section, path, item }] : [];
        }),
      ),
  );
}

/** The nodes of the shared catalogue. */
export function catalogNodes(catalog: Catalog, registry: Registry = model()): { label: string; id: string; props: Props }[] {
  return registry.nodeSources.flatMap(({ label, source }) => {
    if (source.catalog === undefined) return [];
    const s = erasedCatalog(source);
    return (catalog[s.catalog] as readonly unknown[]).map((item) => ({ label, ...s.node(item) }));
  });
}

export interface StatedRelationship extends FactRow {
  type: string;
  section: SectionName;
  path: string;
}

/** The relationships a facts file states, section by section in file order. */
export function statedRelationships(facts: FactsFile, registry: Registry = model()): StatedRelationship[] {
  const sources = registry.factSources.map(({ type, source }) => ({ type, source: erasedFact(source) }));
  return SECTION_ORDER.flatMap((section) =>
    sources
      .filter((s) => s.source.section === section)
      .flatMap(({ type, source }) =>
        itemsOf(facts, section).flatMap(({ item, path }) => source.rows(item, facts).map((row) => ({ ...row, type, section, path }))),
      ),
  );
}

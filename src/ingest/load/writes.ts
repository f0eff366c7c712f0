import type { Catalog } from '../facts/catalog';
import type { FactsFile } from '../facts/schema';
import { catalogNodes, definedNodes, statedRelationships } from '../facts/sections';
import { model, type Registry } from '../../model/registry';
import { hasCjk } from '../resolve/chinese';
import { compact, unionSearchText, unique, type Props } from './node-props';

/** A node to write: its label and every property it has. */
export interface NodeWrite {
  id: string;
  label: string;
  props: Props;
}

/** A relationship to write: endpoints by id, its type, and every property including its evidence. */
export interface RelationshipWrite {
  from: string;
  to: string;
  type: string;
  props: Props;
}

/**
 * The entity nodes of the catalogue and a set of facts files, merged by id. Files agree on names and
 * kinds (the facts check enforces it); where they write a Chinese name in different forms, the
 * first file in load order gives the display form (a name in Chinese characters over one in Latin
 * letters) and aliases are united, so the result does not depend on load order beyond the file names.
 */
export function entityNodes(files: readonly FactsFile[], catalog: Catalog, registry: Registry = model()): NodeWrite[] {
  const nodes = new Map<string, NodeWrite>();
  const add = (row: NodeWrite) => {
    const seen = nodes.get(row.id);
    if (!seen) {
      nodes.set(row.id, row);
      return;
    }
    const aliases = unique([...((seen.props.aliases as string[] | undefined) ?? []), ...((row.props.aliases as string[] | undefined) ?? [])]);
    // A name in Chinese characters is the display form over a Latin one (`國際數據公司` over `IDC`), whatever the file order.
    const seenZh = seen.props.nameZh as string | undefined;
    const rowZh = row.props.nameZh as string | undefined;
    const chinese = rowZh !== undefined && seenZh !== undefined && !hasCjk(seenZh) && hasCjk(rowZh) ? { nameZh: rowZh, nameZhHans: row.props.nameZhHans } : {};
    const display = chinese.nameZh ?? seenZh;
    const zh = unique([seenZh, rowZh]).filter((z) => z !== display);
    seen.props = compact({
      ...row.props,
      ...seen.props,
      ...chinese,
      aliases: unique([...aliases, ...zh]),
      searchText: unionSearchText(seen.props.searchText, row.props.searchText),
    });
  };
  for (const n of catalogNodes(catalog, registry)) add({ id: n.id, label: n.label, props: n.props });
  for (const facts of files) for (const n of definedNodes(facts, registry)) add({ id: n.id, label: n.label, props: n.props });
  return [...nodes.values()];
}

/**
 * Every fact of one facts file as relationships, each tagged with the report that states it and
 * carrying its evidence as parallel lists (cheaper to read than evidence nodes).
 */
export function relationshipRows(facts: FactsFile, registry: Registry = model()): RelationshipWrite[] {
  const report = facts.report.id;
  return statedRelationships(facts, registry).map((row) => ({
    from: row.from,
    to: row.to,
    type: row.type,
    props: compact({
      ...(row.props ?? {}),
      report,
      ...(row.evidence.length > 0
        ? {
            evidenceReports: row.evidence.map(() => report),
            evidenceLines: row.evidence.map((e) => e.line),
            evidenceQuotes: row.evidence.map((e) => e.quote),
          }
        : {}),
    }),
  }));
}

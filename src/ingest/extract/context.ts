import type { StandardResolver } from '../resolve/standards';
import { ALLIANCE_KINDS, ORGANIZATION_KINDS, type Alliance, type Company, type FactsFile, type Organization } from '../facts/schema';
import type { EntityRegistry } from './registry';
import type { ReportText } from './text';

/** What every rule reads: the report, who published it, for which year, and the id resolvers. */
export interface ExtractionContext {
  report: ReportText;
  sourceFile: string;
  reportYear: number;
  company: Company;
  /** The company's names in simplified script (legal name, short names), longest first. */
  companyNames: readonly string[];
  registry: EntityRegistry;
  standards: StandardResolver;
  entities: EntityBook;
}

export type Report = FactsFile['report'];

/**
 * Alliances and organizations the rules found, each defined once. Reuses the id, English name and
 * kind a curated file already gave the same name; otherwise the caller's proposal stands.
 */
export class EntityBook {
  private readonly alliances = new Map<string, Alliance>();
  private readonly organizations = new Map<string, Organization>();

  constructor(private readonly registry: EntityRegistry) {}

  alliance(proposal: Alliance): Alliance {
    const known = this.registry.party([proposal.nameZh, ...proposal.aliases, proposal.name], ['Alliance']);
    const def: Alliance = known
      ? { id: known.id, name: known.name, nameZh: known.nameZh ?? proposal.nameZh, aliases: mergeAliases(known.aliases, proposal.aliases), kind: asAllianceKind(known.kind) ?? proposal.kind }
      : proposal;
    return this.keep(this.alliances, def);
  }

  organization(proposal: Organization): Organization {
    const known = this.registry.party([proposal.nameZh, ...proposal.aliases, proposal.name], ['Organization', 'Company']);
    const def: Organization = known
      ? { id: known.id, name: known.name, nameZh: known.nameZh ?? proposal.nameZh, aliases: mergeAliases(known.aliases, proposal.aliases), kind: asOrganizationKind(known.kind) ?? proposal.kind }
      : proposal;
    return this.keep(this.organizations, def);
  }

  allianceList(ids: ReadonlySet<string>): Alliance[] {
    return [...this.alliances.values()].filter((a) => ids.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
  }

  organizationList(ids: ReadonlySet<string>): Organization[] {
    return [...this.organizations.values()].filter((o) => ids.has(o.id)).sort((a, b) => a.id.localeCompare(b.id));
  }

  private keep<T extends { id: string; aliases: string[] }>(map: Map<string, T>, def: T): T {
    const existing = map.get(def.id);
    if (existing) {
      existing.aliases = mergeAliases(existing.aliases, def.aliases);
      return existing;
    }
    map.set(def.id, def);
    return def;
  }
}

function mergeAliases(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function asAllianceKind(kind: string | undefined): Alliance['kind'] | undefined {
  return ALLIANCE_KINDS.find((k) => k === kind);
}

function asOrganizationKind(kind: string | undefined): Organization['kind'] | undefined {
  return ORGANIZATION_KINDS.find((k) => k === kind);
}

import { loadCatalog, type Catalog } from '../facts/catalog';
import { factsFileSchema, type Evidence, type FactsFile, type FactsFileInput } from '../facts/schema';
import { StandardResolver } from '../resolve/standards';
import { extractCertifications } from './certifications';
import { extractCompany } from './company';
import { EntityBook, type ExtractionContext } from './context';
import { extractFrameworks } from './frameworks';
import { extractMemberships } from './memberships';
import { extractMetrics } from './metrics';
import { extractPartners, partnerMentions } from './partners';
import { extractProgrammes } from './programmes';
import { extractReport, reportYearOf } from './report';
import { loadRegistry, type EntityRegistry } from './registry';
import { extractSdgs } from './sdgs';
import { placedStandardMentions } from './standard-mentions';
import { extractSupplierRequirements } from './supplier-requirements';
import { extractSuppliers } from './suppliers';
import { ReportText } from './text';

/**
 * Proposes a facts file for one source: every fact found by the rules, each with verbatim evidence,
 * ids resolved against the curated files where a name is already known. Deterministic: the same
 * text and curated files give the same output, facts ordered by their first evidence line.
 */

export interface ExtractInput {
  text: string;
  sourceFile: string;
  companyId?: string;
  /** Known entities (defaults to the curated files in data/facts). */
  registry?: EntityRegistry;
  catalog?: Catalog;
}

export function extractFacts(input: ExtractInput): FactsFile {
  const catalog = input.catalog ?? loadCatalog();
  const registry = input.registry ?? loadRegistry();
  const report = new ReportText(input.text);
  const { company, names } = extractCompany(report, registry, input.companyId);
  const ctx: ExtractionContext = {
    report,
    sourceFile: input.sourceFile,
    reportYear: reportYearOf(report),
    company,
    companyNames: names,
    registry,
    standards: new StandardResolver(registry.standards),
    entities: new EntityBook(registry),
  };
  const placed = placedStandardMentions(ctx);
  const certifications = extractCertifications(ctx, placed);
  const supplierRequirements = extractSupplierRequirements(ctx, placed);
  const { memberships, alliances } = extractMemberships(ctx);
  const mentions = partnerMentions(ctx);
  const programmes = extractProgrammes(ctx, mentions);
  const partners = extractPartners(ctx, mentions);
  const suppliers = extractSuppliers(ctx);
  const organizationIds = new Set([...partners.map((p) => p.organization), ...suppliers.map((s) => s.organization), ...programmes.flatMap((p) => p.partners.map((x) => x.organization))]);
  const standardIds = new Set([...certifications.map((c) => c.standard), ...supplierRequirements.flatMap((r) => (r.standard ? [r.standard] : []))]);
  // Sections the extractor has no rules for are left out: the schema makes them empty.
  const facts: FactsFileInput = {
    source: { file: input.sourceFile },
    report: extractReport(report, input.sourceFile, company),
    company,
    relatedCompanies: [],
    standards: registry.standards.filter((s) => standardIds.has(s.id) && !catalog.standards.some((c) => c.id === s.id)),
    metricDefinitions: [],
    alliances: alliances.sort((a, b) => a.id.localeCompare(b.id)),
    organizations: ctx.entities.organizationList(organizationIds),
    certifications: byFirstLine(certifications),
    memberships: byFirstLine(memberships),
    programmes: byFirstLine(programmes),
    partners: byFirstLine(partners),
    suppliers: byFirstLine(suppliers),
    supplierRequirements: byFirstLine(supplierRequirements),
    frameworks: byFirstLine(extractFrameworks(ctx, catalog.frameworks)),
    sdgs: byFirstLine(extractSdgs(ctx)),
    metrics: byFirstLine(extractMetrics(ctx)),
  };
  return factsFileSchema.parse(facts);
}

/** Facts in order of their first evidence line; facts on one line keep the order the rules found them in (text order). */
function byFirstLine<T extends { evidence: Evidence[] }>(items: readonly T[]): T[] {
  const first = (item: T) => Math.min(...item.evidence.map((e) => e.line));
  return [...items].sort((a, b) => first(a) - first(b));
}

import { z } from 'zod';
import { metricKey, slug, text, year } from '../../model/values';

/**
 * The facts file: what one source (report or article) states, each fact with its evidence.
 * Written by the extractor, corrected by a reviewer, read by the loader.
 * Identifiers are stable slugs: lowercase ASCII letters, digits and hyphens.
 */

export { SLUG } from '../../model/values';

export const evidenceSchema = z
  .object({
    line: z.number().int().positive(),
    quote: z.string().min(2).max(600),
  })
  .strict();

const evidence = z.array(evidenceSchema).min(1, 'every fact needs at least one evidence item');

export const STANDARD_CATEGORIES = [
  'INFORMATION_SECURITY',
  'PRIVACY',
  'ENVIRONMENT',
  'OCCUPATIONAL_HEALTH_SAFETY',
  'QUALITY',
  'ENERGY',
  'IT_SERVICE',
  'BUSINESS_CONTINUITY',
  'CLOUD_SECURITY',
  'SUPPLY_CHAIN_SECURITY',
  'AUTOMOTIVE',
  'CAPABILITY_MATURITY',
  'DATA_MANAGEMENT',
  'AI_MANAGEMENT',
  'ANTI_BRIBERY',
  'SOCIAL_RESPONSIBILITY',
  'PRODUCT_SAFETY',
  'OTHER',
] as const;

export const ALLIANCE_KINDS = [
  'ALLIANCE',
  'ASSOCIATION',
  'STANDARDS_BODY',
  'COMMITTEE',
  'INITIATIVE',
  'CONSORTIUM',
  'OTHER',
] as const;

export const ORGANIZATION_KINDS = [
  'COMPANY',
  'UNIVERSITY',
  'SCHOOL',
  'RESEARCH_INSTITUTE',
  'GOVERNMENT',
  'NGO',
  'FOUNDATION',
  'HOSPITAL',
  'MEDIA',
  'INTERNATIONAL_ORGANIZATION',
  'OTHER',
] as const;

export const PROGRAMME_KINDS = [
  'CHARITY',
  'EDUCATION',
  'ENVIRONMENT',
  'TALENT',
  'RESEARCH',
  'COMMUNITY',
  'EMPLOYEE',
  'AI_ETHICS',
  'OTHER',
] as const;

export const MEMBERSHIP_ROLES = [
  'MEMBER',
  'COUNCIL_MEMBER',
  'EXECUTIVE_COUNCIL_MEMBER',
  'VICE_CHAIR',
  'CHAIR',
  'SECRETARIAT',
  'FOUNDER',
  'SIGNATORY',
  'CONTRIBUTOR',
] as const;

export const HOLDER_KINDS = ['GROUP', 'SUBSIDIARY', 'FACILITY', 'PRODUCT', 'BUSINESS_UNIT'] as const;

/** What a standard or scheme certifies or describes; buildings' green ratings are OTHER. */
export const STANDARD_KINDS = ['MANAGEMENT_SYSTEM', 'PRODUCT', 'SERVICE', 'CAPABILITY', 'TECHNICAL_STANDARD', 'OTHER'] as const;

export const RECOGNITION_KINDS = ['AWARD', 'HONOUR', 'RANKING', 'RATING', 'DESIGNATION'] as const;

/** A recognition may also go to one project or case of the company. */
export const RECOGNITION_HOLDER_KINDS = [...HOLDER_KINDS, 'PROJECT'] as const;

export const ASSURANCE_SCOPES = ['REPORT', 'GHG_DATA', 'ENVIRONMENTAL_DATA', 'FINANCIAL_STATEMENTS', 'OTHER'] as const;

/** 牵头/主导/第一起草人 → LEAD_DRAFTER; 参编/参与起草/参与制定 → PARTICIPANT. */
export const DRAFTING_ROLES = ['LEAD_DRAFTER', 'PARTICIPANT'] as const;

/** Answering a consultation, attending a forum, a training or an event: not a partnership. */
export const ENGAGEMENT_KINDS = ['CONSULTATION', 'FORUM', 'TRAINING', 'EVENT', 'OTHER'] as const;

export const PILLARS = ['E', 'S', 'G'] as const;

export const standardDefinitionSchema = z
  .object({
    id: slug,
    code: text,
    title: text,
    /** The Chinese title as a report writes it. */
    titleZh: text.optional(),
    category: z.enum(STANDARD_CATEGORIES),
    kind: z.enum(STANDARD_KINDS).optional(),
    issuer: text,
    /** Other spellings that resolve to this standard (national adoptions, abbreviations, Chinese names). */
    aliases: z.array(text).default([]),
  })
  .strict();

/** What an intensity or average is per; the unit names it as "<numerator> per <DENOMINATOR_UNITS[d]>". */
export const DENOMINATORS = ['REVENUE', 'EMPLOYEE', 'FLOOR_AREA', 'IT_ENERGY'] as const;
export const DENOMINATOR_UNITS: Record<(typeof DENOMINATORS)[number], string> = {
  REVENUE: 'CNY million revenue',
  EMPLOYEE: 'employee',
  FLOOR_AREA: 'm²',
  IT_ENERGY: 'kWh',
};

/** One key, one definition, one unit, one denominator: values of a key are comparable across companies. */
export const metricDefinitionSchema = z
  .object({
    key: metricKey,
    label: text,
    /** What is counted, over which period (in the year, at year end, cumulative), and what is not. */
    definition: text,
    /** The unit values are compared in; a reported value in another unit must convert to it (data/catalog/units.json). */
    unit: text,
    denominator: z.enum(DENOMINATORS).optional(),
    pillar: z.enum(PILLARS),
  })
  .strict()
  .refine((m) => (m.denominator ? m.unit.endsWith(` per ${DENOMINATOR_UNITS[m.denominator]}`) : !/ per |\//.test(m.unit)), {
    message: `an intensity names its denominator: unit "<numerator> per ${Object.values(DENOMINATOR_UNITS).join('|')}" with the matching denominator`,
    path: ['unit'],
  });

export const frameworkDefinitionSchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text.optional(),
    issuer: text,
    aliases: z.array(text).default([]),
  })
  .strict();

export const companySchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text,
    shortNames: z.array(text).default([]),
    aliases: z.array(text).default([]),
    tickers: z.array(text).default([]),
    headquarters: text.optional(),
    founded: year.optional(),
    industry: text.optional(),
    website: text.optional(),
  })
  .strict();

export const relatedCompanySchema = companySchema
  .extend({
    /** PARENT: the report's company is a subsidiary of this one; SUBSIDIARY: the reverse. */
    relation: z.enum(['PARENT', 'SUBSIDIARY']),
    evidence,
  })
  .strict();

export const allianceSchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text.optional(),
    aliases: z.array(text).default([]),
    kind: z.enum(ALLIANCE_KINDS),
  })
  .strict();

export const organizationSchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text.optional(),
    aliases: z.array(text).default([]),
    kind: z.enum(ORGANIZATION_KINDS),
  })
  .strict();

const holderNamed = { message: 'holder is required when holderKind is not GROUP', path: ['holder'] };

export const certificationSchema = z
  .object({
    standard: slug,
    /** Version or edition as stated (e.g. "2013", "2015", "Level 3"). */
    version: text.optional(),
    /** Who holds it when not the group itself, as written in the report. */
    holder: text.optional(),
    holderKind: z.enum(HOLDER_KINDS).default('GROUP'),
    scope: text.optional(),
    year: year.optional(),
    evidence,
  })
  .strict()
  .refine((c) => c.holderKind === 'GROUP' || c.holder !== undefined, holderNamed);

export const membershipSchema = z
  .object({
    alliance: slug,
    role: z.enum(MEMBERSHIP_ROLES),
    since: year.optional(),
    note: text.optional(),
    evidence,
  })
  .strict();

/** An award, honour, ranking, rating or designation scheme, conferred by its issuers (organizations or alliances). */
export const recognitionSchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text.optional(),
    aliases: z.array(text).default([]),
    kind: z.enum(RECOGNITION_KINDS),
    issuers: z.array(slug).default([]),
  })
  .strict();

/** The company (or a part, product or project of it) received a recognition. */
export const receivedSchema = z
  .object({
    recognition: slug,
    year: year.optional(),
    /** As stated, in English ("Silver", "Second prize", "Top 100"); `levelZh` as written. */
    level: text.optional(),
    levelZh: text.optional(),
    holder: text.optional(),
    holderKind: z.enum(RECOGNITION_HOLDER_KINDS).default('GROUP'),
    note: text.optional(),
    evidence,
  })
  .strict()
  .refine((r) => r.holderKind === 'GROUP' || r.holder !== undefined, holderNamed);

/** Third-party verification of the report or of data in it. */
export const assuranceSchema = z
  .object({
    provider: slug.optional(),
    scope: z.enum(ASSURANCE_SCOPES),
    subject: text,
    /** Assurance standards applied (AA1000AS, ISSA 5000, ISO 14064-3), by standard id. */
    standards: z.array(slug).default([]),
    methodology: text.optional(),
    level: text.optional(),
    levelZh: text.optional(),
    year: year.optional(),
    evidence,
  })
  .strict();

/** A national, industry, group or international standard the company helped write. */
export const draftedStandardSchema = z
  .object({
    standard: slug,
    role: z.enum(DRAFTING_ROLES),
    year: year.optional(),
    note: text.optional(),
    evidence,
  })
  .strict();

export const engagementSchema = z
  .object({
    organization: slug,
    kind: z.enum(ENGAGEMENT_KINDS),
    description: text,
    year: year.optional(),
    evidence,
  })
  .strict();

export const programmeSchema = z
  .object({
    id: slug,
    name: text,
    nameZh: text.optional(),
    kind: z.enum(PROGRAMME_KINDS),
    description: text.optional(),
    startYear: year.optional(),
    /** The year of the activity reported, when the report says. */
    year: year.optional(),
    partners: z
      .array(z.object({ organization: slug, role: text.optional() }).strict())
      .default([]),
    sdgs: z.array(z.number().int().min(1).max(17)).default([]),
    evidence,
  })
  .strict();

export const partnershipSchema = z
  .object({
    organization: slug,
    relation: text,
    year: year.optional(),
    evidence,
  })
  .strict();

export const supplierSchema = z
  .object({
    organization: slug,
    supplies: text.optional(),
    evidence,
  })
  .strict();

export const supplierRequirementSchema = z
  .object({
    standard: slug.optional(),
    text,
    evidence,
  })
  .strict();

export const frameworkUseSchema = z
  .object({
    framework: slug,
    evidence,
  })
  .strict();

export const sdgSupportSchema = z
  .object({
    sdg: z.number().int().min(1).max(17),
    evidence,
  })
  .strict();

/**
 * What a value is relative to the company's figure for its key and year. TOTAL: the whole company.
 * PARTITION: one member of a split (`dimension`: gender, age, region, ...) whose members make up the
 * total. COMPONENT: an "of which" part of the total, never summed with it or with other parts.
 * PARTIAL: a figure for part of the company where no whole-company figure is stated (`covers` says which part).
 */
export const BREAKDOWNS = ['TOTAL', 'PARTITION', 'COMPONENT', 'PARTIAL'] as const;

/** What a reader must know before comparing a value with other years or companies. */
export const CAVEAT_KINDS = [
  'BOUNDARY_CHANGE',
  'RESTATED',
  'OPERATIONS_CHANGE',
  'DEFINITION',
  'ESTIMATE',
  'LOWER_BOUND',
  'UPPER_BOUND',
  'APPROXIMATE',
  'SECONDARY_SOURCE',
  'DISCREPANCY',
] as const;

export const caveatSchema = z.object({ kind: z.enum(CAVEAT_KINDS), note: text, evidence: evidenceSchema }).strict();

export const metricValueSchema = z
  .object({
    key: metricKey,
    value: z.number().finite(),
    unit: text,
    year,
    /** The part the value is for (a gender, a region, a site, a programme), when not the whole company. */
    segment: text.optional(),
    breakdown: z.enum(BREAKDOWNS).default('TOTAL'),
    /** What a PARTITION splits by ("gender", "age", "region"); optional on a COMPONENT. */
    dimension: text.optional(),
    /** What a PARTIAL value covers ("six metered offices", "5 of the 15 scope 3 categories"). */
    covers: text.optional(),
    caveats: z.array(caveatSchema).default([]),
    evidence,
  })
  .strict()
  .refine((m) => (m.breakdown === 'PARTIAL') === (m.covers !== undefined), { message: 'covers is required on a PARTIAL value and only there', path: ['covers'] })
  .refine((m) => !['PARTITION', 'COMPONENT'].includes(m.breakdown) || m.segment !== undefined, { message: 'a PARTITION or COMPONENT value names its segment', path: ['segment'] })
  .refine((m) => (m.breakdown === 'PARTITION' ? m.dimension !== undefined : m.dimension === undefined || m.breakdown === 'COMPONENT'), {
    message: 'dimension is required on a PARTITION value, allowed on a COMPONENT, and nowhere else',
    path: ['dimension'],
  });

export const reportSchema = z
  .object({
    id: slug,
    title: text,
    titleZh: text.optional(),
    year,
    kind: z.enum(['ESG_REPORT', 'NEWS_ARTICLE']),
    languages: z.array(z.enum(['zh-Hans', 'zh-Hant', 'en'])).min(1),
    publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    publisher: text.optional(),
    url: text.optional(),
  })
  .strict();

export const factsFileSchema = z
  .object({
    source: z.object({ file: z.string().regex(/^[\w.-]+\.txt$/) }).strict(),
    report: reportSchema,
    company: companySchema,
    relatedCompanies: z.array(relatedCompanySchema).default([]),
    standards: z.array(standardDefinitionSchema).default([]),
    metricDefinitions: z.array(metricDefinitionSchema).default([]),
    alliances: z.array(allianceSchema).default([]),
    organizations: z.array(organizationSchema).default([]),
    certifications: z.array(certificationSchema).default([]),
    memberships: z.array(membershipSchema).default([]),
    recognitions: z.array(recognitionSchema).default([]),
    received: z.array(receivedSchema).default([]),
    assurances: z.array(assuranceSchema).default([]),
    draftedStandards: z.array(draftedStandardSchema).default([]),
    engagements: z.array(engagementSchema).default([]),
    programmes: z.array(programmeSchema).default([]),
    partners: z.array(partnershipSchema).default([]),
    suppliers: z.array(supplierSchema).default([]),
    supplierRequirements: z.array(supplierRequirementSchema).default([]),
    frameworks: z.array(frameworkUseSchema).default([]),
    sdgs: z.array(sdgSupportSchema).default([]),
    metrics: z.array(metricValueSchema).default([]),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
export type FactsFile = z.infer<typeof factsFileSchema>;
/** A facts file as written: sections left out are empty. */
export type FactsFileInput = z.input<typeof factsFileSchema>;
export type StandardDefinition = z.infer<typeof standardDefinitionSchema>;
export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;
export type MetricValue = z.infer<typeof metricValueSchema>;
export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;
export type Alliance = z.infer<typeof allianceSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
export type Company = z.infer<typeof companySchema>;

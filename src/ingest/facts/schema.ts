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

export const PILLARS = ['E', 'S', 'G'] as const;

export const standardDefinitionSchema = z
  .object({
    id: slug,
    code: text,
    title: text,
    category: z.enum(STANDARD_CATEGORIES),
    issuer: text,
    /** Other spellings that resolve to this standard (national adoptions, abbreviations, Chinese names). */
    aliases: z.array(text).default([]),
  })
  .strict();

export const metricDefinitionSchema = z
  .object({
    key: metricKey,
    label: text,
    unit: text,
    pillar: z.enum(PILLARS),
  })
  .strict();

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
  .refine((c) => c.holderKind === 'GROUP' || c.holder !== undefined, {
    message: 'holder is required when holderKind is not GROUP',
    path: ['holder'],
  });

export const membershipSchema = z
  .object({
    alliance: slug,
    role: z.enum(MEMBERSHIP_ROLES),
    since: year.optional(),
    note: text.optional(),
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

export const metricValueSchema = z
  .object({
    key: metricKey,
    value: z.number().finite(),
    unit: text,
    year,
    /** A breakdown the value belongs to (a region, a gender, a site), when not the whole company. */
    segment: text.optional(),
    evidence,
  })
  .strict();

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
export type FrameworkDefinition = z.infer<typeof frameworkDefinitionSchema>;
export type Alliance = z.infer<typeof allianceSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Company = z.infer<typeof companySchema>;

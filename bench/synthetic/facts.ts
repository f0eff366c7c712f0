import type { Evidence, FactsFile } from '../../src/ingest/facts/schema';
import { factsFileSchema, MEMBERSHIP_ROLES } from '../../src/ingest/facts/schema';
import { INDUSTRIES, allianceNames, companyNames, organizationNames, programmeNames } from './names';
import { streamFor, type Random } from './random';
import type { Shape } from './shape';

/** Salts keep the random streams of companies, alliances and organizations independent. */
const SALT = { company: 1, alliance: 2, organization: 3 } as const;

const ALLIANCE_KINDS = ['ALLIANCE', 'ASSOCIATION', 'STANDARDS_BODY', 'COMMITTEE', 'INITIATIVE', 'CONSORTIUM'] as const;
const REQUIREMENTS = [
  'Suppliers must sign the supplier code of conduct',
  'Suppliers must complete an annual ESG self-assessment',
  'Suppliers must not use child or forced labour',
  'Suppliers must disclose conflict minerals sourcing',
  'Suppliers must report greenhouse gas emissions',
  'Suppliers must protect personal information they process',
  'Suppliers must pass an on-site social responsibility audit',
  'Suppliers must hold valid environmental permits',
];
/** Membership roles as the real data has them: mostly plain members. */
const ROLE_WEIGHTS: Record<(typeof MEMBERSHIP_ROLES)[number], number> = {
  MEMBER: 50, COUNCIL_MEMBER: 15, EXECUTIVE_COUNCIL_MEMBER: 5, VICE_CHAIR: 4, CHAIR: 1, SECRETARIAT: 1, FOUNDER: 3, SIGNATORY: 6, CONTRIBUTOR: 15,
};

export const syntheticCompanyId = (i: number) => `syn-co-${i}`;

function weightedRole(random: Random): (typeof MEMBERSHIP_ROLES)[number] {
  const total = Object.values(ROLE_WEIGHTS).reduce((a, b) => a + b, 0);
  let x = random.next() * total;
  for (const role of MEMBERSHIP_ROLES) {
    x -= ROLE_WEIGHTS[role];
    if (x < 0) return role;
  }
  return 'MEMBER';
}

/** One or two evidence items quoting a sentence that names the fact. */
function evidence(random: Random, sentence: string): Evidence[] {
  const items = [{ line: random.int(1, 3000), quote: sentence }];
  if (random.chance(0.3)) items.push({ line: random.int(1, 3000), quote: `详见第${random.int(2, 90)}页：${sentence}` });
  return items;
}

function company(seed: number, i: number) {
  const random = streamFor(seed, i, SALT.company);
  const names = companyNames(random, i);
  return {
    random,
    definition: {
      id: syntheticCompanyId(i),
      name: names.name,
      nameZh: names.nameZh,
      shortNames: names.shortNames,
      aliases: [],
      tickers: [random.chance(0.3) ? `${String(random.int(1, 9999)).padStart(4, '0')}.HK` : `${String(random.int(1, 699999)).padStart(6, '0')}.${random.pick(['SZ', 'SH'])}`],
      headquarters: `${names.cityEn}, China`,
      founded: random.int(1985, 2022),
      industry: random.pick(INDUSTRIES),
      website: `https://www.syn-co-${i}.example`,
    },
  };
}

function alliance(seed: number, id: string, index: number) {
  const random = streamFor(seed, index, SALT.alliance);
  const names = allianceNames(random, index);
  return { id, name: names.name, nameZh: names.nameZh, aliases: [], kind: random.pick(ALLIANCE_KINDS) };
}

function organization(seed: number, id: string, index: number) {
  const random = streamFor(seed, index, SALT.organization);
  const names = organizationNames(random, index);
  return { id, name: names.name, nameZh: names.nameZh, aliases: [], kind: names.kind };
}

/**
 * The facts file of synthetic company `i`: an ESG report with certifications, memberships,
 * programmes, partners, suppliers, supplier requirements, frameworks, SDGs and metrics, every fact
 * with evidence. Real alliances and organizations are referenced by id without being redefined, so
 * the real dataset must be loaded first. A synthetic alliance or organization is defined only by the
 * first file that cites it (`defined` records which): the loader's registry merges an entity's
 * search text once per file that defines it, and that text triples in length with each merge.
 */
export function syntheticFacts(shape: Shape, seed: number, i: number, defined: Set<string>): FactsFile {
  const { random, definition } = company(seed, i);
  const id = definition.id;
  const zh = definition.nameZh;
  const reportId = `${id}-esg-2024`;
  // Every section empty to begin with (the schema's defaults), filled below.
  const facts: FactsFile = factsFileSchema.parse({
    source: { file: `${reportId}.txt` },
    report: { id: reportId, title: `${definition.name} 2024 ESG Report`, titleZh: `${zh}2024年环境、社会及管治报告`, year: 2024, kind: 'ESG_REPORT', languages: ['zh-Hans'] },
    company: definition,
  });

  if (i > 0 && random.chance(0.03)) {
    const parent = company(seed, random.int(0, i - 1)).definition;
    facts.relatedCompanies.push({ ...parent, relation: 'PARENT', evidence: evidence(random, `${zh}为${parent.nameZh}的子公司`) });
  }

  const certifications = Math.min(12, 1 + random.poisson(3));
  for (const s of shape.standards.sampler.distinct(random, certifications)) {
    const code = shape.standards.codes[s]!;
    const subsidiary = random.chance(0.15);
    facts.certifications.push({
      standard: shape.standards.ids[s]!,
      holderKind: subsidiary ? 'SUBSIDIARY' : 'GROUP',
      ...(subsidiary ? { holder: `${zh.slice(0, 4)}子公司` } : {}),
      ...(random.chance(0.5) ? { year: random.int(2015, 2024) } : {}),
      evidence: evidence(random, `${subsidiary ? '子公司' : '公司'}通过${code}认证`),
    });
  }

  for (const a of shape.alliances.sampler.distinct(random, random.poisson(1.7))) {
    const allianceId = shape.alliances.ids[a]!;
    if (!shape.alliances.real.has(allianceId) && !defined.has(allianceId)) {
      defined.add(allianceId);
      facts.alliances.push(alliance(seed, allianceId, a));
    }
    facts.memberships.push({
      alliance: allianceId,
      role: weightedRole(random),
      ...(random.chance(0.4) ? { since: random.int(2010, 2024) } : {}),
      evidence: evidence(random, `公司加入${shape.alliances.real.has(allianceId) ? '行业组织' : '产业联盟'}并担任成员单位`),
    });
  }

  const organizationRef = (): string => {
    const o = shape.organizations.sampler.sample(random);
    const orgId = shape.organizations.ids[o]!;
    if (!shape.organizations.real.has(orgId) && !defined.has(orgId)) {
      defined.add(orgId);
      facts.organizations.push(organization(seed, orgId, o));
    }
    return orgId;
  };

  const programmes = random.poisson(0.3);
  for (let p = 0; p < programmes; p++) {
    const names = programmeNames(random, `${i}-${p}`);
    const partners = [...new Set(Array.from({ length: random.int(0, 2) }, organizationRef))];
    facts.programmes.push({
      id: `${id}-programme-${p}`,
      ...names,
      startYear: random.int(2015, 2024),
      partners: partners.map((organization) => ({ organization, role: 'co-organiser' })),
      sdgs: [...new Set(Array.from({ length: random.int(0, 3) }, () => random.int(1, 17)))],
      evidence: evidence(random, `公司开展${names.nameZh}项目`),
    });
  }

  for (const organization of new Set(Array.from({ length: random.int(0, 3) }, organizationRef))) {
    facts.partners.push({ organization, relation: random.pick(['joint laboratory', 'research cooperation', 'talent training', 'strategic cooperation']), evidence: evidence(random, '公司与合作伙伴签署战略合作协议') });
  }
  for (const organization of new Set(Array.from({ length: random.int(0, 2) }, organizationRef))) {
    facts.suppliers.push({ organization, supplies: random.pick(['electronic components', 'cloud services', 'logistics', 'packaging']), evidence: evidence(random, '主要供应商包括该公司') });
  }
  for (let r = random.int(0, 2); r > 0; r--) {
    if (random.chance(0.5)) {
      const s = shape.standards.sampler.sample(random);
      facts.supplierRequirements.push({ standard: shape.standards.ids[s]!, text: `Suppliers must hold ${shape.standards.codes[s]!}`, evidence: evidence(random, '要求供应商取得相关认证') });
    } else {
      facts.supplierRequirements.push({ text: random.pick(REQUIREMENTS), evidence: evidence(random, '要求供应商遵守行为准则') });
    }
  }
  // Requirements to hold a standard can repeat a standard: keep one per wording, as the extractor does.
  facts.supplierRequirements = [...new Map(facts.supplierRequirements.map((r) => [`${r.standard ?? ''}|${r.text}`, r])).values()];

  for (const f of shape.frameworks.sampler.distinct(random, random.int(1, 3))) {
    facts.frameworks.push({ framework: shape.frameworks.ids[f]!, evidence: evidence(random, '本报告参照相关披露指引编制') });
  }
  for (const sdg of new Set(Array.from({ length: random.int(0, 5) }, () => random.int(1, 17)))) {
    facts.sdgs.push({ sdg, evidence: evidence(random, `公司支持联合国可持续发展目标${sdg}`) });
  }
  const metricKeys = new Set(Array.from({ length: random.int(3, 8) }, () => random.pick(shape.metrics)));
  for (const key of metricKeys) {
    for (let year = 2024 - random.int(0, 2); year <= 2024; year++) {
      facts.metrics.push({ key, value: Math.round(random.next() * 1_000_000) / 100, unit: 'unit', year, breakdown: 'TOTAL', caveats: [], evidence: evidence(random, `${year}年${key}数据`) });
    }
  }
  return facts;
}

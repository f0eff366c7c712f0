import type { FactsFile } from '../facts/schema';
import type { ExtractionContext } from './context';
import { hashedId } from './ids';
import { nameEndingAt } from './names';

/**
 * Suppliers the report names. The one form these reports use is the leased facility: a data centre
 * or machine room the company rents (租用数据中心 … 常熟普洛斯数据中心).
 */

type Supplier = FactsFile['suppliers'][number];

const LEASED = /租用|租赁/;
const FACILITY = /(?:大数据中心|数据中心|机房)/g;
/** Words a facility's own name does not contain: verbs and determiners of the sentence around it. */
const NOT_A_NAME = /^(?:租用|租赁|自建|所有|各|该|其|某)|提升|影响|减少|纳入|结合|要求|制定|建立|规定|措施|覆盖|持续|增加|会|在|某|等|的|称号|协议|指标/;

export function extractSuppliers(ctx: ExtractionContext): Supplier[] {
  const bySupplier = new Map<string, Supplier>();
  for (const sentence of ctx.report.sentences) {
    if (!LEASED.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(FACILITY)) {
      const end = (m.index ?? 0) + m[0].length;
      const span = nameEndingAt(sentence.text, end, { subjects: ctx.companyNames, maxLength: 24 });
      if (!span) continue;
      // "上海光环机房及浦江万国机房": two names joined by 及/和/与; the last one ends here.
      const parts = span.name.split(/及|和|与|、/);
      const name = parts[parts.length - 1] ?? span.name;
      const start = span.end - name.length;
      const own = name.slice(0, name.length - m[0].length);
      if (own.length < 2 || NOT_A_NAME.test(name) || ctx.companyNames.some((n) => name.includes(n))) continue;
      const written = ctx.report.written(sentence, start, name.length);
      const organization = ctx.entities.organization({ id: hashedId('org', name), name: written, nameZh: written, aliases: [], kind: 'COMPANY' });
      const evidence = ctx.report.evidence(sentence, start, start + name.length);
      const existing = bySupplier.get(organization.id);
      if (existing) {
        if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === evidence.line)) existing.evidence.push(evidence);
        continue;
      }
      bySupplier.set(organization.id, { organization: organization.id, supplies: 'leased data centre capacity', evidence: [evidence] });
    }
  }
  return [...bySupplier.values()];
}

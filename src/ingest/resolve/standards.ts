import type { StandardDefinition } from '../facts/schema';

/**
 * Resolves a standard as spelled in a report ("ISO27001", "ISO/IEC 27001:2013",
 * "GB/T 22080-2016/ISO/IEC 27001:2013", "CMMI 3") to one catalogue entry and the version stated.
 */
export interface ResolvedStandard {
  id: string;
  version?: string;
}

/** One place a standard is named: where, as what, and the version written next to it. */
export interface StandardMention extends ResolvedStandard {
  index: number;
  length: number;
}

/** Upper case, no spaces, no "IEC"/"SAE" co-issuer, no separators: "ISO/IEC 27001" and "ISO27001" meet at "ISO27001". */
export function standardKey(code: string): string {
  return code
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^(ISO)\/(IEC|SAE)/, '$1')
    .replace(/^ETSI/, '')
    .replace(/^IECQ/, '')
    .replace(/[-/.·_]/g, '');
}

// ISO, IEC, GB/T, EN and QC codes carry a part number and an edition year ("27001:2013", "19001-2016").
// "ISO/ 美国汽车工程师协会（SAE）21434" names the co-issuer in Chinese with its abbreviation in brackets.
const NUMBERED =
  /(?<![A-Za-z])(ISO\s*\/\s*(?:IEC|SAE)|ISO\s*\/\s*[\u3000-\u9fff\uff00-\uffef]{1,20}[（(]\s*(?:IEC|SAE)\s*[)）]|ISO|IEC|GB\s*\/\s*T|EN|QC)\s*([0-9]{3,6}(?:\s[0-9]{3})?(?:[-.][0-9]{1,2}(?![0-9]))*)(?:\s*[-:：]\s*((?:19|20)[0-9]{2})(?![0-9]))?/gi;
/** A level written after a maturity model or scheme: "CMMI三级", "CMMI ML3", "ASPICE CL2", "ITSS…一级". */
const LEVEL = /^[^。；;，,、]{0,24}?(?:(?:ML|Level|CL|L)\s*([1-5])(?![0-9])|([1-5一二三四五])\s*(?:级|級))/i;
const LEVELLED = new Set(['cmmi', 'aspice', 'itss', 'mlps', 'dcmm']);
/** Short Chinese aliases ("等保") only count with a qualifier after them, so "等保障" is not a standard. */
const SHORT_ALIAS_QUALIFIER = /^(?:\s*(?:2\.0|[1-5一二三四五]\s*级|三级|测评|认证|备案|评估))/;

export class StandardResolver {
  private readonly byKey = new Map<string, StandardDefinition>();
  private readonly wordPatterns: { def: StandardDefinition; pattern: RegExp; cjk: boolean; spelling: string }[] = [];

  constructor(standards: readonly StandardDefinition[]) {
    for (const s of standards) {
      for (const spelling of [s.code, ...s.aliases]) {
        const key = standardKey(spelling);
        if (!this.byKey.has(key)) this.byKey.set(key, s);
      }
    }
    for (const [key, def] of this.byKey) {
      if (/^(ISO|IEC|GBT|EN|QC)\d/.test(key)) continue;
      for (const spelling of [def.code, ...def.aliases].filter((s) => standardKey(s) === key)) {
        const cjk = /[\u3400-\u9fff]/.test(spelling);
        this.wordPatterns.push({ def, pattern: wordPattern(spelling, cjk), cjk, spelling });
      }
    }
    // Longer spellings first, so "网络安全等级保护" is one mention rather than "等级保护" inside it.
    this.wordPatterns.sort((a, b) => b.spelling.length - a.spelling.length || a.spelling.localeCompare(b.spelling));
  }

  /** Every standard mention in the text, in text order, with the version written next to it. */
  mentions(text: string): StandardMention[] {
    const normalized = text.normalize('NFKC').length === text.length ? text.normalize('NFKC') : text;
    const found: StandardMention[] = [];
    for (const m of normalized.matchAll(NUMBERED)) {
      const prefix = (m[1] ?? '').replace(/\s+/g, '').replace(/^ISO\/.*(IEC|SAE).*$/i, 'ISO/$1');
      const number = (m[2] ?? '').replace(/\s+/g, '');
      const exact = this.byKey.get(standardKey(`${prefix}${number}`));
      const base = this.byKey.get(standardKey(`${prefix}${number.replace(/[-.][0-9]+$/, '')}`));
      const def = exact ?? base;
      if (!def) continue;
      // A national adoption's year is not the ISO edition; a following "/ISO ...:YYYY" names that.
      const version = prefix.toUpperCase().startsWith('GB') ? undefined : m[3];
      found.push(mention(def.id, m.index, m[0].length, version));
    }
    for (const { def, pattern, cjk } of this.wordPatterns) {
      for (const m of normalized.matchAll(pattern)) {
        if (cjk && m[0].length <= 2 && !SHORT_ALIAS_QUALIFIER.test(normalized.slice(m.index + m[0].length))) continue;
        if (found.some((f) => overlaps(f, m.index, m[0].length))) continue;
        const level = LEVELLED.has(def.id) ? LEVEL.exec(normalized.slice(m.index + m[0].length)) : null;
        const version = level ? `Level ${levelNumber(level[1] ?? level[2] ?? '')}` : undefined;
        found.push(mention(def.id, m.index, m[0].length, version));
      }
    }
    return found.sort((a, b) => a.index - b.index || b.length - a.length);
  }

  /** Every standard mentioned in the text, in order of first mention, with the version written next to it. */
  resolveAll(text: string): ResolvedStandard[] {
    const found = new Map<string, ResolvedStandard>();
    for (const m of this.mentions(text)) {
      const seen = found.get(m.id);
      if (seen && (seen.version !== undefined || m.version === undefined)) continue;
      found.set(m.id, m.version ? { id: m.id, version: m.version } : { id: m.id });
    }
    return [...found.values()];
  }

  resolve(text: string): ResolvedStandard | undefined {
    return this.resolveAll(text)[0];
  }

  has(id: string): boolean {
    for (const def of this.byKey.values()) if (def.id === id) return true;
    return false;
  }

  definition(id: string): StandardDefinition | undefined {
    for (const def of this.byKey.values()) if (def.id === id) return def;
    return undefined;
  }
}

function mention(id: string, index: number, length: number, version: string | undefined): StandardMention {
  return version ? { id, version, index, length } : { id, index, length };
}

function overlaps(m: StandardMention, index: number, length: number): boolean {
  return index < m.index + m.length && m.index < index + length;
}

function wordPattern(spelling: string, cjk: boolean): RegExp {
  if (cjk) return new RegExp(escape(spelling), 'g');
  // All-capital spellings ("REACH") stay case-sensitive so that English words do not match them.
  const flags = /[a-z]/.test(spelling) ? 'gi' : 'g';
  // Separators are optional between letters and digits ("SA 8000", "SOC2", "CSA-STAR").
  const body = escape(spelling)
    .replace(/(?:\\-|\s)+/g, '[\\s-]*')
    .replace(/([A-Za-z])(?=\d)/g, '$1[\\s-]*');
  return new RegExp(`(?<![A-Za-z])${body}(?![A-Za-z0-9])`, flags);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function levelNumber(level: string): string {
  const chinese: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5' };
  return chinese[level] ?? level;
}

import type { StandardDefinition } from '../facts/schema';

/**
 * Resolves a standard as spelled in a report ("ISO27001", "ISO/IEC 27001:2013",
 * "GB/T 22080-2016/ISO/IEC 27001:2013", "CMMI 3") to one catalogue entry and the version stated.
 */
export interface ResolvedStandard {
  id: string;
  version?: string;
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

export class StandardResolver {
  private readonly byKey = new Map<string, StandardDefinition>();

  constructor(standards: readonly StandardDefinition[]) {
    for (const s of standards) {
      for (const spelling of [s.code, ...s.aliases]) this.byKey.set(standardKey(spelling), s);
    }
  }

  /** Every standard mentioned in the text, in order of first mention, with the version written next to it. */
  resolveAll(text: string): ResolvedStandard[] {
    const found = new Map<string, ResolvedStandard>();
    const add = (def: StandardDefinition | undefined, version?: string) => {
      if (!def) return;
      const seen = found.get(def.id);
      if (seen && (seen.version !== undefined || version === undefined)) return;
      found.set(def.id, version ? { id: def.id, version } : { id: def.id });
    };
    // ISO, IEC, GB/T and EN codes carry a part number and an edition year ("27001:2013", "19001-2016").
    const numbered =
      /(?<![A-Za-z])(ISO\s*\/\s*(?:IEC|SAE)|ISO|IEC|GB\s*\/\s*T|EN)\s*([0-9]{3,6}(?:\s[0-9]{3})?(?:[-.][0-9]{1,2})*)(?:[-:]\s*((?:19|20)[0-9]{2}))?/gi;
    for (const m of text.normalize('NFKC').matchAll(numbered)) {
      const prefix = (m[1] ?? '').replace(/\s+/g, '');
      const number = (m[2] ?? '').replace(/\s+/g, '');
      const exact = this.byKey.get(standardKey(`${prefix}${number}`));
      const base = this.byKey.get(standardKey(`${prefix}${number.replace(/[-.][0-9]+$/, '')}`));
      const def = exact ?? base;
      if (def && prefix.toUpperCase().startsWith('GB') && m[3]) {
        // A national adoption's year is not the ISO edition; a following "/ISO ...:YYYY" names that.
        add(def);
        continue;
      }
      add(def, m[3]);
    }
    for (const [key, def] of this.byKey) {
      if (/^(ISO|IEC|GBT|EN)\d/.test(key)) continue;
      if (containsWord(text, def, key)) add(def);
    }
    const cmmi = /CMMI[^0-9A-Za-z]{0,6}(?:(?:ML|Level|等级|級別|级别)\s*)?([1-5一二三四五])\s*(?:级|級)?/i.exec(text);
    if (cmmi && found.has('cmmi')) found.set('cmmi', { id: 'cmmi', version: `Level ${levelNumber(cmmi[1] ?? '')}` });
    return [...found.values()];
  }

  resolve(text: string): ResolvedStandard | undefined {
    return this.resolveAll(text)[0];
  }

  has(id: string): boolean {
    for (const def of this.byKey.values()) if (def.id === id) return true;
    return false;
  }
}

function containsWord(text: string, def: StandardDefinition, key: string): boolean {
  const spellings = [def.code, ...def.aliases].filter((s) => standardKey(s) === key);
  return spellings.some((s) => {
    if (/[\u3400-\u9fff]/.test(s)) return text.includes(s);
    const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]*');
    return new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`, 'i').test(text);
  });
}

function levelNumber(level: string): string {
  const chinese: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5' };
  return chinese[level] ?? level;
}

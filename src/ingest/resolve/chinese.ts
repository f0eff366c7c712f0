import * as OpenCC from 'opencc-js';

/** Traditional (Hong Kong or Taiwan forms) to simplified Chinese, for matching only; display keeps the report's own form. */
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** CJK characters, radicals, punctuation and full-width forms: the only text OpenCC's dictionaries convert. */
const CONVERTIBLE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\ud840-\ud87f]/;

/** Conversions of the same text are looked up, not redone (names repeat across facts files); bounded. */
function memo(convert: (text: string) => string, max = 100_000): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (!CONVERTIBLE.test(text)) return text;
    let out = seen.get(text);
    if (out === undefined) {
      out = convert(text);
      if (seen.size >= max) seen.clear();
      seen.set(text, out);
    }
    return out;
  };
}

export const toSimplified = memo((text) => twToCn(hkToCn(text)));

export const toTraditional = memo((text) => cnToHk(text));

/**
 * The key under which two names are the same entity: simplified script, full-width forms folded,
 * case and spacing and quotation marks ignored.
 */
export function matchKey(name: string): string {
  return toSimplified(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\u3000"'“”‘’「」『』《》〈〉()（）【】[\]·•,，.。:：;；、\-–—_/]/g, '');
}

export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text);
}

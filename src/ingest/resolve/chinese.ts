import * as OpenCC from 'opencc-js';

/** Traditional (Hong Kong or Taiwan forms) to simplified Chinese, for matching only; display keeps the report's own form. */
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

export function toSimplified(text: string): string {
  return twToCn(hkToCn(text));
}

export function toTraditional(text: string): string {
  return cnToHk(text);
}

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

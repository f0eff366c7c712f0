/**
 * Finding where a Chinese proper name starts. Names end in a telling word (联盟, 大学, 计划 …) but
 * Chinese has no spaces, so the start is found by walking left over name characters and cutting at
 * the last verb or preposition that introduces the name ("公司已加入X联盟" → "X联盟").
 */

const NAME_CHAR = /[\u3400-\u9fffA-Za-z0-9·&\-+ ]/;
const CJK = /[\u3400-\u9fff]/;

/** Words after which a name starts. */
const INTRODUCERS = [
  '加入', '参与', '参加', '发起', '创办', '创建', '创立', '共建', '成立', '组建', '担任', '成为', '当选', '作为',
  '携手', '协助', '协同', '联手', '获得', '荣获', '获评', '获颁', '入选', '出席', '举办', '承办', '主办', '签署',
  '签订', '通过', '包括', '例如', '其中', '是', '并', '已', '跟', '的', '由', '对', '将', '被', '参考', '参照', '依据', '根据', '设立', '设置',
  '开展', '启动', '推出', '打造', '开办', '建设', '提出', '申报', '举行', '落地', '实施', '推进', '开设', '资助',
  '捐赠', '支援', '驰援', '联合', '助力', '助推', '推动', '建立', '建成', '设有', '了', '在', '深化', '组织', '发起的', '主办的', '援建', '获批', '认定为', '称为', '名为', '号称', '即',
];
/** Short connectors that start a name only right after the subject ("商汤和上海交通大学…", "与山东大学…"). */
const CONNECTORS = ['与', '和', '及', '同', '向', '为'];
/** Words that open a phrase but are not part of the name ("其", "该"). */
const LEADING_NOISE = /^(?:生态伙伴|合作伙伴|战略伙伴|伙伴|\d+\s*(?:款|个|种|项|场|次|期)\s*|多场|多次|第[一二三四五六七八九十\d]+(?:期|届|次)|了|如|比如|例如|包括|其|该|此|各项|各|一个|首个|首届|首批|一批|以及|及|又|再|更|均|亦|也|还|曾|正式|共同|积极|成功|主动|持续|进一步|首次|现已|已经|分别|先后|同时|此外|另外|目前|近年来|今年|去年|年内|报告期内|本年度|共|在)+/;

export interface NameSpan {
  name: string;
  start: number;
  end: number;
}

export interface NameOptions {
  /** Names of the reporting company, used to recognise "<company>与<partner>". */
  subjects?: readonly string[];
  maxLength?: number;
}

/** The name that ends at `end` (exclusive) in simplified `text`, or undefined when there is none worth keeping. */
export function nameEndingAt(text: string, end: number, options: NameOptions = {}): NameSpan | undefined {
  const maxLength = options.maxLength ?? 40;
  let start = end;
  let depth = 0;
  while (start > 0 && end - start < maxLength) {
    const ch = text.charAt(start - 1);
    if (ch === '）' || ch === ')') {
      depth++;
    } else if (ch === '（' || ch === '(') {
      if (depth === 0) break;
      depth--;
    } else if (!NAME_CHAR.test(ch) && depth === 0) {
      break;
    }
    start--;
  }
  let span = text.slice(start, end);
  let offset = start;
  const cut = lastIntroducer(span, options.subjects ?? []);
  if (cut > 0) {
    span = span.slice(cut);
    offset += cut;
  }
  const subject = leadingSubject(span, options.subjects ?? []);
  if (subject > 0) {
    span = span.slice(subject);
    offset += subject;
  }
  const noise = LEADING_NOISE.exec(span)?.[0].length ?? 0;
  span = span.slice(noise);
  offset += noise;
  const lead = span.length - span.trimStart().length;
  span = span.trim();
  offset += lead;
  if (!span || !CJK.test(span.charAt(0)) && !/[A-Za-z]/.test(span.charAt(0))) return undefined;
  return { name: span, start: offset, end: offset + span.length };
}

function lastIntroducer(span: string, subjects: readonly string[]): number {
  let cut = 0;
  for (const word of INTRODUCERS) {
    let at = span.lastIndexOf(word);
    while (at >= 0) {
      const after = at + word.length;
      const valid = (word !== '联合' || !/^(?:国|会|实验室|研究|创新|体|发布)/.test(span.slice(after))) && (word !== '在' || (!/^线/.test(span.slice(after)) && span.charAt(at - 1) !== '所')) && (word !== '对' || !/^(?:话|外|接|标|于|象|待|比|照|手|应)/.test(span.slice(after)));
      if (valid && after < span.length && after > cut) {
        cut = after;
        break;
      }
      at = at > 0 ? span.lastIndexOf(word, at - 1) : -1;
    }
  }
  for (const word of CONNECTORS) {
    for (let at = span.indexOf(word); at >= 0; at = span.indexOf(word, at + 1)) {
      const before = span.slice(0, at).trim();
      const after = at + word.length;
      if (after > cut && after < span.length && (before === '' || endsWithSubject(before, subjects))) cut = after;
    }
  }
  return cut;
}

const GENERIC_SUBJECTS = ['我们', '公司', '本公司', '本集团', '集团', '我司', '双方', '企业'];

function endsWithSubject(text: string, subjects: readonly string[]): boolean {
  return [...GENERIC_SUBJECTS, ...subjects].some((s) => s && text.endsWith(s));
}

function leadingSubject(span: string, subjects: readonly string[]): number {
  for (const s of [...subjects, ...GENERIC_SUBJECTS].sort((a, b) => b.length - a.length)) {
    if (s && span.startsWith(s) && span.length > s.length + 2 && !/^(?:集团|股份|控股|有限|公司|科技)/.test(span.slice(s.length))) return s.length;
  }
  return 0;
}

/** A parenthesis right after `end`: its cleaned content ("简称“X”" → "X") and where it closes. */
export function parentheticalAfter(text: string, end: number): { content: string; end: number } | undefined {
  const m = /^[\s”」』"]*[（(]([^（()）]{1,60})[）)]/.exec(text.slice(end));
  if (!m) return undefined;
  const content = (m[1] ?? '')
    .replace(/^(?:以下)?(?:简称|下称|简称为|又称|英文名称?)[：:为]?/, '')
    .replace(/[“”"「」『』‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return content ? { content, end: end + m[0].length } : undefined;
}

/** An English name or abbreviation (no CJK), as given in a parenthesis. */
export function englishIn(content: string | undefined): string | undefined {
  if (!content || CJK.test(content) || !/[A-Za-z]/.test(content)) return undefined;
  return content.trim();
}

/** Abbreviation-like: one token, mostly capitals or digits ("AIIA", "Tech4SDG", "CCSA"). */
export function isAbbreviation(name: string): boolean {
  return /^[A-Za-z][A-Za-z0-9&.-]{1,14}$/.test(name) && /[A-Z].*[A-Z0-9]/.test(name);
}

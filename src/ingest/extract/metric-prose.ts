import type { ExtractionContext } from './context';
import { classifyLabel, type MetricMeaning } from './metric-labels';
import { metricFact, type MetricSet } from './metric-facts';
import { multiplierOf, parseValue, type ParsedValue } from './metric-values';
import { REPORTING_PERIOD, yearBefore, type Sentence } from './text';

/**
 * Figures stated in prose ("本集团共有 5,098 名正式员工", "累计捐赠 344 万元") and in highlight
 * boxes, where a short label line is followed by its figure ("员工人均受训时长" / "26.73 小时").
 */

interface ProseRule {
  pattern: RegExp;
  meaning: MetricMeaning;
  /** Which capture group holds the number; a following group may hold a multiplier (万/亿/百万). */
  group: number;
  segment?: (m: RegExpMatchArray) => string | undefined;
  /** The sentence must not mention these (other populations, other scopes). */
  not?: RegExp;
}

const NUMBER = '\\**\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*\\**';
const meaning = (key: string, unit: string, scale = 1): MetricMeaning => ({ key, unit, scale });

const RULES: readonly ProseRule[] = [
  { pattern: new RegExp(`(?:共有|拥有|员工总数(?:为|达)?)\\s*(?:正式)?(?:员工|雇员)?\\s*${NUMBER}\\s*(?:名|人)`), meaning: meaning('employees_total', 'persons'), group: 1, not: /残障|少数民族|研发|实习|讲师|女性|男性|新增|志愿|学生|学员|参与|培训|中心|候选|董事/ },
  { pattern: new RegExp(`女性员工(?:占|佔)(?:公司)?(?:员工总数|全体员工|总员工)(?:的|比例)?(?:为|达)?\\s*${NUMBER}\\s*%`), meaning: meaning('employees_female_pct', '%'), group: 1 },
  {
    pattern: new RegExp(`(执行管理层|高级管理层|管理层|高管)中?女性(?:员工|成员)?(?:占比|比例)(?:为|达)?\\s*${NUMBER}\\s*%`),
    meaning: meaning('employees_female_pct', '%'),
    group: 2,
    segment: (m) => ({ 执行管理层: 'executive management', 高级管理层: 'senior management', 管理层: 'management', 高管: 'senior management' })[m[1] ?? ''],
  },
  { pattern: new RegExp(`(?:累计|共计|总计|全年)[^。；，]{0,12}?捐赠(?:了)?\\s*(?:善款|现金|资金)?\\s*(?:人民币)?\\s*${NUMBER}\\s*(亿|百万|万)?元(?!的?物资)`), meaning: meaning('donations_cny', 'CNY'), group: 1 },
  { pattern: new RegExp(`(?:营业收入|总收入|营收)[^。；，]{0,10}?(?:人民币)?\\s*${NUMBER}\\s*(亿|百万|万)?元`), meaning: meaning('revenue_cny', 'CNY'), group: 1, not: /分别为/ },
  { pattern: new RegExp(`累计(?:拥有|获得)?(?:授权|确权)专利\\s*${NUMBER}\\s*(?:件|项)`), meaning: meaning('patents_granted', 'patents'), group: 1 },
  { pattern: new RegExp(`(?:^|[；;，,])\\s*(?:累计)?确权专利\\s*${NUMBER}\\s*(?:件|项)`), meaning: meaning('patents_granted', 'patents'), group: 1 },
  { pattern: new RegExp(`累计申请专利\\s*${NUMBER}\\s*(?:件|项)`), meaning: meaning('patent_applications', 'patents'), group: 1 },
  { pattern: new RegExp(`供应商(?:总数|数量)(?:为|达|总计)?\\s*${NUMBER}\\s*家`), meaning: meaning('suppliers_total', 'suppliers'), group: 1 },
  { pattern: new RegExp(`共有\\s*${NUMBER}\\s*家供应商`), meaning: meaning('suppliers_total', 'suppliers'), group: 1 },
  { pattern: new RegExp(`([\\u4e00-\\u9fff（）()]{2,20}数据中心)的?年均PUE[²³⁴¹]?值?为\\s*${NUMBER}`), meaning: meaning('pue', 'ratio'), group: 2, segment: (m) => siteName(m[1] ?? '') },
  { pattern: new RegExp(`客户满意度(?:为|达)?\\s*${NUMBER}\\s*%`), meaning: meaning('customer_satisfaction_pct', '%'), group: 1 },
  { pattern: new RegExp(`因工伤?(?:死亡|亡故)(?:员工)?(?:数量|人数)?为\\s*${NUMBER}\\s*人`), meaning: meaning('work_related_fatalities', 'persons'), group: 1 },
  { pattern: new RegExp(`因工伤损失工作日数?为\\s*${NUMBER}\\s*(?:天|日)`), meaning: meaning('lost_days_injury', 'days'), group: 1 },
  { pattern: new RegExp(`${NUMBER}\\s*起[^。；]{0,24}贪污诉讼案件`), meaning: meaning('corruption_cases', 'cases'), group: 1 },
  { pattern: /(?:未|没有)发生[^。；]{0,40}贪污诉讼案件()/, meaning: meaning('corruption_cases', 'cases'), group: 1 },
  { pattern: /(?:未|没有)发生[^。；]{0,6}因工伤?而?损失工作日()/, meaning: meaning('lost_days_injury', 'days'), group: 1 },
  { pattern: new RegExp(`范[围畴]\\s*([一二三123])\\s*[:：]\\s*${NUMBER}\\s*吨二氧化碳当量`), meaning: meaning('ghg_scope', 'tCO2e'), group: 2 },
  { pattern: new RegExp(`排放总量\\s*[（(]?\\s*范围\\s*1\\s*\\+\\s*范围\\s*2\\s*[）)]?\\s*[:：]\\s*${NUMBER}\\s*吨二氧化碳当量`), meaning: meaning('ghg_total_tco2e', 'tCO2e'), group: 1 },
];

/** A site named before its figure, without the words of the sentence before it ("…2023年目标天津逸仙园数据中心"). */
function siteName(text: string): string {
  return text.replace(/^.*(?:目标|完成|均|为|的)/, '');
}

const SCOPE_KEYS: Record<string, string> = { 一: 'ghg_scope1_tco2e', 1: 'ghg_scope1_tco2e', 二: 'ghg_scope2_tco2e', 2: 'ghg_scope2_tco2e', 三: 'ghg_scope3_tco2e', 3: 'ghg_scope3_tco2e' };

export function proseMetrics(ctx: ExtractionContext, out: MetricSet): void {
  for (const sentence of ctx.report.sentences) {
    for (const rule of RULES) {
      if (rule.not?.test(sentence.text)) continue;
      for (const m of sentence.text.matchAll(new RegExp(rule.pattern.source, 'g'))) {
        const raw = m[rule.group] ?? '';
        const value: ParsedValue = raw === '' ? { value: 0, percent: false } : { value: Number(raw.replace(/,/g, '')), percent: false };
        const multiplier = multiplierOf(m[rule.group + 1] ?? '');
        const ruleMeaning = rule.meaning.key === 'ghg_scope' ? meaning(SCOPE_KEYS[m[1] ?? ''] ?? 'ghg_scope1_tco2e', 'tCO2e') : rule.meaning;
        const scaled: MetricMeaning = { ...ruleMeaning, scale: ruleMeaning.scale * multiplier };
        const evidence = ctx.report.evidence(sentence, m.index, m.index + m[0].length);
        out.add(metricFact(scaled, value, yearOf(ctx, sentence, m.index), evidence, rule.segment?.(m)));
      }
    }
    respectiveValues(ctx, sentence, out);
    noFatalitiesInYears(ctx, sentence, out);
    patentTypes(ctx, sentence, out);
  }
  statBoxes(ctx, out);
}

function yearOf(ctx: ExtractionContext, sentence: Sentence, index: number): number {
  const written = yearBefore(sentence.text, index, 80);
  if (written && written <= ctx.reportYear) return written;
  if (REPORTING_PERIOD.test(sentence.text)) return ctx.reportYear;
  return ctx.reportYear;
}

/** "过去三年内，本集团未发生因工亡故事件": no fatalities in each of the three years up to the report year. */
function noFatalitiesInYears(ctx: ExtractionContext, sentence: Sentence, out: MetricSet): void {
  const m = /(?:过去|过往|近)(三|3)年(?:内|来)?[^。；]{0,16}?(?:未曾|未|没有)(?:发生)?[^。；]{0,12}?(?:因工|由工作[^。；]{0,6})(?:亡故|死亡)/.exec(sentence.text);
  if (!m) return;
  const evidence = ctx.report.evidence(sentence, m.index, m.index + m[0].length);
  for (let year = ctx.reportYear - 2; year <= ctx.reportYear; year++) {
    out.add(metricFact(meaning('work_related_fatalities', 'persons'), { value: 0, percent: false }, year, evidence));
  }
}

/** "累计拥有授权专利 904 件，其中包括发明专利 753 件": each kind belongs to the total named before it. */
function patentTypes(ctx: ExtractionContext, sentence: Sentence, out: MetricSet): void {
  const among = sentence.text.indexOf('其中');
  if (among < 0) return;
  for (const m of sentence.text.slice(among).matchAll(new RegExp(`(发明专利|外观设计专利|实用新型专利)\\s*${NUMBER}\\s*(?:件|项)`, 'g'))) {
    const index = among + m.index;
    const before = sentence.text.slice(0, index);
    const total = [...before.matchAll(/(申请|授权|确权|拥有)[^。；，]{0,4}专利/g)].pop();
    if (!total || !/累计/.test(before)) continue;
    const key = total[1] === '申请' ? 'patent_applications' : 'patents_granted';
    const kind = { 发明专利: 'invention patents', 外观设计专利: 'design patents', 实用新型专利: 'utility model patents' }[m[1] ?? ''];
    const evidence = ctx.report.evidence(sentence, index, index + m[0].length);
    out.add(metricFact(meaning(key, 'patents'), { value: Number((m[2] ?? '').replace(/,/g, '')), percent: false }, yearOf(ctx, sentence, index), evidence, `${kind}, cumulative`));
  }
}

/** "2018年至2021年，…营业收入分别为18.53亿元、30.27亿元、34.51亿元和52.05亿元": one value per year. */
function respectiveValues(ctx: ExtractionContext, sentence: Sentence, out: MetricSet): void {
  const m = /((?:19|20)\d{2})\s*年至\s*((?:19|20)\d{2})\s*年[^。]*?(营业收入|营收|总收入)分别为\s*((?:[\d.,]+\s*(?:亿|百万|万)?元\s*[、和及]?\s*)+)/.exec(sentence.text);
  if (!m) return;
  const from = Number(m[1]);
  const to = Number(m[2]);
  const amounts = [...(m[4] ?? '').matchAll(/([\d.,]+)\s*(亿|百万|万)?元/g)];
  if (amounts.length !== to - from + 1) return;
  amounts.forEach((a, i) => {
    const index = (m.index ?? 0) + m[0].indexOf(a[0]);
    const evidence = ctx.report.evidence(sentence, index, index + a[0].length);
    out.add(metricFact({ key: 'revenue_cny', unit: 'CNY', scale: multiplierOf(a[2] ?? '') }, { value: Number((a[1] ?? '').replace(/,/g, '')), percent: false }, from + i, evidence));
  });
}

const BOX_VALUE = /^\s*(?:约|超过?|逾|近)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%|万兆瓦时|兆瓦时|亿元|万元|元|小时|人次|人|名|家|件|项|个|吨)?\s*(?:余|多|\+)?\s*$/;
const STANDALONE_YEAR = /^(?:截至\s*)?((?:19|20)\d{2})\s*年(?:底|末|度)?$/;

/** A short label line followed by its figure on the next line, as highlight boxes are extracted. */
function statBoxes(ctx: ExtractionContext, out: MetricSet): void {
  const report = ctx.report;
  for (let n = 1; n <= report.lineCount; n++) {
    const value = BOX_VALUE.exec(report.simple(n));
    if (!value?.[2]) continue;
    const labelLine = report.previousNonEmpty(n, 1);
    if (labelLine === undefined) continue;
    const labelText = report.simple(labelLine).trim();
    if (!labelText || /\d/.test(labelText.replace(/(?:19|20)\d{2}\s*年/, '')) || labelText.length > 24 || /[。；]$|[（(].*[）)]/.test(labelText)) continue;
    const before = report.previousNonEmpty(labelLine, 1);
    const previous = before !== undefined ? report.simple(before).trim() : '';
    const label = previous && previous.length <= 24 && !/[。；：:]$/.test(previous) && !/\d/.test(previous) ? previous + labelText : labelText;
    const unit = value[2] ?? '';
    const found = classifyLabel(label, unit);
    if (!found) continue;
    const parsed = parseValue(`${value[1]}${unit === '%' ? '%' : ''}`);
    if (!parsed) continue;
    if (/物资/.test(label)) continue;
    const segment = found.key === 'employees_female_pct' && /高管|管理层/.test(label) ? 'senior management' : undefined;
    out.add(metricFact(found, parsed, boxYear(ctx, labelLine), report.evidenceOnLine(n, 0, report.line(n).length), segment));
  }
}

function boxYear(ctx: ExtractionContext, line: number): number {
  for (let n = line - 1; n >= Math.max(1, line - 8); n--) {
    const m = STANDALONE_YEAR.exec(ctx.report.simple(n).trim());
    if (m) return Number(m[1]);
  }
  return ctx.reportYear;
}

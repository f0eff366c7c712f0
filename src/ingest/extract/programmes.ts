import type { FactsFile } from '../facts/schema';
import { matchKey } from '../resolve/chinese';
import type { ExtractionContext } from './context';
import { hashedId } from './ids';
import { nameEndingAt } from './names';
import type { PartnerMention } from './partners';
import type { Sentence } from './text';
import { yearBefore } from './text';

/**
 * Programmes the company runs: plans, projects, campaigns, scholarships, camps, bases and
 * activities, named in quotes (“羊很幸福”福利计划, 「擎雲計劃」) or by a telling ending
 * (商汤奖学金, 星雲訓練營, STAR 公益伙伴计划), with a kind read from the name and its sentence.
 */

type Programme = FactsFile['programmes'][number];
type Kind = Programme['kind'];

const SUFFIX = '(?:奖学金|训练营|计划|项目|行动|公益日|公益行|专项|工程|课堂|实践基地|培训基地|实训基地|教育基地|人才基地|科创实践基地|就业实践基地|试点学校|试点班|大赛|宣传周|宣传日|宣传月|夜话|讲坛|开放日|公益活动|志愿活动|实践活动|实训活动|培训|讲座|活动|论坛|分享会)';
const QUOTED = new RegExp(`[“「『"]\\s*([^“”「」『』"，。；]{2,30}?)\\s*[”」』"]\\s*([\\u4e00-\\u9fffA-Za-z]{0,6}?${SUFFIX})?`, 'g');
/** A heading line that names an activity ("管理者专项赋能培训", "星云训练营"). */
const HEADING = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9“”「」『』 －-]{2,24}${SUFFIX}(?:案例)?$`);
/** Lists of alliances look like headings too; a forum or alliance on its own line is not an activity. */
const BODY_NAME = /(?:论坛|联盟|协会|学会|委员会|工作组)$/;
/** Joint research facilities the company built with a partner ("联合创建了清源研究院"). */
const JOINT_FACILITY = /(?:联合创建|共同建立|共同成立|联合成立|合作成立|参与建设|联合共建|共建|联合建立)(?:了|的)?/g;
const FACILITY_SUFFIX = /^[^，。；]{2,30}?(?:研究院|联合实验室|实验室|研究中心|创新中心)/;
const GENERIC_NAME = /^(?:各项|各类|相关|社区|地区|社会|公益|慈善|公司|企业|员工|专项|系列|主题|线上|线下|日常|年度|多场|多项|一系列|相关的|该|此|本)*$/;
const ACTIVITY = /(?:培训|讲座|演练|宣讲|沙龙|分享会|公益活动|主题活动|系列活动)(?![\u4e00-\u9fff])/g;
const ORGANISED = /(?:开展|组织|举办|举行|启动|推出|开办|新增)(?:了)?(?:\s*\d+\s*(?:场|次|期)|多场|多次|一系列|系列)?\s*$/;
const ENDS_WITH_SUFFIX = new RegExp(`${SUFFIX}$`);
const UNQUOTED = /(?:奖学金|训练营|伙伴计划|公益计划|培养计划|人才计划|培育计划|发展计划|实践基地|培训基地|实训基地|教育基地|公益活动|公益行|助学项目|公益项目|慈善项目)/g;
const NOT_PROGRAMME = /等|由于|如何|需于|相结合|优化调整|[及和与](?:培训|活动|项目|计划)$|激励|期权|股权|股票|应急|预案|资源计划|工作计划|考核|年度计划|采购|生产计划|研发项目|研究项目|科研项目|合作项目|工程项目|建设项目|新项目|项目管理|项目负责|项目团队|项目组|标杆|计划编制|管理方案|演习|演练|消防|节日|年会|发布会|座谈会|会议|大会|审核|考试|答题/;
const KIND_CUES: readonly [Kind, RegExp][] = [
  ['AI_ETHICS', /伦理/],
  ['CHARITY', /捐赠|慈善|扶贫|济困|慰问|救助|渐冻|抗疫|防疫物资|公益日|爱心/],
  ['ENVIRONMENT', /环保|节能|低碳|碳中和|雨水|绿色|生物多样性|湿地|生态|减排|森林|犀牛|动物|冷杉/],
  ['EDUCATION', /奖学金|教育|学校|学生|学子|课堂|助学|师资|教师|课程|科普|研学|实训|青少年|象棋|高校|师生|试点班/],
  ['TALENT', /人才|训练营|领导力|晋升|校招|培养|管理者|新员工|新人|经理|工匠|技能/],
  ['EMPLOYEE', /员工|福利|关怀|健康|女性|家庭|体检|团建|俱乐部|廉洁|廉/],
  ['RESEARCH', /研究|实验室|研究院|产学研|科研|专项/],
  ['COMMUNITY', /社区|乡村|志愿|城市|惠民|公益/],
];

export function extractProgrammes(ctx: ExtractionContext, partners: readonly PartnerMention[]): Programme[] {
  const byKey = new Map<string, Programme>();
  const add = (sentence: Sentence, start: number, end: number) => {
    const simple = sentence.text.slice(start, end).replace(/\*\*/g, '');
    const key = matchKey(simple);
    if (key.length < 3 || NOT_PROGRAMME.test(simple) || GENERIC_NAME.test(simple.replace(ENDS_WITH_SUFFIX, ''))) return;
    const evidence = ctx.report.evidence(sentence, start, end);
    const existing = [...byKey.entries()].find(([k]) => k === key || (k.length >= 4 && key.length >= 4 && (k.includes(key) || key.includes(k))))?.[1];
    if (existing) {
      if (existing.evidence.length < 3 && !existing.evidence.some((e) => e.line === evidence.line)) existing.evidence.push(evidence);
      return;
    }
    const written = ctx.report.written(sentence, start, end - start).replace(/\*\*/g, '').trim();
    const programme: Programme = {
      id: hashedId('programme', simple),
      name: written,
      nameZh: written,
      kind: kindOf(simple, sentence.text),
      partners: [],
      sdgs: [],
      evidence: [evidence],
    };
    const since = /自\s*((?:19|20)\d{2})\s*年(?:起|以来)?/.exec(sentence.text.slice(0, start));
    if (since) programme.startYear = Number(since[1]);
    const year = yearBefore(sentence.text, start, 60);
    if (year && year !== programme.startYear) programme.year = year;
    for (const p of partners) {
      if (p.sentence !== sentence || programme.partners.some((x) => x.organization === p.organization.id)) continue;
      programme.partners.push({ organization: p.organization.id });
    }
    byKey.set(key, programme);
  };
  for (const sentence of ctx.report.sentences) {
    const text = sentence.text;
    const taken: [number, number][] = [];
    for (const m of text.matchAll(QUOTED)) {
      const inner = m[1] ?? '';
      const tail = m[2];
      if (!tail && !ENDS_WITH_SUFFIX.test(inner)) continue;
      const start = m.index;
      const end = start + m[0].length;
      taken.push([start, end]);
      add(sentence, start, end);
    }
    for (const m of text.matchAll(UNQUOTED)) {
      const end = (m.index ?? 0) + m[0].length;
      if (taken.some(([s, e]) => end > s && end <= e)) continue;
      const span = nameEndingAt(text, end, { subjects: ctx.companyNames, maxLength: 24 });
      if (!span) continue;
      // "校招、社招和星云训练营": the last item of a list is the programme.
      const item = span.name.split(/和|及|与|、/).pop() ?? span.name;
      if (item.length < m[0].length + 2) continue;
      add(sentence, span.end - item.length, span.end);
    }
  }
  addOrganisedActivities(ctx, add);
  addHeadings(ctx, add);
  addJointFacilities(ctx, add);
  return [...byKey.values()];
}

/** "开展了10场知识产权相关培训": a training, lecture or activity the company organised, named after the verb. */
function addOrganisedActivities(ctx: ExtractionContext, add: (sentence: Sentence, start: number, end: number) => void): void {
  for (const sentence of ctx.report.sentences) {
    for (const m of sentence.text.matchAll(ACTIVITY)) {
      const end = m.index + m[0].length;
      const span = nameEndingAt(sentence.text, end, { subjects: ctx.companyNames, maxLength: 20 });
      if (!span || span.name.length < m[0].length + 2) continue;
      if (!ORGANISED.test(sentence.text.slice(Math.max(0, span.start - 12), span.start))) continue;
      add(sentence, span.start, span.end);
    }
  }
}

/** Heading lines and case titles name the activity the paragraph describes. */
function addHeadings(ctx: ExtractionContext, add: (sentence: Sentence, start: number, end: number) => void): void {
  for (const sentence of ctx.report.sentences) {
    if (sentence.firstLine !== sentence.lastLine) continue;
    const text = sentence.text.trim().replace(/\*\*/g, '');
    if (!HEADING.test(text) || BODY_NAME.test(text)) continue;
    const at = sentence.text.lastIndexOf(text);
    if (at < 0) continue;
    const end = at + text.replace(/案例$/, '').length;
    const span = nameEndingAt(sentence.text, end, { subjects: ctx.companyNames });
    if (span) add(sentence, span.start, span.end);
  }
}

function addJointFacilities(ctx: ExtractionContext, add: (sentence: Sentence, start: number, end: number) => void): void {
  for (const sentence of ctx.report.sentences) {
    for (const m of sentence.text.matchAll(JOINT_FACILITY)) {
      const from = m.index + m[0].length;
      const facility = FACILITY_SUFFIX.exec(sentence.text.slice(from));
      const quote = /^[“「"]/.test(facility?.[0] ?? '') ? 1 : 0;
      if (facility) add(sentence, from + quote, from + facility[0].length);
    }
  }
}

function kindOf(name: string, sentence: string): Kind {
  for (const [kind, cue] of KIND_CUES) if (cue.test(name)) return kind;
  for (const [kind, cue] of KIND_CUES) if (cue.test(sentence)) return kind;
  return 'OTHER';
}

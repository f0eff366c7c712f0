import type { Random } from './random';

/** Word pools for plausible company, alliance, organization and programme names in English and Chinese. */

const SYLLABLES = [
  'an', 'bao', 'bei', 'cheng', 'da', 'ding', 'fang', 'feng', 'fu', 'guang', 'hai', 'hang', 'heng', 'hong', 'hua', 'hui',
  'jia', 'jian', 'jin', 'jing', 'kai', 'kang', 'lan', 'li', 'long', 'ming', 'nan', 'ning', 'qi', 'qing', 'rui', 'sheng',
  'shi', 'tai', 'tian', 'tong', 'wei', 'xin', 'xing', 'xu', 'ya', 'yi', 'yong', 'yu', 'yuan', 'zhi', 'zhong', 'zhou',
];
const HANZI = [...'安宝北城达鼎方丰富广海航恒宏华辉佳建金晶凯康蓝立龙明南宁启青瑞盛世泰天通伟新星旭雅易永宇远智中洲创博联数云芯视讯图灵源'];
const CITIES = [
  ['Hangzhou', '杭州'], ['Shanghai', '上海'], ['Shenzhen', '深圳'], ['Beijing', '北京'], ['Guangzhou', '广州'],
  ['Suzhou', '苏州'], ['Nanjing', '南京'], ['Chengdu', '成都'], ['Wuhan', '武汉'], ['Hong Kong', '香港'],
] as const;
const FIELDS = [
  ['Intelligent Technology', '智能科技'], ['Information Technology', '信息技术'], ['Digital Technology', '数字技术'],
  ['Network Technology', '网络科技'], ['Electronics', '电子'], ['New Energy', '新能源'], ['Biotechnology', '生物科技'],
  ['Semiconductor', '半导体'], ['Cloud Computing', '云计算'], ['Robotics', '机器人'],
] as const;
export const INDUSTRIES = [
  'Artificial intelligence software', 'AIoT devices and services', 'Cloud computing services', 'Semiconductors',
  'Financial technology', 'E-commerce', 'New energy vehicles', 'Biotechnology', 'Telecommunications equipment',
  'Industrial automation', 'Online games', 'Logistics',
];

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A two-syllable brand: `Ruixin` / `瑞新`. */
export function brand(random: Random): { en: string; zh: string } {
  const en = capitalised(random.pick(SYLLABLES) + random.pick(SYLLABLES));
  const zh = random.pick(HANZI) + random.pick(HANZI);
  return { en, zh };
}

export function companyNames(random: Random, serial: number) {
  const b = brand(random);
  const [cityEn, cityZh] = random.pick(CITIES);
  const [fieldEn, fieldZh] = random.pick(FIELDS);
  const listed = random.chance(0.5);
  return {
    name: `${cityEn} ${b.en} ${fieldEn} ${listed ? 'Co., Ltd.' : 'Group'} ${serial}`,
    nameZh: `${cityZh}${b.zh}${fieldZh}${listed ? '股份有限公司' : '集团有限公司'}`,
    shortNames: [b.en, `${b.zh}${fieldZh.slice(0, 2)}`],
    cityEn,
  };
}

export function allianceNames(random: Random, serial: number) {
  const b = brand(random);
  const [fieldEn, fieldZh] = random.pick(FIELDS);
  return { name: `${fieldEn} Industry Alliance ${b.en} ${serial}`, nameZh: `${b.zh}${fieldZh}产业联盟` };
}

export function organizationNames(random: Random, serial: number) {
  const b = brand(random);
  const [cityEn, cityZh] = random.pick(CITIES);
  return random.chance(0.5)
    ? { name: `${cityEn} ${b.en} University ${serial}`, nameZh: `${cityZh}${b.zh}大学`, kind: 'UNIVERSITY' as const }
    : { name: `${b.en} Components Supplier ${serial}`, nameZh: `${b.zh}元器件有限公司`, kind: 'COMPANY' as const };
}

export function programmeNames(random: Random, serial: string) {
  const b = brand(random);
  return random.pick([
    { name: `${b.en} Scholarship ${serial}`, nameZh: `${b.zh}奖学金`, kind: 'EDUCATION' as const },
    { name: `${b.en} Green Office Campaign ${serial}`, nameZh: `${b.zh}绿色办公行动`, kind: 'ENVIRONMENT' as const },
    { name: `${b.en} Rural Teacher Programme ${serial}`, nameZh: `${b.zh}乡村教师计划`, kind: 'CHARITY' as const },
    { name: `${b.en} AI Ethics Lab ${serial}`, nameZh: `${b.zh}人工智能伦理实验室`, kind: 'AI_ETHICS' as const },
  ]);
}

/**
 * What a KPI label means: the catalogue metric key, the unit the value is stated in (converted to
 * the catalogue unit where that is a plain scale), and the breakdown a row label names.
 */

export interface MetricMeaning {
  key: string;
  unit: string;
  /** Multiply the stated value by this to get a value in `unit`. */
  scale: number;
}

interface UnitInfo {
  family: 'energy' | 'tco2e' | 'tonne' | 'tce' | 'percent' | 'persons' | 'currency' | 'hours' | 'days' | 'count' | 'ratio' | 'other';
  unit: string;
  scale: number;
  intensity: boolean;
}

/** The unit written in a unit cell or in a label's parenthesis ("（兆瓦时）", "吨二氧化碳当量／人民币百万元"). */
export function unitOf(text: string): UnitInfo {
  const t = text.replace(/\s+/g, '');
  const slash = /[/╱／]|每|密度|强度/.test(t);
  const per = perUnit(t);
  const intensity = (unit: string): string => (per ? `${unit}/${per}` : unit);
  if (/吨标煤|吨标准煤/.test(t)) return { family: 'tce', unit: intensity('tce'), scale: 1, intensity: slash };
  if (/二氧化碳当量|tCO2e/i.test(t)) return { family: 'tco2e', unit: intensity('tCO2e'), scale: 1, intensity: slash };
  if (/万兆瓦时/.test(t)) return { family: 'energy', unit: intensity('MWh'), scale: 1e4, intensity: slash };
  if (/兆瓦时|MWh|千个千瓦时/i.test(t)) return { family: 'energy', unit: intensity('MWh'), scale: 1, intensity: slash };
  if (/万千瓦时/.test(t)) return { family: 'energy', unit: intensity('MWh'), scale: 10, intensity: slash };
  if (/千瓦时|kWh/.test(t) || /度/.test(t.replace(/密度|强度|程度|年度|满意度|维度/g, ''))) return { family: 'energy', unit: intensity('MWh'), scale: 0.001, intensity: slash };
  if (/千克/.test(t)) return { family: 'tonne', unit: intensity('kg'), scale: 1, intensity: slash };
  if (/吨/.test(t)) return { family: 'tonne', unit: intensity('t'), scale: 1, intensity: slash };
  if (/%|百分比|比例|占比|比率|覆盖率|满意度/.test(t)) return { family: 'percent', unit: '%', scale: 1, intensity: false };
  if (/亿元/.test(t)) return { family: 'currency', unit: 'CNY', scale: 1e8, intensity: false };
  if (/百万元/.test(t)) return { family: 'currency', unit: 'CNY', scale: 1e6, intensity: false };
  if (/万元/.test(t)) return { family: 'currency', unit: 'CNY', scale: 1e4, intensity: false };
  if (/元/.test(t)) return { family: 'currency', unit: 'CNY', scale: 1, intensity: false };
  if (/小时|时数|时长/.test(t)) return { family: 'hours', unit: 'hours', scale: 1, intensity: false };
  if (/日|天/.test(t)) return { family: 'days', unit: 'days', scale: 1, intensity: false };
  if (/人|名/.test(t)) return { family: 'persons', unit: 'persons', scale: 1, intensity: false };
  if (/家|件|项|个|宗|例|起/.test(t)) return { family: 'count', unit: 'count', scale: 1, intensity: false };
  return { family: 'other', unit: '', scale: 1, intensity: slash };
}

function perUnit(t: string): string | undefined {
  const m = /[/╱／每]\s*(人民币百万元|百万元收入|百万元|人民币|平方米|人|员工)/.exec(t);
  if (!m) return undefined;
  if (/百万元/.test(m[1] ?? '')) return 'CNY million revenue';
  if (m[1] === '平方米') return 'm²';
  return 'employee';
}

interface Rule {
  key: string;
  label: RegExp;
  not?: RegExp;
  families?: readonly UnitInfo['family'][];
  /** The catalogue unit when the value's own unit is a plain scale of it. */
  unit?: string;
}

const RULES: readonly Rule[] = [
  { key: 'ghg_intensity', label: /(?:温室气体|温室气|排放).{0,14}(?:密度|强度)|单位营收温室气/, families: ['tco2e', 'tonne', 'other'] },
  { key: 'ghg_total_tco2e', label: /排放总量|范[围畴]\s*[一1]\s*(?:及|和|、|\+|与|,)\s*(?:范[围畴])?\s*[二2]/, not: /密度|强度|其中|范[围畴]\s*[三3]/, families: ['tco2e'], unit: 'tCO2e' },
  { key: 'ghg_scope3_tco2e', label: /范[围畴]\s*[三3]|scope\s*3/i, not: /其中/, families: ['tco2e'], unit: 'tCO2e' },
  { key: 'ghg_scope1_tco2e', label: /直接温室气体排放|范[围畴]\s*[一1]|scope\s*1/i, not: /密度|其中[:：](?!.*范[围畴])/, families: ['tco2e'], unit: 'tCO2e' },
  { key: 'ghg_scope2_tco2e', label: /间接温室气体排放|范[围畴]\s*[二2]|scope\s*2/i, not: /密度|其中[:：](?!.*范[围畴])/, families: ['tco2e'], unit: 'tCO2e' },
  { key: 'energy_intensity', label: /(?:能源|能耗).{0,6}(?:密度|强度)|单位营收能源|能耗密度/, families: ['energy', 'tce'] },
  { key: 'energy_total_mwh', label: /能源消耗总量|能源总耗量|能耗总量|总能耗|综合能源消耗量|能源消耗量$/, not: /直接|间接|密度|强度|单位|其中/, families: ['energy'], unit: 'MWh' },
  { key: 'renewable_electricity_mwh', label: /光伏发电|可再生能源|绿色电力|绿电/, families: ['energy'], unit: 'MWh' },
  { key: 'electricity_purchased_mwh', label: /外购电力|购买电力|外购电|耗电量/, families: ['energy'], unit: 'MWh' },
  { key: 'water_intensity', label: /(?:耗水|用水|水消耗).{0,6}(?:密度|强度)|单位营收耗水/, not: /取水/, families: ['tonne', 'other'] },
  { key: 'water_consumption_t', label: /耗水总量|耗水量|总用水量|水消耗总量|用水总量|用水量|水资源消耗量/, not: /取水|排水|密度|强度|单位/, families: ['tonne'], unit: 't' },
  { key: 'hazardous_waste_t', label: /(?:有害|危险)废弃?物.{0,6}(?:总量|总计)/, not: /密度|强度|单位|率/, families: ['tonne'], unit: 't' },
  { key: 'non_hazardous_waste_t', label: /无害废弃物.{0,6}(?:总量|总计)/, not: /密度|强度|单位|率/, families: ['tonne'], unit: 't' },
  { key: 'packaging_material_t', label: /包装材料.{0,6}(?:总量|总计)/, not: /密度|强度|单位/, families: ['tonne'], unit: 't' },
  { key: 'employee_turnover_pct', label: /流失率|离职率|流失比率/, families: ['percent', 'other'], unit: '%' },
  { key: 'training_hours_per_employee', label: /平均受训(?:小时数|时数)|人均受训时长|人均培训(?:小时数|时长)|平均培训时长|平均受训小时/, unit: 'hours per employee' },
  { key: 'training_coverage_pct', label: /受训(?:雇员|员工)百分比|受训比例|培训覆盖率/, not: /安全|反腐|反贪|信息/, families: ['percent', 'other'], unit: '%' },
  { key: 'anti_corruption_training_coverage_pct', label: /反(?:腐败|贪污|商业贿赂).{0,14}培训覆盖率/, unit: '%' },
  { key: 'customer_satisfaction_pct', label: /客户满意度/, unit: '%' },
  { key: 'employees_female_pct', label: /女性.{0,10}(?:比例|占比)/, families: ['percent'], unit: '%' },
  { key: 'work_related_fatalities', label: /因工亡故|因工死亡|因工伤死亡|工亡/, unit: 'persons' },
  { key: 'lost_days_injury', label: /因工伤损失工作日/, unit: 'days' },
  { key: 'rd_staff_pct', label: /研发人员(?:比例|占比)/, unit: '%' },
  { key: 'rd_expenditure_cny', label: /^研发投入(?:达|金额|总额)?$|研发费用/, families: ['currency'], unit: 'CNY' },
  { key: 'suppliers_total', label: /供应商(?:总数|数量总计|总计|总数量)/, unit: 'suppliers' },
  { key: 'suppliers_count', label: /按.{1,4}划分的?供应商(?:数量|数目)/, unit: 'suppliers' },
  { key: 'volunteer_hours', label: /志愿.{0,6}(?:时长|小时)/, unit: 'hours' },
  { key: 'revenue_cny', label: /营业收入|总收入|^营收/, families: ['currency'], unit: 'CNY' },
  { key: 'donations_cny', label: /捐赠/, families: ['currency'], unit: 'CNY' },
  { key: 'pue', label: /PUE/, not: /目标/, unit: 'ratio' },
  { key: 'patents_granted', label: /累计.{0,6}(?:授权|确权|有效)专利|(?:授权|确权)专利|专利.{0,4}累计有效/, not: /新增|申请中|新获得/, unit: 'patents' },
  { key: 'patent_applications', label: /累计.{0,4}申请专利|专利申请(?:总数|累计)|专利.{0,4}申请中/, unit: 'patents' },
  { key: 'employees_total', label: /雇员人数|员工人数|员工数|雇员总数|员工总数|聘用员工|正式员工|雇员结构|全职雇员|雇员总人数|员工总人数/, not: /比例|占比|流失|受训|残障|少数民族|研发/, families: ['persons', 'other', 'count'], unit: 'persons' },
];

/** The meaning of a label with its unit text (a unit cell, or the label's own parenthesis). */
export function classifyLabel(label: string, unitText = ''): MetricMeaning | undefined {
  const l = label.replace(/\s+/g, '');
  const unit = unitOf(unitText || parentheses(l));
  for (const rule of RULES) {
    if (!rule.label.test(l) || rule.not?.test(l)) continue;
    if (rule.families && !rule.families.includes(unit.family)) continue;
    if (unit.intensity && rule.unit) continue;
    let outUnit = rule.unit ?? (unit.unit || 'ratio');
    if (rule.key === 'ghg_intensity') outUnit = outUnit.replace(/^t\//, 'tCO2e/');
    return { key: rule.key, unit: rule.unit === 'suppliers' || rule.unit === 'patents' || rule.unit === 'ratio' ? rule.unit : outUnit, scale: unit.scale };
  }
  return undefined;
}

function parentheses(label: string): string {
  return [...label.matchAll(/[（(]([^（()）]*)[）)]/g)].map((m) => m[1]).join(' ');
}

const SEGMENTS: readonly [RegExp, string][] = [
  [/^(?:男性|男)(?:员工|雇员)?(?:人数)?$/, 'male'],
  [/^(?:女性|女)(?:员工|雇员)?(?:人数)?$/, 'female'],
  [/^(?:未知性别)/, 'gender unknown'],
  [/^(?:[<＜]\s*30|30\s*岁?以下)/, 'under 30'],
  [/^18\s*[-–至]\s*30/, '18-30'],
  [/^30\s*[-–至]\s*40/, '30-40'],
  [/^30\s*[-–至]\s*50/, '30-50'],
  [/^31\s*[-–至]\s*40/, '31-40'],
  [/^41\s*[-–至]\s*50/, '41-50'],
  [/^(?:[>＞]\s*40|40\s*岁以上)/, 'over 40'],
  [/^(?:[>＞]\s*50|50\s*岁以上)/, 'over 50'],
  [/^(\d{2})\s*岁及以上/, '$1 and above'],
  [/^未知年龄/, 'age unknown'],
  [/^中国[（(]含港澳台/, 'China (incl. Hong Kong, Macao and Taiwan)'],
  [/^中国大陆/, 'Mainland China'],
  [/^港澳台及海外/, 'Hong Kong, Macao, Taiwan and overseas'],
  [/^港澳台/, 'Hong Kong, Macao and Taiwan'],
  [/^其他国家(?:和|及)?地区/, 'other countries and regions'],
  [/^(?:境外|海外)/, 'overseas'],
  [/^华东/, 'East China'],
  [/^华南/, 'South China'],
  [/^华北/, 'North China'],
  [/^华中/, 'Central China'],
  [/^西南/, 'Southwest China'],
  [/^西北/, 'Northwest China'],
  [/^东北/, 'Northeast China'],
  [/^非管理层/, 'non-management'],
  [/^管理层/, 'management'],
  [/^基层员工/, 'general staff'],
  [/^其他类别/, 'other employee types'],
  [/^塑料/, 'plastic'],
  [/^纸箱/, 'cartons'],
  [/^纸质/, 'paper'],
  [/^木材/, 'wood'],
  [/^金属箱/, 'metal boxes'],
  [/^金属/, 'metal'],
  [/^汽油/, 'petrol'],
  [/^柴油/, 'diesel'],
  [/^天然气/, 'natural gas'],
  [/^化石燃料燃烧/, 'fossil fuel combustion'],
  [/^外购电力/, 'purchased electricity'],
  [/^外购商品及服务/, 'purchased goods and services'],
  [/^资本商品/, 'capital goods'],
  [/^员工通勤/, 'employee commuting'],
  [/^员工差旅/, 'business travel'],
  [/^燃料和能源相关活动/, 'fuel and energy related activities'],
  [/^发明专利/, 'invention patents'],
  [/^实用新型专利/, 'utility model patents'],
  [/^外观(?:设计)?专利/, 'design patents'],
  [/^累计有效/, 'valid (cumulative)'],
  [/^申请中/, 'pending'],
];

/** A breakdown label in English when it is a common one ("男性" → "male"), else as written. */
export function segmentName(label: string, written = label): string {
  const l = label.replace(/\s+/g, '').replace(/^(?:其中[:：])/, '');
  const bare = l.replace(/[（(][^）)]*[）)]$/, '').trim() || l;
  for (const [pattern, name] of SEGMENTS) {
    const m = pattern.exec(l) ?? pattern.exec(bare);
    if (m) return name.replace('$1', m[1] ?? '');
  }
  return written.replace(/\s+/g, ' ').replace(/^(?:其中|其中)[:：]\s*/, '').trim();
}

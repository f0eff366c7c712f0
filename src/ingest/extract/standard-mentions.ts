import type { StandardMention } from '../resolve/standards';
import type { ExtractionContext } from './context';
import type { Sentence } from './text';

/**
 * Standards named in the report, each with what the sentence says about it: the company holds it,
 * requires it of suppliers, or only refers to it (follows, references, helped write it).
 */

export type StandardRole = 'HOLDS' | 'REQUIRES_OF_SUPPLIERS' | 'REFERENCE';

export interface PlacedMention {
  mention: StandardMention;
  sentence: Sentence;
  role: StandardRole;
  /** Index in the sentence of the verb that states the holding ("通过", "获得"), when there is one. */
  verbIndex?: number;
}

const SUPPLIER_SUBJECT = /供应商|供货商|供方|承包商|分包商|服务商|回收.{0,4}厂[家商]|租用(?:的)?(?:数据中心|机房)/;
const SUPPLIER_DEMAND = /要求|必须|须|应当|不得|禁止|优先|准入|否决|具备|具有|提供|签署|鼓励|推荐|审核|考察/;
const HOLDING_VERB = /通过|获得|取得|获颁|荣获|获批|获授|持有|拥有|再认证/g;
const REFERENCE_VERB = /依据|根据|遵循|遵守|参照|参考|按照|对标|融合|基于|采用|对照|响应|符合[^。；，]{0,6}《|参与(?:制定|编制|起草)|参编|标准制定|起草/g;
const CERTIFIED_AFTER = /^[^。；;]{0,30}?(?:认证|证书|审核|评估|符合性)/;
const LIST_HEADER = /认证|资质|证书|certif/i;
const ANY_VERB = /通过|获得|取得|要求|依据|遵循|参照|采用|符合|建立|制定|开展/;

export function isSupplierSentence(text: string): boolean {
  return SUPPLIER_SUBJECT.test(text) && SUPPLIER_DEMAND.test(text);
}

export function placedStandardMentions(ctx: ExtractionContext): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const sentence of ctx.report.sentences) {
    const mentions = dedupeNearby(ctx.standards.mentions(sentence.text));
    if (mentions.length === 0) continue;
    const supplier = isSupplierSentence(sentence.text);
    for (const mention of mentions) {
      if (supplier) {
        placed.push({ mention, sentence, role: 'REQUIRES_OF_SUPPLIERS' });
        continue;
      }
      const left = sentence.text.slice(Math.max(0, mention.index - 100), mention.index);
      const leftStart = Math.max(0, mention.index - 100);
      const holding = lastMatch(left, HOLDING_VERB);
      const reference = lastMatch(left, REFERENCE_VERB);
      const right = sentence.text.slice(mention.index + mention.length);
      const certifiedAfter = CERTIFIED_AFTER.test(right);
      const referenceWins = reference !== undefined && (holding === undefined || reference > holding);
      // A Chinese name alone ("信息安全管理体系") is often just a management system; it takes a holding verb.
      const nameOnly = !/[A-Za-z0-9]/.test(sentence.text.slice(mention.index, mention.index + mention.length));
      const stated = holding !== undefined || (!nameOnly && certifiedAfter);
      if (!referenceWins && (stated || inCertificateList(ctx, sentence, mentions.length))) {
        placed.push({ mention, sentence, role: 'HOLDS', verbIndex: holding === undefined ? undefined : leftStart + holding });
      } else {
        placed.push({ mention, sentence, role: 'REFERENCE' });
      }
    }
  }
  return placed;
}

/** The same standard named twice within a few characters ("ISO9001质量管理体系") is one mention. */
function dedupeNearby(mentions: readonly StandardMention[]): StandardMention[] {
  const out: StandardMention[] = [];
  for (const m of mentions) {
    const previous = out[out.length - 1];
    if (previous && previous.id === m.id && m.index - (previous.index + previous.length) <= 4) {
      if (!previous.version && m.version) previous.version = m.version;
      continue;
    }
    out.push({ ...m });
  }
  return out;
}

function lastMatch(text: string, pattern: RegExp): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** A row of standards under a "资质认证" heading (a table of certifications, no verb in sight). */
function inCertificateList(ctx: ExtractionContext, sentence: Sentence, count: number): boolean {
  if (count < 2 || ANY_VERB.test(sentence.text)) return false;
  let line: number | undefined = sentence.firstLine;
  for (let i = 0; i < 3 && line !== undefined; i++) {
    line = ctx.report.previousNonEmpty(line, 1);
    if (line !== undefined && LIST_HEADER.test(ctx.report.simple(line))) return true;
  }
  return false;
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFacts } from '../../src/ingest/check';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { FACTS_DIR, readReportLines } from '../../src/ingest/facts/files';
import { readFactsFile } from '../../src/ingest/facts/read';
import type { FactsFile } from '../../src/ingest/facts/schema';
import { verifyConsistency, verifyEvidence, verifyNaming, verifyReferences } from '../../src/ingest/facts/verify';

/** What facts:check refuses, each case one change to a shipped facts file that passes as it is. */

const NEWS = join(FACTS_DIR, 'sensetime-news-2022-04-24.json');
const REPORT = join(FACTS_DIR, 'sensetime-esg-2022.json');
const catalog = loadCatalog();
const news = (): FactsFile => readFactsFile(NEWS);
const lines = readReportLines('sensetime-news-2022-04-24.txt');
const messages = (problems: { path: string; message: string; severity: string }[]) =>
  problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

describe('facts:check', () => {
  it('passes the shipped files it is tried on', () => {
    expect(messages(verifyNaming('news', news(), lines, catalog))).toEqual([]);
    expect(messages(verifyEvidence('news', news(), lines))).toEqual([]);
  });

  it('refuses a party, programme or recognition of a Chinese source without a Chinese name', () => {
    const facts = news();
    delete facts.programmes[0]!.nameZh;
    delete facts.organizations[0]!.nameZh;
    delete facts.recognitions[0]!.nameZh;
    expect(messages(verifyNaming('news', facts, lines, catalog))).toEqual([
      expect.stringMatching(/^organizations\[0\]\.nameZh: .* has no nameZh/),
      expect.stringMatching(/^programmes\[0\]\.nameZh: .* has no nameZh/),
      expect.stringMatching(/^recognitions\[0\]\.nameZh: .* has no nameZh/),
    ]);
  });

  it('accepts a name in Latin letters as the Chinese name only where the report writes it so', () => {
    const facts = news();
    const idc = facts.organizations.find((o) => o.id === 'idc')!;
    expect(idc.nameZh).toBe('IDC');
    idc.nameZh = 'International Data Corporation';
    expect(messages(verifyNaming('news', facts, lines, catalog))).toEqual([
      expect.stringMatching(/nameZh "International Data Corporation" is neither Chinese nor written in the report/),
    ]);
  });

  it('refuses Chinese text in an English field', () => {
    const facts = news();
    facts.programmes[1]!.description = 'Food for youth apartments (青年公寓)';
    facts.received[0]!.level = '第一名';
    facts.report.publisher = '经济参考网';
    expect(messages(verifyNaming('news', facts, lines, catalog))).toEqual([
      expect.stringMatching(/^report\.publisher: Chinese text in an English field/),
      expect.stringMatching(/^received\[0\]\.level: Chinese text in an English field/),
      expect.stringMatching(/^programmes\[1\]\.description: Chinese text in an English field/),
    ]);
  });

  it('refuses ids that are a hash or are not made from the English name', () => {
    const facts = news();
    facts.programmes[0]!.id = 'sensetime-3fa94c2b17';
    facts.programmes[1]!.id = 'sensetime-juanzeng-fangbianmian';
    facts.organizations[0]!.id = 'programme-9c1e77aa04d2';
    expect(messages(verifyNaming('news', facts, lines, catalog))).toEqual([
      expect.stringMatching(/^organizations\[0\]\.id: id "programme-9c1e77aa04d2" is not made from the English name/),
      expect.stringMatching(/^programmes\[0\]\.id: id "sensetime-3fa94c2b17" is not made/),
      expect.stringMatching(/^programmes\[1\]\.id: id "sensetime-juanzeng-fangbianmian" is not made/),
    ]);
  });

  it('refuses a quote not verbatim near its line, and a line past the end of the report', () => {
    const facts = news();
    facts.received[0]!.evidence = [
      { line: 10, quote: '商汤科技荣获全球第一' },
      { line: lines.length + 1, quote: 'IDC' },
    ];
    expect(messages(verifyEvidence('news', facts, lines))).toEqual([
      expect.stringMatching(/^received\[0\]\.evidence\[0\]: quote not found verbatim/),
      `received[0].evidence[1]: line ${lines.length + 1} is past the end of the report (${lines.length - 1} lines)`,
    ]);
  });

  it('refuses references to recognitions, issuers, providers, standards and organizations not defined', () => {
    const facts = news();
    facts.received[0]!.recognition = 'no-such-recognition';
    facts.recognitions[0]!.issuers = ['no-such-issuer'];
    facts.assurances = [{ provider: 'no-such-provider', scope: 'REPORT', subject: 'The report', standards: ['no-such-standard'], evidence: facts.received[0]!.evidence }];
    facts.draftedStandards = [{ standard: 'gb-t-00000', role: 'PARTICIPANT', evidence: facts.received[0]!.evidence }];
    facts.engagements = [{ organization: 'no-such-organization', kind: 'FORUM', description: 'A forum', evidence: facts.received[0]!.evidence }];
    // The declarations that load these sections check them like every other: in the order of the file's sections.
    expect(messages(verifyReferences('news', facts, catalog))).toEqual([
      'recognitions[0].issuers[0]: organization or alliance "no-such-issuer" is not defined in alliances or organizations',
      'received[0].recognition: recognition "no-such-recognition" is not defined in recognitions',
      'assurances[0].provider: organization "no-such-provider" is not defined in organizations',
      'assurances[0].standards[0]: standard "no-such-standard" is not defined in data/catalog or standards',
      'draftedStandards[0].standard: standard "gb-t-00000" is not defined in data/catalog or standards',
      'engagements[0].organization: organization "no-such-organization" is not defined in organizations',
    ]);
  });

  it('refuses a recognition scheme two sources define with different issuers', () => {
    const hikvision = readFactsFile(join(FACTS_DIR, 'hikvision-esg-2024.json'));
    const report = readFactsFile(REPORT);
    const files = () => [
      { file: 'hikvision', facts: hikvision },
      { file: 'report', facts: report },
    ];
    expect(messages(verifyConsistency(files(), catalog))).toEqual([]);
    const shared = report.recognitions.find((r) => r.id === 'people-craftsmanship-award')!;
    shared.issuers = [...shared.issuers, 'caict'];
    expect(messages(verifyConsistency(files(), catalog))).toEqual([
      expect.stringMatching(/^recognitions\[\d+\]\.id: Recognition "people-craftsmanship-award" differs from its definition in hikvision/),
    ]);
  });

  it('refuses a programme two sources define differently', () => {
    const report = readFactsFile(REPORT);
    const facts = news();
    const shared = facts.programmes.find((p) => report.programmes.some((q) => q.id === p.id))!;
    expect(messages(verifyConsistency([{ file: 'report', facts: report }, { file: 'news', facts }], catalog))).toEqual([]);
    shared.description = `${shared.description} Told differently.`;
    expect(messages(verifyConsistency([{ file: 'report', facts: report }, { file: 'news', facts }], catalog))).toEqual([
      expect.stringMatching(new RegExp(`^programmes\\[\\d+\\]\\.id: Programme "${shared.id}" differs from its definition in report`)),
    ]);
  });

  describe('on files', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'facts-check-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('says a report text is missing instead of failing', () => {
      const path = join(dir, 'missing.json');
      writeFileSync(path, JSON.stringify({ ...news(), source: { file: 'no-such-report.txt' } }));
      expect(messages(checkFacts([path]))).toEqual(['source.file: report text no-such-report.txt is not in data/reports: no quote can be verified']);
    });

    it('says a file is not JSON instead of failing', () => {
      const path = join(dir, 'broken.json');
      writeFileSync(path, '{ "source": ');
      expect(messages(checkFacts([path]))).toEqual([': not valid JSON: value expected']);
      expect(checkFacts([path])[0]!.at).toEqual({ line: 1, column: 13 });
    });

    it('says a file cannot be read instead of failing', () => {
      expect(messages(checkFacts([join(dir, 'absent.json'), dir]))).toEqual([': cannot be read: ENOENT', ': cannot be read: EISDIR']);
    });
  });
});

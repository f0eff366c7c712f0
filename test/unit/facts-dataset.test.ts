import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFacts } from '../../src/ingest/check';
import { FACTS_DIR, REPORTS_DIR, factsFilesIn, readAllFacts } from '../../src/ingest/facts/files';
import { evidenceOf, LINE_TOLERANCE, locateQuote, reportLines } from '../../src/ingest/facts/verify';

const shipped = readAllFacts(factsFilesIn(FACTS_DIR));

describe('the shipped dataset', () => {
  it('has one facts file per source report', () => {
    const sources = shipped.map((s) => s.facts.source.file).sort();
    expect(sources).toEqual([
      'ainnovation-esg-2024.txt',
      'hikvision-esg-2024.txt',
      'kingsoftcloud-esg-2023.txt',
      'sensetime-esg-2022.txt',
      'sensetime-news-2022-04-24.txt',
    ]);
  });

  it.each(shipped.map((s) => [s.facts.source.file, s] as const))('%s: every quote is verbatim in its report at its line', (_file, { facts }) => {
    const lines = reportLines(readFileSync(join(REPORTS_DIR, facts.source.file), 'utf8'));
    const misplaced: string[] = [];
    let checked = 0;
    for (const { path, evidence } of evidenceOf(facts)) {
      checked++;
      const at = locateQuote(lines, evidence, LINE_TOLERANCE);
      if (at === undefined) misplaced.push(`${path} line ${evidence.line}: ${evidence.quote}`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(misplaced).toEqual([]);
  });

  it('passes the facts check: schema, references, and one id per entity across files', () => {
    const errors = checkFacts(factsFilesIn(FACTS_DIR)).filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFacts } from '../../src/ingest/check';
import { coverage, RENAMED_IDS } from '../../src/ingest/coverage';
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

  it('holds every fact the independent reading in data/coverage lists', () => {
    const missing = coverage().filter((r) => r.missing.length > 0).map((r) => `${r.source} ${r.kind}: ${r.missing.join(', ')}`);
    expect(missing).toEqual([]);
  });

  it('defines every id data/renamed-ids.json moves facts to, and none it moves them from', () => {
    type Move = { from: string; to?: string; into?: string; fromLabel?: string; toLabel?: string; label?: string };
    const map = JSON.parse(readFileSync(RENAMED_IDS, 'utf8')) as Record<'renamed' | 'merged' | 'relabelled', Move[]>;
    const labels = { alliances: 'Alliance', organizations: 'Organization', programmes: 'Programme', recognitions: 'Recognition', standards: 'Standard' } as const;
    const defined = new Set(
      shipped.flatMap(({ facts }) => Object.entries(labels).flatMap(([section, label]) => facts[section as keyof typeof labels].map((d) => `${label} ${d.id}`))),
    );
    const moves = [...map.renamed, ...map.merged, ...map.relabelled].map((m) => ({
      from: `${m.fromLabel ?? m.label} ${m.from}`,
      to: `${m.toLabel ?? m.label} ${m.to ?? m.into}`,
    }));
    expect(moves.length).toBeGreaterThan(100);
    expect(moves.filter((m) => defined.has(m.from)).map((m) => m.from)).toEqual([]);
    expect(moves.filter((m) => !defined.has(m.to)).map((m) => m.to)).toEqual([]);
  });
});

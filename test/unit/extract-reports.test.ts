import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExtract } from '../../src/ingest/extract/cli';
import { extractFacts } from '../../src/ingest/extract/index';
import { loadCatalog } from '../../src/ingest/facts/catalog';
import { REPORTS_DIR } from '../../src/ingest/facts/files';
import { factsFileSchema, SLUG, type FactsFile } from '../../src/ingest/facts/schema';
import { evidenceOf, reportLines, verifyReferences } from '../../src/ingest/facts/verify';

const REPORTS = ['sensetime-esg-2022.txt', 'sensetime-news-2022-04-24.txt', 'ainnovation-esg-2024.txt', 'kingsoftcloud-esg-2023.txt', 'hikvision-esg-2024.txt'];
const SECTIONS = ['certifications', 'memberships', 'programmes', 'partners', 'suppliers', 'supplierRequirements', 'frameworks', 'sdgs', 'metrics'] as const;
const TIMEOUT = 30_000;

function read(report: string): string {
  return readFileSync(join(REPORTS_DIR, report), 'utf8');
}

describe.each(REPORTS)('%s', (report) => {
  let facts: FactsFile;
  beforeAll(() => {
    facts = extractFacts({ text: read(report), sourceFile: report });
  }, TIMEOUT);

  test('validates against the facts schema and cites only defined ids', () => {
    expect(factsFileSchema.safeParse(JSON.parse(JSON.stringify(facts))).success).toBe(true);
    expect(verifyReferences(report, facts, loadCatalog())).toEqual([]);
    for (const def of [...facts.alliances, ...facts.organizations, ...facts.programmes]) expect(def.id).toMatch(SLUG);
  });

  test('every quote is verbatim on its stated line', () => {
    const lines = reportLines(read(report));
    for (const { path, evidence } of evidenceOf(facts)) {
      expect({ path, found: lines[evidence.line]?.includes(evidence.quote) ?? false }).toEqual({ path, found: true });
      expect(evidence.quote.length).toBeGreaterThanOrEqual(2);
      expect(evidence.quote.length).toBeLessThanOrEqual(600);
    }
  });

  test('facts are ordered by their first evidence line', () => {
    for (const section of SECTIONS) {
      const firsts = facts[section].map((f: { evidence: { line: number }[] }) => Math.min(...f.evidence.map((e) => e.line)));
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    }
  });

  test(
    'two runs give the same output',
    () => {
      expect(JSON.stringify(extractFacts({ text: read(report), sourceFile: report }))).toBe(JSON.stringify(facts));
    },
    TIMEOUT,
  );
});

describe('extract CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'extract-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(
    '--out writes the facts file as 2-space JSON with Chinese unescaped',
    async () => {
      const out = join(dir, 'news.json');
      const code = await runExtract([join(REPORTS_DIR, 'sensetime-news-2022-04-24.txt'), '--company', 'sensetime', '--out', out]);
      expect(code).toBe(0);
      const written = readFileSync(out, 'utf8');
      expect(written).toContain('\n  "source": {');
      expect(written).toContain('经济参考网');
      expect(JSON.parse(written).company.id).toBe('sensetime');
    },
    TIMEOUT,
  );

  test(
    'says what it proposed, per kind, and what to do next',
    async () => {
      const out = join(dir, 'news-summary.json');
      const lines: string[] = [];
      const errors = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
      try {
        expect(await runExtract([join(REPORTS_DIR, 'sensetime-news-2022-04-24.txt'), '--company', 'sensetime', '--out', out])).toBe(0);
      } finally {
        errors.mockRestore();
      }
      const facts = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
      const kinds = Object.entries(facts).filter(([, v]) => Array.isArray(v)) as [string, unknown[]][];
      const summary = lines.join('\n');
      expect(summary).toContain(`wrote ${out}: ${kinds.reduce((n, [, list]) => n + list.length, 0)} facts proposed`);
      for (const [kind, list] of kinds) expect(summary).toMatch(new RegExp(`^  ${kind} +${list.length}$`, 'm'));
      expect(summary).toContain(`next: review ${out} against the report`);
      expect(summary).toContain(`\`npm run facts:check -- ${out}\` and \`npm run load -- ${out}\``);
    },
    TIMEOUT,
  );

  test('a missing report or a bad option is an error', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runExtract([])).toBe(2);
    expect(await runExtract(['report.txt', '--bogus'])).toBe(2);
    expect(await runExtract([join(dir, 'missing.txt')])).toBe(1);
    errors.mockRestore();
  });
});

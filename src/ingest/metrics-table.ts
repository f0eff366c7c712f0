import { wantsHelp } from '../cli';
import { loadCatalog, type Catalog } from './facts/catalog';
import { FACTS_DIR, factsFilesIn, readAllFacts } from './facts/files';
import type { FactsFile, MetricValue } from './facts/schema';
import { conversion } from './facts/units';

/**
 * The like-for-like table: for each company, its latest year, and the figures of a few metrics in
 * each metric's own unit, taken from the facts files the way the API takes them by default (the
 * whole-company total, or a partial figure flagged with what it covers; never a partition member
 * or an "of which" part), with the reported value, the conversion and the caveats beside each.
 *
 *   npm run metrics:table [-- key ...]
 */

export const LIKE_FOR_LIKE = ['ghg_scope1_tco2e', 'ghg_scope2_tco2e', 'ghg_scope3_tco2e', 'energy_total_mwh', 'water_withdrawal_t', 'employees_total'];

export interface Cell {
  key: string;
  /** In the metric's unit. */
  value: number;
  unit: string;
  reported: { value: number; unit: string };
  conversion?: { factor: number; sources: string[] };
  partial?: string;
  caveats: MetricValue['caveats'];
  report: string;
}

export interface Row {
  company: string;
  year: number;
  cells: (Cell | undefined)[];
}

/** Values shown by default: a company's total for a key and year, or its partial figures (PARTITION members and COMPONENTs are parts of a total). */
export const shownByDefault = (m: Pick<MetricValue, 'breakdown'>): boolean => m.breakdown === 'TOTAL' || m.breakdown === 'PARTIAL';

export function likeForLike(files: readonly FactsFile[], catalog: Catalog, keys: readonly string[] = LIKE_FOR_LIKE): Row[] {
  const unitOf = new Map([...catalog.metrics, ...files.flatMap((f) => f.metricDefinitions)].map((d) => [d.key, d.unit]));
  const byCompany = new Map<string, { report: string; m: MetricValue }[]>();
  for (const f of files) {
    const values = f.metrics.filter((m) => keys.includes(m.key) && shownByDefault(m) && m.segment === undefined).map((m) => ({ report: f.report.id, m }));
    byCompany.set(f.company.id, [...(byCompany.get(f.company.id) ?? []), ...values]);
  }
  return [...byCompany.entries()]
    .filter(([, values]) => values.length > 0)
    .map(([company, values]) => {
      const year = Math.max(...values.map((v) => v.m.year));
      const cells = keys.map((key): Cell | undefined => {
        const found = values.find((v) => v.m.key === key && v.m.year === year);
        const unit = unitOf.get(key);
        if (!found || !unit) return undefined;
        const { m, report } = found;
        const c = conversion(m.unit, unit);
        if (!c) throw new Error(`${report}: ${key} ${year} is in ${m.unit}, which does not convert to ${unit}`);
        return {
          key,
          value: m.value * c.factor,
          unit,
          reported: { value: m.value, unit: m.unit },
          ...(c.factor === 1 ? {} : { conversion: c }),
          ...(m.breakdown === 'PARTIAL' ? { partial: m.covers } : {}),
          caveats: m.caveats,
          report,
        };
      });
      return { company, year, cells };
    })
    .sort((a, b) => a.company.localeCompare(b.company));
}

const number = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The table as Markdown, with notes for conversions, partial figures and caveats. */
export function formatTable(rows: readonly Row[], keys: readonly string[] = LIKE_FOR_LIKE, catalog = loadCatalog()): string {
  const units = new Map(catalog.metrics.map((d) => [d.key, d.unit]));
  const notes: string[] = [];
  const note = (text: string) => {
    const i = notes.indexOf(text);
    if (i >= 0) return `[${i + 1}]`;
    notes.push(text);
    return `[${notes.length}]`;
  };
  const lines = [
    `| company | year | ${keys.map((k) => `${k} (${units.get(k) ?? '?'})`).join(' | ')} |`,
    `|---|---|${keys.map(() => '---:').join('|')}|`,
  ];
  for (const row of rows) {
    const cells = row.cells.map((c) => {
      if (!c) return '—';
      const marks = [
        c.conversion ? note(`${c.key} of ${row.company}: reported ${number(c.reported.value)} ${c.reported.unit}, × ${c.conversion.factor.toFixed(4)} (${c.conversion.sources.join('; ')})`) : '',
        c.partial ? note(`${c.key} of ${row.company} is PARTIAL: covers ${c.partial}`) : '',
        ...c.caveats.map((cv) => note(`${row.company}, ${cv.kind}: ${cv.note} (${c.report} line ${cv.evidence.line})`)),
      ].join('');
      return `${number(c.value)}${marks ? ` ${marks}` : ''}`;
    });
    lines.push(`| ${row.company} | ${row.year} | ${cells.join(' | ')} |`);
  }
  return [...lines, '', ...notes.map((n, i) => `[${i + 1}] ${n}`)].join('\n');
}

const USAGE = `usage: npm run metrics:table [-- <metric key>...]

Prints, from the facts files (data/facts), a Markdown table of each company's latest year for the
metrics compared like for like (default: ${LIKE_FOR_LIKE.join(', ')}), values in the
metric's unit, conversions and caveats as numbered notes.
  -h, --help   this text`;

if (require.main === module) {
  const args = process.argv.slice(2);
  if (wantsHelp(args)) {
    console.log(USAGE);
  } else {
    const keys = args.length > 0 ? args : LIKE_FOR_LIKE;
    const catalog = loadCatalog();
    const files = readAllFacts(factsFilesIn(FACTS_DIR)).map((f) => f.facts);
    console.log(formatTable(likeForLike(files, catalog, keys), keys, catalog));
  }
}

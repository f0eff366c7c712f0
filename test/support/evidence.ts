import { readReportLines } from '../../src/ingest/facts/files';

/** Evidence as the API answers it, with the report's id selected. */
export interface EvidenceOut {
  report: { id: string };
  line: number;
  quote: string;
}

/** There is evidence, and every quote is on its line of its report (or, for PDF line breaks, within three lines of it). */
export function expectVerbatim(evidence: readonly EvidenceOut[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) {
    const lines = readReportLines(`${e.report.id}.txt`);
    expect({ ...e, found: lines.slice(Math.max(0, e.line - 3), e.line + 4).some((l) => l.includes(e.quote)) }).toMatchObject({ found: true });
  }
}

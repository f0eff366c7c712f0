import type { Core, EdgeSingular } from 'cytoscape';
import type { Page } from 'puppeteer-core';
import { readReportLines } from '../../src/ingest/facts/files';
import { buildWeb } from '../../tools/build-web';
import { apiOverDataset } from '../support/api';
import { foreignRequests, launchBrowser, screenshot, type HeadlessBrowser } from './browser';

/**
 * The browser pages in headless Chromium against the real app over the shipped dataset: what a new
 * user sees at /graphiql, /explore and, offline, /graphql. Every request a page makes must go to the
 * API's own origin. Screenshots go to test-results/screenshots.
 */

const WAIT = { timeout: 90_000 };
// A page in a browser is slow to start on a busy machine: each case may take a few waits.
jest.setTimeout(240_000);
const api = apiOverDataset();
let chromium: HeadlessBrowser;

beforeAll(async () => {
  await buildWeb();
  chromium = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await chromium?.close();
});

/** Errors thrown in the page: none is expected. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => void errors.push((err as Error).message));
  return errors;
}

/** Whether a Monaco editor shows a text (Monaco renders spaces as no-break spaces). Runs in the page. */
const editorHas = (selector: string, text: string) => (document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ').includes(text);

describe('/graphiql', () => {
  it('opens on the first query and its variables, runs it, and shows the answer, all from this server', async () => {
    const { page, requests } = await chromium.page();
    const errors = pageErrors(page);
    await page.goto(`${api.server().url}/graphiql`, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-execute-button', WAIT);
    await page.waitForFunction(editorHas, WAIT, '.graphiql-query-editor', 'query FirstQuery($id: ID!)');
    await page.waitForFunction(editorHas, WAIT, '.graphiql-editor-tool', '"id": "sensetime"');

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(editorHas, WAIT, '.result-window', '"name": "SenseTime Group Inc."');
    for (const expected of ['"nameZh": "商汤集团股份有限公司"', '"code": "ISO/IEC 27001"', '"quote":']) {
      expect({ expected, shown: await page.evaluate(editorHas, '.result-window', expected) }).toEqual({ expected, shown: true });
    }
    await screenshot(page, 'graphiql');

    expect(errors).toEqual([]);
    expect(requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(foreignRequests(requests, api.server().url)).toEqual([]);
    await page.close();
  });
});

describe('/explore', () => {
  let page: Page;
  let requests: string[];
  let errors: string[];
  beforeAll(async () => {
    ({ page, requests } = await chromium.page());
    errors = pageErrors(page);
    await page.goto(`${api.server().url}/explore?id=sensetime`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-state="ready"]', WAIT);
  });
  afterAll(async () => {
    await page?.close();
  });

  const counts = () => page.evaluate(() => {
    const cy = (window as unknown as { cy: { nodes(): { length: number }; edges(): { length: number } } }).cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });

  /** The ids of the entities of one type drawn. */
  const drawn = (type: string) =>
    page.evaluate((t) => {
      const cy = (window as unknown as { cy: { nodes(selector: string): { map(f: (n: { id(): string }) => string): string[] } } }).cy;
      return cy.nodes(`[type = "${t}"]`).map((n) => n.id()).sort();
    }, type);

  /** The evidence the side panel shows, each quote checked against its line of its report. */
  async function expectShownEvidenceVerbatim(): Promise<void> {
    const evidence = await page.$$eval('.panel .evidence', (items) =>
      items.map((item) => ({ quote: item.querySelector('blockquote')!.textContent!, where: item.querySelector('.where')!.textContent! })),
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const [, file, line] = /^\((.+\.txt), line (\d+)\)$/.exec(e.where)!;
      const near = readReportLines(file!).slice(Math.max(0, Number(line) - 3), Number(line) + 2).join('\n');
      expect({ ...e, verbatim: near.includes(e.quote) }).toMatchObject({ verbatim: true });
    }
  }

  /** Clicks a link and waits for the side panel to show it (the panel may still show the last one). */
  async function openLink(source: string, target: string, heading: string): Promise<void> {
    await click({ edge: [source, target] });
    await page.waitForFunction((h) => document.querySelector('.panel h2')?.textContent === h, WAIT, heading);
  }

  /**
   * Clicks, with the mouse on the canvas, the centre of a node or the point of an edge farthest from
   * every other node and edge: in a full picture an edge's middle may lie under a node or a crossing.
   */
  async function click(selector: { edge: [string, string] } | { node: string }): Promise<void> {
    const at = await page.evaluate((s) => {
      type Point = { x: number; y: number };
      const cy = (window as unknown as { cy: Core }).cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const onCanvas = (p: Point) => ({ x: box.left + p.x, y: box.top + p.y });
      if ('node' in s) return onCanvas(cy.getElementById(s.node).renderedPosition());

      const edge = cy.edges().filter((e) => e.source().id() === s.edge[0] && e.target().id() === s.edge[1])[0]!;
      const distance = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
      const along = (p: Point, q: Point, t: number) => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });
      const toSegment = (p: Point, a: Point, b: Point) => {
        const length = distance(a, b) ** 2;
        const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / length));
        return distance(p, along(a, b, t));
      };
      const clearance = (p: Point) =>
        Math.min(
          ...cy.nodes().map((n) => distance(p, n.renderedPosition()) - n.renderedOuterWidth() / 2),
          ...cy.edges().filter((e) => e.id() !== edge.id()).map((e: EdgeSingular) => toSegment(p, e.renderedSourceEndpoint(), e.renderedTargetEndpoint())),
        );
      // Points from source to target through the middle (which follows the curve of a bundled edge).
      const [a, m, b] = [edge.renderedSourceEndpoint(), edge.renderedMidpoint(), edge.renderedTargetEndpoint()];
      const points = [0.2, 0.35, 0.5, 0.65, 0.8].flatMap((t) => [along(a, m, t), along(m, b, t)]).concat(m);
      return onCanvas(points.reduce((best, p) => (clearance(p) > clearance(best) ? p : best)));
    }, selector);
    await page.mouse.click(at.x, at.y);
  }

  it('draws the neighbourhood of the entity named in the URL', async () => {
    const { nodes, edges } = await counts();
    expect(nodes).toBeGreaterThanOrEqual(10);
    expect(edges).toBeGreaterThanOrEqual(nodes - 1);
    expect(await page.$eval('.status', (e) => e.textContent)).toMatch(/^\d+ entities, \d+ links around sensetime/);
    await screenshot(page, 'explore');
  });

  it('shows the evidence of a link clicked: report, line and a verbatim quote', async () => {
    await openLink('sensetime', 'iso-iec-27001', 'SenseTime Group Inc. → ISO/IEC 27001');
    await expectShownEvidenceVerbatim();
    await screenshot(page, 'explore-evidence');
  });

  it('draws the links of a node clicked: the other holders of a standard', async () => {
    const before = await counts();
    await click({ node: 'iso-9001' });
    await page.waitForFunction(() => /^ISO 9001: \d+ more entities/.test(document.querySelector('.status')?.textContent ?? ''), WAIT);
    const after = await counts();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    const drawn = await page.evaluate(() => (window as unknown as { cy: { getElementById(id: string): { length: number } } }).cy.getElementById('hikvision').length);
    expect(drawn).toBe(1);
    await screenshot(page, 'explore-expanded');
  });

  it('finds an entity typed in traditional Chinese and gives it a URL of its own', async () => {
    await page.type('.search input', '海康威視');
    await page.waitForFunction(() => document.querySelector('.results')?.textContent?.includes('Hikvision'), WAIT);
    await page.evaluate(() => {
      const item = [...document.querySelectorAll('.results li')].find((li) => li.textContent?.includes('Hikvision'))!;
      item.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.includes('around hikvision'), WAIT);
    expect(new URL(page.url()).search).toBe('?id=hikvision');
    expect((await counts()).nodes).toBeGreaterThanOrEqual(10);
  });

  it("draws a company's recognitions and the assurances of its report, and shows their evidence", async () => {
    // Where the last case left the page: Hikvision, whose report states four assurances.
    expect(await page.$$eval('.panel .legend li', (items) => items.map((li) => li.textContent))).toEqual(expect.arrayContaining(['Recognition', 'Assurance']));
    expect(await drawn('Recognition')).toEqual(expect.arrayContaining(['ecovadis-rating', 'china-quality-award']));
    expect(await drawn('Assurance')).toEqual([
      'hikvision-esg-2024-financial-statements-assurance',
      'hikvision-esg-2024-ghg-data-assurance-1',
      'hikvision-esg-2024-ghg-data-assurance-2',
      'hikvision-esg-2024-report-assurance',
    ]);

    await openLink('hikvision', 'ecovadis-rating', 'Hangzhou Hikvision Digital Technology Co., Ltd. → EcoVadis sustainability rating');
    expect(await page.$eval('.panel .link-kind', (e) => e.textContent)).toBe('received');
    expect(await page.$eval('.panel .fact h3', (e) => e.textContent)).toBe('Silver (银牌) · 2025');
    await expectShownEvidenceVerbatim();
    await screenshot(page, 'explore-company-recognition');

    await openLink('hikvision-esg-2024', 'hikvision-esg-2024-report-assurance', 'Hikvision 2024 Environmental, Social and Governance Report → Report assurance · 2024');
    expect(await page.$eval('.panel .link-kind', (e) => e.textContent)).toBe('assured by');
    await expectShownEvidenceVerbatim();
    await screenshot(page, 'explore-company-assurance');
  });

  it('finds a rating by name and draws who received it, at what level, and who confers it', async () => {
    await page.type('.search input', 'EcoVadis');
    await page.waitForFunction(() => [...document.querySelectorAll('.results .type')].some((t) => t.textContent === 'Recognition'), WAIT);
    await page.evaluate(() => {
      const item = [...document.querySelectorAll('.results li')].find((li) => li.querySelector('.type')?.textContent === 'Recognition')!;
      item.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('.status')?.textContent?.includes('around ecovadis-rating'), WAIT);
    expect(new URL(page.url()).search).toBe('?id=ecovadis-rating');
    expect(await drawn('Company')).toEqual(['hikvision']);
    expect(await drawn('Organization')).toEqual(['ecovadis']);
    const label = await page.evaluate(() => (window as unknown as { cy: { getElementById(id: string): { data(key: string): string } } }).cy.getElementById('ecovadis-rating').data('label'));
    expect(label).toBe('EcoVadis sustainability rating\nEcoVadis 可持续发展评估');

    await openLink('ecovadis-rating', 'ecovadis', 'EcoVadis sustainability rating → EcoVadis');
    expect(await page.$eval('.panel .link-kind', (e) => e.textContent)).toBe('issued by');
    await expectShownEvidenceVerbatim();
    await openLink('hikvision', 'ecovadis-rating', 'Hangzhou Hikvision Digital Technology Co., Ltd. → EcoVadis sustainability rating');
    expect(await page.$eval('.panel .fact .note', (e) => e.textContent)).toBe('Top 15% of about 150,000 companies rated worldwide.');
    await expectShownEvidenceVerbatim();
    await screenshot(page, 'explore-recognition');
  });

  it('made no request to another host and threw no error', () => {
    expect(requests.filter((url) => url.endsWith('/graphql')).length).toBeGreaterThanOrEqual(3);
    expect(foreignRequests(requests, api.server().url)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('/graphql in a browser without network', () => {
  it('says Apollo Sandbox cannot load and points to /graphiql, which then works', async () => {
    const { page } = await chromium.page();
    const origin = api.server().url;
    // Offline: every request to another host fails, as on a locked-down network.
    await page.setRequestInterception(true);
    page.on('request', (request) => void (new URL(request.url()).origin === origin ? request.continue() : request.abort('internetdisconnected')));
    await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.fallback')!).opacity === '1', WAIT);
    const text = await page.$eval('.fallback', (e) => e.textContent ?? '');
    expect(text).toMatch(/Apollo Sandbox cannot be loaded/);
    expect(text).toMatch(/GraphiQL, served by this server, works offline/);
    await screenshot(page, 'sandbox-offline');
    await Promise.all([page.waitForNavigation(), page.click('.fallback a[href="graphiql"]')]);
    expect(page.url()).toBe(`${origin}/graphiql`);
    await page.waitForSelector('.graphiql-execute-button', WAIT);
    await page.close();
  });
});

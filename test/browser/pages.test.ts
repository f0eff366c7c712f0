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

  /** Clicks (with the mouse, on the canvas) the middle of an edge or the centre of a node. */
  async function click(selector: { edge: [string, string] } | { node: string }): Promise<void> {
    const at = await page.evaluate((s) => {
      type Element = { renderedMidpoint(): { x: number; y: number }; renderedPosition(): { x: number; y: number } };
      type Cy = { edges(): { filter(f: (e: { source(): { id(): string }; target(): { id(): string } }) => boolean): Element[] }; getElementById(id: string): Element };
      const cy = (window as unknown as { cy: Cy }).cy;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const point =
        'edge' in s
          ? cy.edges().filter((e) => e.source().id() === s.edge[0] && e.target().id() === s.edge[1])[0]!.renderedMidpoint()
          : cy.getElementById(s.node).renderedPosition();
      return { x: box.left + point.x, y: box.top + point.y };
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
    await click({ edge: ['sensetime', 'iso-iec-27001'] });
    await page.waitForSelector('.panel .evidence blockquote', WAIT);
    expect(await page.$eval('.panel h2', (e) => e.textContent)).toBe('SenseTime Group Inc. → ISO/IEC 27001');
    const evidence = await page.$$eval('.panel .evidence', (items) =>
      items.map((item) => ({ quote: item.querySelector('blockquote')!.textContent!, where: item.querySelector('.where')!.textContent! })),
    );
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) {
      const [, file, line] = /^\((.+\.txt), line (\d+)\)$/.exec(e.where)!;
      const near = readReportLines(file!).slice(Math.max(0, Number(line) - 3), Number(line) + 2).join('\n');
      expect({ ...e, verbatim: near.includes(e.quote) }).toMatchObject({ verbatim: true });
    }
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

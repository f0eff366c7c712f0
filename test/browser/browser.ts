import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fromRoot } from '../../src/paths';

/** Screenshots of the pages as the browser tests leave them: a CI artefact (git-ignored). */
export const SCREENSHOTS_DIR = fromRoot('test-results', 'screenshots');

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The Chromium to drive: CHROME_PATH, else the first of the usual names on the PATH. */
export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of CANDIDATES) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  throw new Error(
    `no Chromium found (looked for ${CANDIDATES.join(', ')} on PATH): install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH`,
  );
}

export interface HeadlessBrowser {
  browser: Browser;
  /** A new page that records the URL of every request it makes. */
  page(): Promise<{ page: Page; requests: string[] }>;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a profile of its own (thrown away after), no background traffic of its own
 * (updates, sync, QUIC, first-run), so every request seen is one a page made.
 */
export async function launchBrowser(): Promise<HeadlessBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'esg-graph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: false,
    userDataDir: profile,
    defaultViewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1400,900',
    ],
  });
  return {
    browser,
    async page() {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => void requests.push(request.url()));
      return { page, requests };
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: path as `${string}.png` });
  return path;
}

/** The requests that left the page's own origin (data: and blob: URLs are not requests to anyone). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
}

import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../test/support/headless-chromium.js';
import { renderHtml } from './render-html.js';
import { sampleReport } from '../../test/support/sample-report.js';

/**
 * Where the screenshot is kept for a person to look at (reports/ is not committed);
 * test/only-node.test.ts runs this file again at the same time and sends its own elsewhere.
 */
const screenshot = process.env.HTML_REPORT_SCREENSHOT || fileURLToPath(new URL('../../reports/conformance-html.png', import.meta.url));

let dir: string;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'html-browser-'));
  const file = join(dir, 'conformance.html');
  await writeFile(file, renderHtml(sampleReport()));
  browser = await launchChromium(join(dir, 'profile'));
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 2000 });
  await page.goto(`${pathToFileURL(file).href}#failed`, { waitUntil: 'load', timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the HTML report in headless Chromium', () => {
  it('shows the verdict, the failures on top, and (filtered to failures) a failure opened with its curl line', async () => {
    const dom = await page.content();
    expect(dom).toMatch(/<header class="banner non-conformant">[\s\S]*?<h1 class="verdict">.*Non-conformant<\/h1>/);
    // The overview lists the failure, with its first finding, linking to its row.
    expect(dom).toMatch(/<section class="needs-attention"[\s\S]*?CREATE-REJECT-INVALID[\s\S]*?expected status 422, got 500[\s\S]*?<\/section>/);
    // The script ran: its controls are shown, the #failed filter applied (passes hidden, the failure open).
    expect(dom).toMatch(/<div class="toolbar" role="toolbar" aria-label="Filter requirements" data-needs-js="">/);
    expect(dom).toMatch(/<button type="button" data-filter="failed" aria-pressed="true">Failed \(1\)<\/button>/);
    expect(dom).toMatch(/<tr data-outcome="passed" id="req-CREATE-201" hidden="">/);
    const failed = /<tr data-outcome="failed" id="req-CREATE-REJECT-INVALID" class="attention">([\s\S]*?)<\/tr>\s*<tr data-outcome=/.exec(dom)?.[1] ?? '';
    expect(failed).toMatch(/<details open="">/);
    expect(failed).toMatch(/<button type="button" data-copy="curl-2-0" data-needs-js="">Copy<\/button>/);
    // A hostile response body stays text: no element from it made it into the DOM.
    expect(dom).not.toMatch(/<img\b/);
    expect(dom.match(/<script\b/g)).toHaveLength(1);
  });

  it('takes a screenshot a person can look at (reports/conformance-html.png)', async () => {
    await mkdir(join(screenshot, '..'), { recursive: true });
    await rm(screenshot, { force: true });
    await page.screenshot({ path: screenshot as `${string}.png` });
    const png = await readFile(screenshot);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // 1280 × 2000, as asked: width and height sit in the IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 2000]);
    expect((await stat(screenshot)).size).toBeGreaterThan(20_000);
  });
});

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';
import { sampleReport } from '../../test/support/sample-report.js';

const run = promisify(execFile);
/** Where the screenshot is kept for a person to look at (reports/ is not committed). */
const screenshot = fileURLToPath(new URL('../../reports/conformance-html.png', import.meta.url));

let dir: string;
let page: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'html-browser-'));
  page = join(dir, 'conformance.html');
  await writeFile(page, renderHtml(sampleReport()));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Debian's headless Chromium on the page; `.ci/run` installs it when missing. Bounded at 30 s. */
async function chromium(args: string[], url: string): Promise<string> {
  try {
    const { stdout } = await run(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--window-size=1280,2000',
        ...args,
        url,
      ],
      { timeout: 30_000, maxBuffer: 32 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('chromium is not installed: apt-get install -y chromium (.ci/run installs it when missing)');
    }
    throw error;
  }
}

describe('the HTML report in headless Chromium', () => {
  it('shows the verdict, the failures on top, and (filtered to failures) a failure opened with its curl line', async () => {
    const dom = await chromium(['--dump-dom'], `${pathToFileURL(page).href}#failed`);
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
  }, 40_000);

  it('takes a screenshot a person can look at (reports/conformance-html.png)', async () => {
    await mkdir(join(screenshot, '..'), { recursive: true });
    await rm(screenshot, { force: true });
    await chromium([`--screenshot=${screenshot}`], `${pathToFileURL(page).href}#failed`);
    const png = await readFile(screenshot);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // 1280 × 2000, as asked: width and height sit in the IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 2000]);
    expect((await stat(screenshot)).size).toBeGreaterThan(20_000);
  }, 40_000);
});

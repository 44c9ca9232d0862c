import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import packagedChromium from '@sparticuz/chromium';
import puppeteer, { type Browser } from 'puppeteer-core';

/** A Chromium to drive, and how puppeteer starts it headless. */
export interface ChromiumBinary {
  path: string;
  /** `shell` for the packaged chrome-headless-shell, `true` for a full Chromium. */
  headless: true | 'shell';
  /** Environment for the browser process (the packaged one brings its own fonts). */
  env?: NodeJS.ProcessEnv;
}

/** Debian's, Ubuntu's and Google's names, tried only when the packaged binary does not fit the platform. */
const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set; otherwise the
 * binary shipped inside the `@sparticuz/chromium` npm package (Linux x64 only),
 * so `npm ci` is all a machine needs; otherwise a system Chromium when one is
 * there. Never one an install script downloads.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumBinary> {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, headless: true };
  if (process.platform === 'linux' && process.arch === 'x64') return inflatePackagedChromium();
  const system = systemChromiumPaths.find((path) => existsSync(path));
  if (system) return { path: system, headless: true };
  throw new Error(
    `no Chromium for ${process.platform}/${process.arch}: @sparticuz/chromium ships Linux x64 only; set CHROMIUM_PATH to a Chromium or Chrome binary`,
  );
}

/**
 * Inflates the package's brotli-compressed chrome-headless-shell once per
 * package version into the temp dir, and returns it. The package inflates into
 * `tmpdir()` itself; pointing that at a fresh staging folder and renaming the
 * folder into place when complete means two test processes starting at once,
 * or a run killed half-way, never leave a partly written binary to launch.
 */
async function inflatePackagedChromium(): Promise<ChromiumBinary> {
  // One copy per user too: the folder is private to whoever inflated it.
  const home = join(tmpdir(), `sparticuz-chromium-${await packagedChromiumVersion()}-${process.getuid?.() ?? 0}`);
  if (!existsSync(join(home, 'fonts.conf'))) {
    const staging = await mkdtemp(`${home}.staging-`);
    try {
      await inflateInto(staging);
      await writeFile(join(staging, 'fonts.conf'), fontConfig(home));
      await rename(staging, home).catch((error: NodeJS.ErrnoException) => {
        // Another process got there first: its copy is complete, ours goes.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  return { path: join(home, 'chromium'), headless: 'shell', env: { ...process.env, FONTCONFIG_FILE: join(home, 'fonts.conf') } };
}

/** The package computes its output paths from `tmpdir()` synchronously when called, so TMPDIR is swapped only around the call. */
async function inflateInto(staging: string): Promise<void> {
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  let inflating: Promise<string>;
  try {
    inflating = packagedChromium.executablePath();
  } finally {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  }
  const binary = await inflating;
  if (binary !== join(staging, 'chromium')) throw new Error(`@sparticuz/chromium inflated to ${binary}, not into ${staging}`);
}

async function packagedChromiumVersion(): Promise<string> {
  // The package exports only its entry point (build/cjs/index.cjs), two folders below its package.json.
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const manifest = JSON.parse(await readFile(join(dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The system's fonts when it has a fontconfig set-up, and the package's Open Sans in any case, so a machine without fonts still renders text. */
function fontConfig(home: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${home}/fonts</dir>`,
    `  <cachedir>${home}/fonts-cache</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

/**
 * Starts headless Chromium for a test, with a fresh profile in `profileDir`.
 * The network is closed here: background networking, component updates and
 * sync are off so the browser makes no noise trying.
 */
export async function launchChromium(profileDir: string): Promise<Browser> {
  const chromium = await findChromium();
  return puppeteer.launch({
    executablePath: chromium.path,
    headless: chromium.headless,
    env: chromium.env,
    userDataDir: profileDir,
    pipe: true,
    timeout: 30_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

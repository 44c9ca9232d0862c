import { formatDuration } from '../report/format.js';
import type { Finding, RequirementResult } from '../run/results.js';
import { requirementOutcome, type Outcome } from '../run/results.js';
import { stringifyValue } from '../report/format.js';
import { paint, type Colour } from './colour.js';
import { oneLine } from '../util/values.js';

export type OutputMode = 'quiet' | 'normal' | 'verbose';

export interface ProgressOptions {
  /** Requirements the run will report. */
  total: number;
  mode: OutputMode;
  /** A failed SHOULD fails the gate (shown FAIL, not WARN). */
  strict: boolean;
  /** Writes one line that stays to stderr. */
  line(text: string): void;
  /** Present when stderr is a terminal: raw writes to it, for the live line. */
  terminal?: { write(text: string): void; columns?: number };
  /** Colour the terminal output. */
  colour: boolean;
  /** Requests sent so far. */
  requests(): number;
  /** The command that runs a requirement again and meets `finding` (conform gives replayCommand its target and run). */
  replay(requirementId: string, finding: Finding): string;
  /** Clock in ms (for tests). */
  now?: () => number;
  /** How often the live line redraws, in ms; 0: only as results arrive. */
  tickMs?: number;
}

export interface Progress {
  /** Told as each requirement ends (by the progress handler, see run-handlers.ts). */
  onResult(result: RequirementResult): void;
  /** Clears the live line; call before printing the summary. */
  finish(): void;
}

const LABEL: Record<Outcome, { text: string; colour: Colour }> = {
  passed: { text: 'PASS', colour: 'green' },
  failed: { text: 'FAIL', colour: 'red' },
  warning: { text: 'WARN', colour: 'yellow' },
  skipped: { text: 'SKIP', colour: 'dim' },
  errored: { text: 'ERROR', colour: 'magenta' },
};

/** Longest counterexample or curl line printed under --verbose; the reports hold all of it. */
const DETAIL_MAX = 500;
const CLEAR_LINE = '\r\u001b[K';

/**
 * Progress on stderr as requirements end. On a terminal: one live line (done/total,
 * requests, failures, elapsed) rewritten in place, with failures (and under --verbose every
 * outcome) printed above it. Elsewhere (CI logs): one plain line per requirement,
 * `PASS ID (n req, t ms)` or `FAIL ID: first finding`. --quiet prints nothing.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const colour = paint(options.colour && options.terminal !== undefined);
  let done = 0;
  let failures = 0;
  let warnings = 0;
  let drawn = false;
  let timer: NodeJS.Timeout | undefined;

  const liveLine = (): string => {
    const parts: [string, Colour | undefined][] = [
      [`${done}/${options.total} requirements`, undefined],
      [`${options.requests()} requests`, undefined],
      [`${failures} failed`, failures > 0 ? 'red' : undefined],
      ...(warnings > 0 ? ([[`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`, 'yellow']] as [string, Colour][]) : []),
      [formatDuration(now() - started), undefined],
    ];
    const plain = `conform: ${parts.map(([text]) => text).join(' · ')}`;
    // Cut to the terminal width so the line never wraps: a wrapped line cannot be rewritten with \r.
    const columns = options.terminal?.columns;
    if (columns && plain.length >= columns) return `${plain.slice(0, Math.max(0, columns - 2))}…`;
    return `conform: ${parts.map(([text, c]) => (c ? colour(c, text) : text)).join(' · ')}`;
  };
  const redraw = () => {
    if (!options.terminal) return;
    options.terminal.write(`${CLEAR_LINE}${liveLine()}`);
    drawn = true;
  };
  // Lines that stay go through `line` (the command's stderr, which redacts secrets); the live line is cleared first.
  const print = (lines: string[]) => {
    if (drawn) options.terminal?.write(CLEAR_LINE);
    drawn = false;
    for (const l of lines) options.line(l);
  };

  if (options.mode !== 'quiet' && options.terminal && options.tickMs !== 0) {
    timer = setInterval(redraw, options.tickMs ?? 250);
    timer.unref();
  }

  return {
    onResult(result) {
      done++;
      const outcome = requirementOutcome(result, options.strict);
      if (outcome === 'failed' || outcome === 'errored') failures++;
      if (outcome === 'warning') warnings++;
      if (options.mode === 'quiet') return;
      // On a terminal the live line carries the passes; only what needs a look stays on screen.
      const shown = options.mode === 'verbose' || !options.terminal || (outcome !== 'passed' && outcome !== 'skipped');
      if (shown) print([describe(result, outcome, colour), ...(options.mode === 'verbose' ? details(result, options.replay) : [])]);
      redraw();
    },
    finish() {
      if (timer) clearInterval(timer);
      if (drawn) options.terminal?.write(CLEAR_LINE);
      drawn = false;
    },
  };
}

function describe(result: RequirementResult, outcome: Outcome, colour: (c: Colour, t: string) => string): string {
  const label = colour(LABEL[outcome].colour, LABEL[outcome].text);
  if (outcome === 'passed') {
    // An observing rule sends little or nothing itself: what it judged is every response of the run.
    const cases = result.cases === undefined ? '' : `${result.cases} cases, `;
    const work = result.observed !== undefined && result.requests === 0 ? `${result.observed} responses watched` : `${cases}${result.requests} req, ${formatDuration(result.durationMs)}`;
    return `${label} ${result.id} (${work})`;
  }
  const first = result.reason ?? result.findings[0]?.message ?? result.title;
  const more = result.findings.length > 1 ? ` (+${result.findings.length - 1} more)` : '';
  return `${label} ${result.id}: ${oneLine(first)}${outcome === 'skipped' ? '' : more}`;
}

function details(result: RequirementResult, replay: ProgressOptions['replay']): string[] {
  return result.findings.flatMap((f) => [
    `    - ${oneLine(f.message)}`,
    ...(f.counterexample !== undefined ? [`      counterexample: ${cut(oneLine(stringifyValue(f.counterexample)))}`] : []),
    ...(f.seed !== undefined
      ? [`      replay: ${replay(result.id, f)}${f.path !== undefined ? ` (fast-check path ${f.path})` : ''}`]
      : []),
    ...(f.curl !== undefined ? [`      ${cut(oneLine(f.curl))}`] : []),
  ]);
}

function cut(text: string): string {
  return text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX - 1)}…` : text;
}

import type { Outcome, Verdict } from '../run/results.js';

/** How verdicts and outcomes read in the Markdown reports (the run's and the diff's): an icon, then the word. */
export const markdownLabels: { readonly verdict: Readonly<Record<Verdict, string>>; readonly outcome: Readonly<Record<Outcome, string>> } = {
  verdict: {
    conformant: '✅ conformant',
    'non-conformant': '❌ non-conformant',
    error: '⚠️ error',
  },
  outcome: {
    passed: '✅ passed',
    failed: '❌ failed',
    warning: '⚠️ warning',
    skipped: '⏭️ skipped',
    errored: '💥 errored',
  },
};

import { randomBytes } from 'node:crypto';
import { Verifier } from '@pact-foundation/pact';
import { createUsersClient } from '../client/create-users-client.js';
import { createStateHandlers } from './create-state-handlers.js';
import type { PactInteraction } from './pact-file.js';
import { providerName } from './pact-names.js';
import { readPactFile } from './read-pact-file.js';

export interface VerifyPactOptions {
  /** The implementation to verify. */
  baseUrl: string;
  pactFile: string;
  /** Sent with every request, the state handlers' included (e.g. authorization). */
  headers?: Record<string, string>;
  /** Per request. Default 10 000. */
  timeoutMs?: number;
}

/** The outcome of one interaction of the pact. */
export interface InteractionVerdict {
  description: string;
  states: string[];
  ok: boolean;
  /** Readable mismatches, one a line (empty when ok). */
  problems: string[];
}

export interface PactVerification {
  ok: boolean;
  consumer: string;
  provider: string;
  interactions: InteractionVerdict[];
}

/** The verifier core's JSON report (pactffi_verifier_json). */
interface CoreReport {
  result: boolean;
  interactionResults?: { description: string; result: string }[];
  errors?: { interaction: string; mismatch: CoreMismatch }[];
}
type CoreMismatch =
  | { type: 'mismatches'; mismatches: { type: string; path?: string; key?: string; mismatch?: string; expected?: unknown; actual?: unknown }[] }
  | { type: 'error'; message: string }
  | { type: string; [key: string]: unknown };

function statesOf(interaction: PactInteraction): string[] {
  return interaction.providerStates?.map((s) => s.name) ?? (interaction.providerState ? [interaction.providerState] : []);
}

function describeMismatch(mismatch: CoreMismatch): string[] {
  if (mismatch.type === 'mismatches' && 'mismatches' in mismatch && Array.isArray(mismatch.mismatches)) {
    return mismatch.mismatches.map((m) => {
      const where = m.type === 'StatusMismatch' ? 'status' : m.type === 'HeaderMismatch' ? `header ${m.key ?? ''}` : m.type === 'BodyTypeMismatch' ? 'body' : (m.path ?? m.type);
      return `${where}: ${m.mismatch ?? `expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`}`;
    });
  }
  if (mismatch.type === 'error' && typeof mismatch.message === 'string') return [mismatch.message];
  return [JSON.stringify(mismatch)];
}

function parseReport(text: string): CoreReport | undefined {
  try {
    const report = JSON.parse(text) as CoreReport;
    return typeof report === 'object' && report !== null && typeof report.result === 'boolean' ? report : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies a pact against a running implementation with Pact's verifier,
 * setting provider states up through the public API. Resolves with a verdict
 * per interaction whether or not they pass; rejects only when verification
 * could not run (unreadable pact, verifier crash). The verifier core also
 * prints its own detailed report to stdout.
 */
export async function verifyPact(options: VerifyPactOptions): Promise<PactVerification> {
  const pact = await readPactFile(options.pactFile);
  const client = createUsersClient({ baseUrl: options.baseUrl, headers: options.headers, timeoutMs: options.timeoutMs, retries: 0 });
  const runId = randomBytes(4).toString('hex');
  // Pact JS logs a failing state handler and carries on, so failures are kept here to be reported.
  const setupFailures = new Map<string, string>();
  const handlers = Object.fromEntries(
    Object.entries(createStateHandlers(client, runId)).map(([state, handler]) => [
      state,
      async () => {
        try {
          return await handler();
        } catch (error) {
          setupFailures.set(state, error instanceof Error ? error.message : String(error));
          throw error;
        }
      },
    ]),
  );
  let report: CoreReport | undefined;
  try {
    const verifier = new Verifier({
      provider: providerName,
      providerBaseUrl: options.baseUrl,
      pactUrls: [options.pactFile],
      stateHandlers: handlers,
      // Pact refuses an empty header map, so it is left out when there is nothing to send.
      ...(options.headers && Object.keys(options.headers).length > 0 ? { customProviderHeaders: options.headers } : {}),
      timeout: options.timeoutMs ?? 10_000,
      logLevel: 'error',
    });
    const text = await verifier.verifyProvider().catch((error: unknown) => {
      // A failed verification rejects with the JSON report as the message.
      const parsed = error instanceof Error ? parseReport(error.message) : undefined;
      if (parsed) return error instanceof Error ? error.message : '';
      throw error;
    });
    report = parseReport(text);
    if (!report) throw new Error(`the Pact verifier returned no report: ${text.slice(0, 200)}`);
  } finally {
    await client.close();
  }

  const results = new Map((report.interactionResults ?? []).map((r) => [r.description, r.result]));
  const interactions = pact.interactions.map((interaction): InteractionVerdict => {
    const states = statesOf(interaction);
    const problems = [
      ...states.filter((s) => !(s in handlers)).map((s) => `no state handler for "${s}" (known: ${Object.keys(handlers).join('; ')})`),
      ...states.filter((s) => setupFailures.has(s)).map((s) => `given "${s}": set-up through the public API failed: ${setupFailures.get(s)}`),
      // Sorted (numbers by value) so `$.users[2]` comes before `$.users[10]`, run after run.
      ...[...new Set((report.errors ?? []).filter((e) => e.interaction.endsWith(` - ${interaction.description}`)).flatMap((e) => describeMismatch(e.mismatch)))].sort(
        (a, b) => a.localeCompare(b, 'en', { numeric: true }),
      ),
    ];
    const result = results.get(interaction.description);
    if (result === undefined) problems.push('not verified');
    else if (result !== 'OK' && problems.length === 0) problems.push(`failed (${result}); see the verifier's report above`);
    return { description: interaction.description, states, ok: result === 'OK' && problems.length === 0, problems };
  });
  return { ok: report.result && setupFailures.size === 0 && interactions.every((i) => i.ok), consumer: pact.consumer.name, provider: pact.provider.name, interactions };
}

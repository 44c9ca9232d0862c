import type { ConformanceReport } from '../../src/report/report-model.js';
import { summarize, type RequirementResult, type RunSummary } from '../../src/run/results.js';

/** Per-section overrides of the sample; `requirements` replaces the whole list. */
export interface SampleReportOverrides {
  tool?: Partial<ConformanceReport['tool']>;
  spec?: Partial<ConformanceReport['spec']>;
  target?: Partial<ConformanceReport['target']>;
  run?: Partial<ConformanceReport['run']>;
  summary?: Partial<RunSummary>;
  requirements?: RequirementResult[];
}

const BASE_URL = 'http://127.0.0.1:8080';

/** A response body as a hostile or broken target might send it. */
const HOSTILE_BODY =
  '<script>alert(1)</script> ]]> <![CDATA[x]]> \u0000\u0007 \uD800 "quotes" & \'apos\' | pipe ``` 🚀 ' +
  '<img src="https://evil.example/x.png"> {"detail": "stack trace follows"}';

/**
 * A realistic report for tests: passed, failed MUST, failed SHOULD (a warning unless strict),
 * skipped and errored requirements; findings with exchanges, a counterexample and a hostile
 * response body. The summary is computed (as the runner does) unless overridden.
 */
export function sampleReport(overrides: SampleReportOverrides = {}): ConformanceReport {
  const run: ConformanceReport['run'] = {
    id: 'run-20250301-7f3a',
    seed: 1_740_816_000,
    startedAt: '2025-03-01T10:00:00.000Z',
    durationMs: 4_217,
    requests: 153,
    strict: false,
    readOnly: false,
    runs: 100,
    ...overrides.run,
  };
  const requirements = overrides.requirements ?? sampleRequirements();
  return {
    tool: { name: 'users-api-conformance', version: '0.1.0', ...overrides.tool },
    spec: { title: 'TraderPal Connect Users API', version: '1.0.0', ...overrides.spec },
    target: { baseUrl: BASE_URL, embedded: false, ...overrides.target },
    run,
    summary: {
      ...summarize(requirements, run.strict),
      // As the conform command does: a note (unreachable target, interruption) makes it an error.
      ...(run.note !== undefined ? { verdict: 'error' as const } : {}),
      ...overrides.summary,
    },
    requirements,
  };
}

function sampleRequirements(): RequirementResult[] {
  const createBody = JSON.stringify({
    email: 'run-20250301-7f3a.1@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    dateOfBirth: '1990-12-10',
    country: 'GB',
  });
  return [
    {
      id: 'CREATE-201',
      level: 'MUST',
      area: 'create',
      title: 'a valid user is created with 201 and echoed back',
      rule: 'Success: 201, body with at least userId, email, firstName, lastName, status, createdAt.',
      contract: 'POST /v1/users — create',
      status: 'passed',
      durationMs: 412,
      requests: 100,
      findings: [],
    },
    {
      id: 'CREATE-LOCATION',
      level: 'SHOULD',
      area: 'create',
      title: 'a created user comes with a Location header',
      rule: 'SHOULD carry a Location header pointing at /v1/users/{userId} (relative or absolute).',
      contract: 'POST /v1/users — create',
      status: 'failed',
      durationMs: 35,
      requests: 1,
      findings: [
        {
          message: 'POST /v1/users answered 201 without a Location header',
          curl: `curl -sS -X POST '${BASE_URL}/v1/users' -H 'content-type: application/json' --data-raw '${createBody}'`,
          exchange: {
            request: {
              method: 'POST',
              url: `${BASE_URL}/v1/users`,
              headers: { 'content-type': 'application/json', authorization: '[redacted]' },
              body: createBody,
            },
            response: {
              status: 201,
              headers: { 'content-type': 'application/json; charset=utf-8' },
              body: '{"userId":"usr_8f2k1","email":"run-20250301-7f3a.1@example.com","firstName":"Ada","lastName":"Lovelace","status":"pending_verification","createdAt":"2025-03-01T10:00:01.120Z","balance":12345678901234567890}',
              bodyTruncated: false,
            },
            startedAt: '2025-03-01T10:00:01.100Z',
            durationMs: 21,
          },
        },
      ],
    },
    {
      id: 'CREATE-REJECT-INVALID',
      level: 'MUST',
      area: 'create',
      title: 'a body that breaks a field rule is rejected with 422',
      rule: 'A JSON object that breaks a field rule: 422, and no user is created.',
      contract: 'POST /v1/users — create',
      status: 'failed',
      durationMs: 1_873,
      requests: 37,
      findings: [
        {
          message: 'expected status 422, got 500 | the target must never answer with a 5xx',
          curl: `curl -sS -X POST '${BASE_URL}/v1/users' -H 'content-type: application/json' --data-raw '{"email":"a@example.com","firstName":" ","lastName":"O'"'"'Brien","dateOfBirth":"2021-02-30","country":"GB"}'`,
          exchange: {
            request: {
              method: 'POST',
              url: `${BASE_URL}/v1/users`,
              headers: { 'content-type': 'application/json' },
              body: '{"email":"a@example.com","firstName":" ","lastName":"O\'Brien","dateOfBirth":"2021-02-30","country":"GB"}',
            },
            response: {
              status: 500,
              headers: { 'content-type': 'text/html', 'x-request-id': 'abc"<def>' },
              body: HOSTILE_BODY,
              bodyTruncated: true,
              bodyBytes: 16 * 1024 * 1024 + 1,
              bodyBinary: true,
            },
            startedAt: '2025-03-01T10:00:02.000Z',
            durationMs: 48,
          },
          counterexample: { firstName: ' ', dateOfBirth: '2021-02-30', note: '</script><script>alert(2)</script>' },
          seed: 1_740_816_000,
          path: '17:3:0',
          numRuns: 18,
        },
        {
          message: 'a rejected create still added a user: GET /v1/users total went from 3 to 4',
        },
      ],
    },
    {
      id: 'GET-404',
      level: 'MUST',
      area: 'read',
      title: 'an unknown id is answered with 404',
      rule: 'An id that no user has: 404.',
      contract: 'GET /v1/users/{userId} — read',
      status: 'passed',
      durationMs: 9,
      requests: 1,
      findings: [],
    },
    {
      id: 'PATCH-UPDATEDAT',
      level: 'MUST',
      area: 'update',
      title: 'updatedAt never goes back',
      rule: 'updatedAt is never earlier than it was before the update, nor than createdAt.',
      contract: 'PATCH /v1/users/{userId} — update',
      status: 'errored',
      reason: 'request timed out after 10000 ms',
      durationMs: 10_004,
      requests: 2,
      findings: [
        {
          message: 'PATCH /v1/users/usr_8f2k1 got no response: timeout after 10000 ms',
          curl: `curl -sS -X PATCH '${BASE_URL}/v1/users/usr_8f2k1' -H 'content-type: application/json' --data-raw '{"firstName":"Zoë"}'`,
          exchange: {
            request: {
              method: 'PATCH',
              url: `${BASE_URL}/v1/users/usr_8f2k1`,
              headers: { 'content-type': 'application/json' },
              body: '{"firstName":"Zoë"}',
            },
            error: 'timeout after 10000 ms',
            startedAt: '2025-03-01T10:00:03.000Z',
            durationMs: 10_000,
          },
        },
      ],
    },
    {
      id: 'LIST-LIMIT-MAX',
      level: 'MUST',
      area: 'list',
      title: 'limit above 1000 is rejected with 400',
      rule: 'Any other value of these three (0 or 1001 for limit, …): 400.',
      contract: 'GET /v1/users — list',
      status: 'passed',
      durationMs: 12,
      requests: 1,
      findings: [],
    },
    {
      id: 'LIST-STATUS-TOTALS',
      level: 'MUST',
      area: 'list',
      title: 'the totals of the four statuses add up to the unfiltered total',
      rule: 'The totals of the four statuses add up to the unfiltered total (with no writes in between).',
      contract: 'GET /v1/users — list',
      status: 'skipped',
      reason: 'needs a quiet target; skipped under --read-only',
      durationMs: 0,
      requests: 0,
      findings: [],
    },
    {
      id: 'ERR-PROBLEM-JSON',
      level: 'SHOULD',
      area: 'errors',
      title: '4xx bodies are RFC 9457 problem documents',
      rule: 'It SHOULD be an RFC 9457 problem document: application/problem+json, status equal to the HTTP status, a title.',
      contract: 'Errors',
      status: 'passed',
      durationMs: 15,
      requests: 3,
      findings: [],
    },
  ];
}

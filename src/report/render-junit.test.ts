import { describe, expect, it } from 'vitest';
import { renderJunit } from './render-junit.js';
import type { ConformanceReport } from './report-model.js';
import type { RequirementResult } from '../run/results.js';
import { sampleReport } from '../../test/support/sample-report.js';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAME = '[A-Za-z_][A-Za-z0-9_.:-]*';

/**
 * A strict little XML 1.0 reader for the subset JUnit uses (declaration, elements, attributes,
 * text, entity and character references). It throws on anything a real parser would reject
 * that a writer could plausibly get wrong: illegal characters, a bare `&` or `<`, `]]>` in text,
 * unquoted or repeated attributes, unbalanced tags, more than one root.
 */
function parseXml(xml: string): XmlElement {
  if (ILLEGAL.test(xml)) throw new Error('illegal character');
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!declaration) throw new Error('no XML declaration');
  let i = declaration[0].length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml.startsWith('</', i)) {
      const close = new RegExp(`</(${NAME})\\s*>`, 'y');
      close.lastIndex = i;
      const m = close.exec(xml);
      if (!m) throw new Error(`bad end tag at ${i}`);
      const open = stack.pop();
      if (open?.name !== m[1]) throw new Error(`</${m[1]}> closes <${open?.name}>`);
      i = close.lastIndex;
    } else if (xml[i] === '<') {
      const start = new RegExp(`<(${NAME})`, 'y');
      start.lastIndex = i;
      const m = start.exec(xml);
      if (!m) throw new Error(`bad start tag at ${i}`);
      const element: XmlElement = { name: m[1], attributes: {}, children: [], text: '' };
      i = start.lastIndex;
      const attribute = new RegExp(`\\s+(${NAME})="([^"<]*)"`, 'y');
      for (;;) {
        attribute.lastIndex = i;
        const a = attribute.exec(xml);
        if (!a) break;
        if (a[1] in element.attributes) throw new Error(`repeated attribute ${a[1]}`);
        element.attributes[a[1]] = decode(a[2]);
        i = attribute.lastIndex;
      }
      const end = /\s*(\/?)>/y;
      end.lastIndex = i;
      const e = end.exec(xml);
      if (!e) throw new Error(`bad tag <${element.name}> at ${i}`);
      i = end.lastIndex;
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error('second root element');
      else root = element;
      if (e[1] !== '/') stack.push(element);
    } else {
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next === -1 ? xml.length : next);
      if (raw.includes(']]>')) throw new Error(']]> in text');
      const parent = stack.at(-1);
      if (parent) parent.text += decode(raw);
      else if (raw.trim() !== '') throw new Error('text outside the root');
      i += raw.length;
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

function decode(raw: string): string {
  return raw.replace(/&([^;&]*);|&/g, (whole, ref: string | undefined) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ref === undefined) throw new Error('bare &');
    if (ref in named) return named[ref];
    const code = /^#x([0-9a-fA-F]+)$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    if (Number.isNaN(code)) throw new Error(`unknown entity ${whole}`);
    const char = String.fromCodePoint(code);
    if (ILLEGAL.test(char)) throw new Error(`reference to an illegal character ${whole}`);
    return char;
  });
}

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

function testcase(root: XmlElement, id: string): XmlElement {
  const found = all(root, 'testcase').find((t) => t.attributes.name.startsWith(`${id}: `));
  if (!found) throw new Error(`no testcase ${id}`);
  return found;
}

describe('parseXml (the checker used below)', () => {
  const bad: { name: string; given: string }[] = [
    { name: 'unclosed', given: '<a><b></a>' },
    { name: 'bare ampersand', given: '<a>x & y</a>' },
    { name: 'raw < in attribute', given: '<a b="<"/>' },
    { name: 'unquoted attribute', given: '<a b=1/>' },
    { name: 'repeated attribute', given: '<a b="1" b="2"/>' },
    { name: 'NUL', given: '<a>\u0000</a>' },
    { name: 'lone surrogate', given: '<a>\uD800</a>' },
    { name: 'reference to NUL', given: '<a>&#0;</a>' },
    { name: 'CDATA end in text', given: '<a>]]></a>' },
    { name: 'two roots', given: '<a/><b/>' },
  ];
  it.each(bad)('rejects: $name', ({ given }) => {
    expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${given}`)).toThrow();
  });
  it('accepts and decodes', () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&quot;&#10;"><b>&lt;&amp;&#x1F680;</b></a>\n');
    expect(root.attributes.x).toBe('"\n');
    expect(root.children[0].text).toBe('<&🚀');
  });
});

describe('renderJunit', () => {
  it('is well-formed XML with nothing illegal left', () => {
    const xml = renderJunit(sampleReport());
    expect(() => parseXml(xml)).not.toThrow();
    expect(ILLEGAL.test(xml)).toBe(false);
  });

  const countRows: { name: string; given: ConformanceReport; want: { tests: number; failures: number; errors: number; skipped: number } }[] = [
    { name: 'sample', given: sampleReport(), want: { tests: 8, failures: 1, errors: 1, skipped: 1 } },
    { name: 'strict: a failed SHOULD fails', given: sampleReport({ run: { strict: true } }), want: { tests: 8, failures: 2, errors: 1, skipped: 1 } },
    { name: 'run error adds one errored case', given: sampleReport({ requirements: [], run: { note: 'target unreachable: ECONNREFUSED' } }), want: { tests: 1, failures: 0, errors: 1, skipped: 0 } },
    { name: 'no requirements, no error', given: sampleReport({ requirements: [] }), want: { tests: 0, failures: 0, errors: 0, skipped: 0 } },
  ];
  it.each(countRows)('counts: $name', ({ given, want }) => {
    const root = parseXml(renderJunit(given));
    expect(root.name).toBe('testsuites');
    const { tests, failures, errors } = root.attributes;
    expect(root.attributes.skipped).toBeUndefined(); // not in the JUnit schema's <testsuites>
    expect({ tests: Number(tests), failures: Number(failures), errors: Number(errors) }).toEqual({ tests: want.tests, failures: want.failures, errors: want.errors });
    // Each suite's counts match its cases, and the suites add up to the total.
    const suites = all(root, 'testsuite');
    const sum = (attribute: string): number => suites.reduce((n, s) => n + Number(s.attributes[attribute]), 0);
    expect({ tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), skipped: sum('skipped') }).toEqual(want);
    for (const suite of suites) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      const having = (name: string): number => cases.filter((c) => c.children.some((x) => x.name === name)).length;
      expect(Number(suite.attributes.tests)).toBe(cases.length);
      expect(Number(suite.attributes.failures)).toBe(having('failure'));
      expect(Number(suite.attributes.errors)).toBe(having('error'));
      expect(Number(suite.attributes.skipped)).toBe(having('skipped'));
    }
  });

  it('counts match the report summary', () => {
    const report = sampleReport();
    const root = parseXml(renderJunit(report));
    expect(Number(root.attributes.tests)).toBe(report.summary.total);
    expect(Number(root.attributes.failures)).toBe(report.summary.failed);
    expect(Number(root.attributes.errors)).toBe(report.summary.errored);
    const suites = all(root, 'testsuite');
    expect(suites.reduce((n, suite) => n + Number(suite.attributes.skipped), 0)).toBe(report.summary.skipped);
  });

  it('has one suite per area, in first-seen order, with JUnit attributes', () => {
    const root = parseXml(renderJunit(sampleReport()));
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['create', 'read', 'update', 'list', 'errors']);
    for (const suite of suites) {
      expect(Object.keys(suite.attributes)).toEqual(['name', 'tests', 'failures', 'errors', 'skipped', 'time', 'timestamp']);
      expect(suite.attributes.time).toMatch(/^\d+\.\d{3}$/);
      expect(suite.attributes.timestamp).toBe('2025-03-01T10:00:00');
    }
    expect(suites[0].attributes.time).toBe('2.320');
    expect(root.attributes.time).toBe('4.217');
  });

  it('names cases "ID: title" with classname users-api.AREA and a time in seconds', () => {
    const root = parseXml(renderJunit(sampleReport()));
    const t = testcase(root, 'GET-404');
    expect(t.attributes).toEqual({ name: 'GET-404: an unknown id is answered with 404', classname: 'users-api.read', time: '0.009' });
  });

  const outcomeRows: { name: string; id: string; strict: boolean; want: { element: string | undefined; attributes?: Record<string, string>; body?: string[] } }[] = [
    { name: 'passed: empty case', id: 'CREATE-201', strict: false, want: { element: undefined } },
    {
      name: 'failed MUST: failure with every finding',
      id: 'CREATE-REJECT-INVALID',
      strict: false,
      want: {
        element: 'failure',
        attributes: { message: 'expected status 422, got 500 | the target must never answer with a 5xx', type: 'MUST' },
        body: ['1) expected status 422', '2) a rejected create still added a user', '"dateOfBirth": "2021-02-30"', 'seed=1740816000', 'path=17:3:0', "curl -sS -X POST 'http://127.0.0.1:8080/v1/users'", 'response: 500 (text/html)'],
      },
    },
    { name: 'failed SHOULD: a warning in system-out', id: 'CREATE-LOCATION', strict: false, want: { element: 'system-out', body: ['WARNING', 'without a Location header', 'curl -sS'] } },
    { name: 'failed SHOULD under strict: failure', id: 'CREATE-LOCATION', strict: true, want: { element: 'failure', attributes: { message: 'POST /v1/users answered 201 without a Location header', type: 'SHOULD' } } },
    { name: 'skipped: reason', id: 'LIST-STATUS-TOTALS', strict: false, want: { element: 'skipped', attributes: { message: 'needs a quiet target; skipped under --read-only' } } },
    { name: 'errored: reason', id: 'PATCH-UPDATEDAT', strict: false, want: { element: 'error', attributes: { message: 'request timed out after 10000 ms', type: 'error' }, body: ['timeout after 10000 ms', 'curl -sS -X PATCH'] } },
  ];
  it.each(outcomeRows)('$name', ({ id, strict, want }) => {
    const t = testcase(parseXml(renderJunit(sampleReport({ run: { strict } }))), id);
    expect(t.children.map((c) => c.name)).toEqual(want.element === undefined ? [] : [want.element]);
    if (want.element === undefined) return;
    const child = t.children[0];
    if (want.attributes) expect(child.attributes).toEqual(want.attributes);
    for (const piece of want.body ?? []) expect(child.text).toContain(piece);
  });

  it('keeps the hostile body as text, control characters replaced', () => {
    const xml = renderJunit(sampleReport());
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<![CDATA[');
    const failure = testcase(parseXml(xml), 'CREATE-REJECT-INVALID').children[0];
    expect(failure.text).toContain('<script>alert(1)</script> ]]> <![CDATA[x]]> \uFFFD\uFFFD \uFFFD "quotes"');
    expect(failure.text).toContain('🚀');
  });

  it('keeps newlines and quotes in attributes', () => {
    const report = sampleReport();
    const weird: RequirementResult = { ...report.requirements[3], id: 'X-1', title: 'a "quoted"\ntitle <b>', area: 'odd & "area"' };
    const root = parseXml(renderJunit(sampleReport({ requirements: [weird] })));
    expect(testcase(root, 'X-1').attributes.name).toBe('X-1: a "quoted"\ntitle <b>');
    expect(testcase(root, 'X-1').attributes.classname).toBe('users-api.odd & "area"');
  });

  it('reports a run error as an errored case carrying the note', () => {
    const root = parseXml(renderJunit(sampleReport({ requirements: [], run: { note: 'target unreachable: http://x: ECONNREFUSED' } })));
    const error = all(root, 'error')[0];
    expect(error.attributes.message).toBe('target unreachable: http://x: ECONNREFUSED');
  });

  it('carries run facts as suite properties so a CI page alone can replay the run', () => {
    const suite = all(parseXml(renderJunit(sampleReport({ target: { fault: 'list-off-by-one' } }))), 'testsuite')[0];
    const properties = Object.fromEntries(all(suite, 'property').map((p) => [p.attributes.name, p.attributes.value]));
    expect(properties).toMatchObject({ seed: '1740816000', target: 'http://127.0.0.1:8080', runId: 'run-20250301-7f3a', fault: 'list-off-by-one' });
  });

  it('survives a start time that is not a date', () => {
    const xml = renderJunit(sampleReport({ run: { startedAt: 'garbage' } }));
    expect(all(parseXml(xml), 'testsuite')[0].attributes.timestamp).toBe('1970-01-01T00:00:00');
  });
});

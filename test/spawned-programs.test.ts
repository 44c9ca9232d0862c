import { describe, expect, it } from 'vitest';
import { spawnSites } from './spawned-programs.js';

describe('spawnSites: what a file starts through node:child_process', () => {
  const rows: { name: string; given: string; want: { call: string; program: string; fromNode: boolean }[] }[] = [
    {
      name: 'Node itself',
      given: "import { spawn } from 'node:child_process';\nspawn(process.execPath, ['--import', 'tsx', 'x.ts']);",
      want: [{ call: 'spawn', program: 'node', fromNode: true }],
    },
    {
      name: 'a system tool by name',
      given: "import { execFile } from 'node:child_process';\nexecFile('xmllint', ['--noout', 'junit.xml'], () => {});",
      want: [{ call: 'execFile', program: 'xmllint', fromNode: false }],
    },
    {
      name: 'through promisify, kept in a variable',
      given: "import { execFile } from 'node:child_process';\nimport { promisify } from 'node:util';\nconst run = promisify(execFile);\nawait run('chromium', ['--headless']);",
      want: [{ call: 'execFile', program: 'chromium', fromNode: false }],
    },
    {
      name: 'through promisify, called at once',
      given: "import { execFile } from 'node:child_process';\nimport util from 'node:util';\nawait util.promisify(execFile)('bash', ['x.sh']);",
      want: [{ call: 'execFile', program: 'bash', fromNode: false }],
    },
    {
      name: 'a binary under node_modules, named by a variable',
      given: "import { spawn as start } from 'child_process';\nconst tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));\nstart(tsx, ['x.ts']);",
      want: [{ call: 'spawn', program: "fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))", fromNode: true }],
    },
    {
      name: 'a namespace import, a shell command and fork',
      given: "import * as cp from 'node:child_process';\ncp.execSync('apt-get install -y chromium');\ncp.fork('worker.js');",
      want: [
        { call: 'execSync', program: 'sh -c apt-get install -y chromium', fromNode: false },
        { call: 'fork', program: 'node', fromNode: true },
      ],
    },
    {
      name: 'Node, but through a shell',
      given: "import { spawn } from 'node:child_process';\nspawn(process.execPath, ['x.js'], { shell: true });",
      want: [{ call: 'spawn', program: 'sh -c node', fromNode: false }],
    },
    {
      name: 'a function kept under another name',
      given: "import { spawn } from 'node:child_process';\nconst start = spawn;\nstart('chromium', ['--headless']);",
      want: [{ call: 'spawn', program: 'chromium', fromNode: false }],
    },
    {
      name: 'a program from a parameter cannot be vouched for',
      given: "import { spawnSync } from 'node:child_process';\nexport const run = (bin: string) => spawnSync(bin, []);",
      want: [{ call: 'spawnSync', program: 'bin', fromNode: false }],
    },
    {
      name: 'child_process loaded with import() or require()',
      given: "const { spawn } = await import('node:child_process');\nspawn('git', ['status']);\nconst cp = require('child_process');",
      want: [
        { call: 'require/import()', program: 'child_process loaded dynamically', fromNode: false },
        { call: 'require/import()', program: 'child_process loaded dynamically', fromNode: false },
      ],
    },
    {
      name: 'a look-alike that is not child_process',
      given: "import { spawn } from './pool.js';\nspawn('xmllint');\nconst spawnSync = 'not a call';",
      want: [],
    },
  ];
  it.each(rows)('$name', ({ given, want }) => {
    expect(spawnSites(given, 'x.ts').map(({ call, program, fromNode }) => ({ call, program, fromNode }))).toEqual(want);
  });
});

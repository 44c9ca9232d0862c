import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Shard } from '../run/scope.js';
import { conformArgOptions, conformOptions, conformUsage, renderConfigurationTable, renderOptionsTable, type ConformOptions } from './conform-options.js';

describe('conformOptions: everything derived from the one table', () => {
  it.each(Object.values(conformOptions))('--$flag is parsed, in --help and in the README', (o) => {
    expect(conformArgOptions).toHaveProperty([o.flag]);
    expect(conformUsage).toContain(`\n  --${o.flag}`);
    expect(renderOptionsTable()).toContain(`| \`--${o.flag}`);
    if ('setting' in o) expect(renderConfigurationTable()).toContain(`| \`--${o.flag}\` | \`${o.setting.key}\``);
    else expect(renderConfigurationTable()).not.toContain(`| \`--${o.flag}\``);
  });

  it('shows each default in --help as a user would give it', () => {
    expect(conformUsage).toMatch(/--max-time=S +bound on the whole run in seconds \(default: 300\)\n/);
  });

  it('types each option by what its parser gives, undefined only where nothing is given and there is no default', () => {
    expectTypeOf<ConformOptions['runs']>().toEqualTypeOf<number>();
    expectTypeOf<ConformOptions['seed']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ConformOptions['failOn']>().toEqualTypeOf<'must' | 'should'>();
    expectTypeOf<ConformOptions['shard']>().toEqualTypeOf<Shard | undefined>();
    expectTypeOf<ConformOptions['headers']>().toEqualTypeOf<Record<string, string>>();
    expectTypeOf<ConformOptions['only']>().toEqualTypeOf<string[]>();
    expectTypeOf<ConformOptions['strict']>().toEqualTypeOf<boolean>();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../suites/index.js';
import { renderRequirementsDoc } from './render-requirements-doc.js';

describe('docs/requirements.md', () => {
  it('is what the catalogue generates (run `npm run docs` after changing a requirement)', () => {
    const committed = readFileSync(new URL('../../docs/requirements.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRequirementsDoc(catalogue));
  });
});

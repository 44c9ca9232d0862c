// Writes docs/requirements.md from the catalogue.
import { writeFileSync } from 'node:fs';
import { catalogue } from '../suites/index.js';
import { renderRequirementsDoc } from '../src/cli/render-requirements-doc.js';

writeFileSync(new URL('../docs/requirements.md', import.meta.url), renderRequirementsDoc(catalogue));
console.log(`docs/requirements.md: ${catalogue.length} requirements`);

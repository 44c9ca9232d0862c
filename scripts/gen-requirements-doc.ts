// Writes the generated docs: docs/requirements.md from the catalogue, and the README's option tables from conform's option table.
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogue } from '../suites/index.js';
import { withGeneratedTables } from '../src/cli/conform-options.js';
import { renderRequirementsDoc } from '../src/cli/render-requirements-doc.js';

writeFileSync(new URL('../docs/requirements.md', import.meta.url), renderRequirementsDoc(catalogue));
console.log(`docs/requirements.md: ${catalogue.length} requirements`);
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withGeneratedTables(readFileSync(readme, 'utf8')));
console.log('README.md: the Options and Configuration tables');

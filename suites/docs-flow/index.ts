import { inArea, type Requirement } from '../../src/run/requirement.js';
import docsExampleFlow from './docs-example-flow.js';

/** The docs-flow area, in report order. */
export const docsFlowRequirements: Requirement[] = inArea('docs-flow', [docsExampleFlow]);

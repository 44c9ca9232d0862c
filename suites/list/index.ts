import type { Requirement } from '../../src/run/requirement.js';
import defaults from './defaults.js';
import limitAccepted from './limit-accepted.js';
import limitInvalid from './limit-invalid.js';
import metadataEcho from './metadata-echo.js';
import offsetInvalid from './offset-invalid.js';
import order from './order.js';
import pageLength from './page-length.js';
import pagesContiguous from './pages-contiguous.js';
import total from './total.js';

/** The list area, in report order. */
export const listRequirements: Requirement[] = [defaults, limitAccepted, limitInvalid, offsetInvalid, pageLength, metadataEcho, order, pagesContiguous, total];

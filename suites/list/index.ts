import { inArea, type Requirement } from '../../src/run/requirement.js';
import listConsistentUnderWrites from './list-consistent-under-writes.js';
import listDefaults from './list-defaults.js';
import listLimitAccepted from './list-limit-accepted.js';
import listLimitInvalid from './list-limit-invalid.js';
import listMetadataEcho from './list-metadata-echo.js';
import listOffsetInvalid from './list-offset-invalid.js';
import listOffsetLarge from './list-offset-large.js';
import listOrder from './list-order.js';
import listPageLength from './list-page-length.js';
import listPagesContiguous from './list-pages-contiguous.js';
import listTotal from './list-total.js';

/** The list area, in report order. */
export const listRequirements: Requirement[] = inArea('list', [
  listDefaults,
  listLimitAccepted,
  listLimitInvalid,
  listOffsetInvalid,
  listOffsetLarge,
  listPageLength,
  listMetadataEcho,
  listOrder,
  listPagesContiguous,
  listTotal,
  listConsistentUnderWrites,
]);

import { inArea, type Requirement } from '../../src/run/requirement.js';
import updateChangesOnlySent from './update-changes-only-sent.js';
import updateConcurrentFields from './update-concurrent-fields.js';
import updateEmpty422 from './update-empty-422.js';
import updateFieldRules from './update-field-rules.js';
import updateListed from './update-listed.js';
import updateNotJsonObject from './update-not-json-object.js';
import updateNotWritable from './update-not-writable.js';
import updateReadBack from './update-read-back.js';
import updateRejectedUnchanged from './update-rejected-unchanged.js';
import updateExistingUsers from './update-existing-users.js';
import updateSuccess from './update-success.js';
import updateUnknown404 from './update-unknown-404.js';
import updateUnknownBadBody from './update-unknown-bad-body.js';
import updateUpdatedAtLater from './update-updated-at-later.js';
import updateUpdatedAtMonotonic from './update-updated-at-monotonic.js';
import userTimestampsOrder from './user-timestamps-order.js';

/** The update area, in report order. */
export const updateRequirements: Requirement[] = inArea('update', [
  updateSuccess,
  updateChangesOnlySent,
  updateReadBack,
  updateListed,
  updateConcurrentFields,
  updateUpdatedAtMonotonic,
  updateUpdatedAtLater,
  updateEmpty422,
  updateNotWritable,
  updateFieldRules,
  updateRejectedUnchanged,
  updateNotJsonObject,
  updateUnknown404,
  updateUnknownBadBody,
  userTimestampsOrder,
  updateExistingUsers,
]);

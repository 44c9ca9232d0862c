import { inArea, type Requirement } from '../../src/run/requirement.js';
import createAcceptsValid from './create-accepts-valid.js';
import createBodySize from './create-body-size.js';
import createConcurrentDistinct from './create-concurrent-distinct.js';
import createContentType from './create-content-type.js';
import createCountryInvalid from './create-country-invalid.js';
import createDateOfBirthInvalid from './create-date-of-birth-invalid.js';
import createDistinctEmails from './create-distinct-emails.js';
import createDuplicateEmail from './create-duplicate-email.js';
import createDuplicateEmailCase from './create-duplicate-email-case.js';
import createDuplicateEmailConcurrent from './create-duplicate-email-concurrent.js';
import createDuplicateExisting from './create-duplicate-existing.js';
import createDuplicateInvalidBody from './create-duplicate-invalid-body.js';
import createEcho from './create-echo.js';
import createEmailInvalid from './create-email-invalid.js';
import createEveryUserReadsBack from './create-every-user-reads-back.js';
import createListed from './create-listed.js';
import createLocation from './create-location.js';
import createMissingField from './create-missing-field.js';
import createNameInvalid from './create-name-invalid.js';
import createNamesNotNormalized from './create-names-not-normalized.js';
import createNotJsonObject from './create-not-json-object.js';
import createNotWritable from './create-not-writable.js';
import createPhoneInvalid from './create-phone-invalid.js';
import createReadBack from './create-read-back.js';
import createRejectedNotStored from './create-rejected-not-stored.js';
import createStatusNotSettable from './create-status-not-settable.js';
import createStatusPending from './create-status-pending.js';
import createSuccess from './create-success.js';
import createWrongType from './create-wrong-type.js';

/** The create area, in report order. */
export const createRequirements: Requirement[] = inArea('create', [
  createSuccess,
  createEcho,
  createStatusPending,
  createStatusNotSettable,
  createLocation,
  createAcceptsValid,
  createReadBack,
  createNamesNotNormalized,
  createListed,
  createEveryUserReadsBack,
  createDuplicateEmail,
  createDuplicateEmailConcurrent,
  createConcurrentDistinct,
  createDuplicateInvalidBody,
  createDuplicateEmailCase,
  createDuplicateExisting,
  createDistinctEmails,
  createMissingField,
  createWrongType,
  createEmailInvalid,
  createNameInvalid,
  createDateOfBirthInvalid,
  createCountryInvalid,
  createPhoneInvalid,
  createNotWritable,
  createRejectedNotStored,
  createNotJsonObject,
  createBodySize,
  createContentType,
]);

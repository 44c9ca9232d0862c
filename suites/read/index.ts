import { inArea, type Requirement } from '../../src/run/requirement.js';
import readListedUsers from './read-listed-users.js';
import readMalformedId from './read-malformed-id.js';
import readSuccess from './read-success.js';
import readUnknown404 from './read-unknown-404.js';

/** The read area, in report order. */
export const readRequirements: Requirement[] = inArea('read', [readSuccess, readListedUsers, readUnknown404, readMalformedId]);

import { inArea, type Requirement } from '../../src/run/requirement.js';
import errors422Fields from './errors-422-fields.js';
import errorsBodyObject from './errors-body-object.js';
import errorsNoWear from './errors-no-wear.js';
import errorsProblemDocument from './errors-problem-document.js';

/** The errors area, in report order. */
export const errorsRequirements: Requirement[] = inArea('errors', [errorsBodyObject, errorsProblemDocument, errors422Fields, errorsNoWear]);

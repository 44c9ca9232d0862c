import { inArea, type Requirement } from '../../src/run/requirement.js';
import errorsBodyObject from './errors-body-object.js';
import errorsNoWear from './errors-no-wear.js';
import errorsProblemDocument from './errors-problem-document.js';

/** The errors area, in report order. */
export const errorsRequirements: Requirement[] = inArea('errors', [errorsBodyObject, errorsProblemDocument, errorsNoWear]);

import { inArea, type Requirement } from '../../src/run/requirement.js';
import statefulModel from './stateful-model.js';

/** The stateful area, in report order. */
export const statefulRequirements: Requirement[] = inArea('stateful', [statefulModel]);

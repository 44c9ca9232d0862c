import { describeFaultMatrix } from '../../test/fault-matrix.js';

// Transport, errors and docs-flow: the rules that watch every response run the whole suite.
describeFaultMatrix('transport');

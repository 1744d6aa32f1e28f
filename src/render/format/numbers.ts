export { NBSP, formatNok, formatNumber, toNumber } from '../../util/numbers.js';

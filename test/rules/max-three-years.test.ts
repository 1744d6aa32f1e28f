import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('max-three-years: the duration of prioritised measures', () => {
  ruleTester('max-three-years', {
    valid: [
      { name: 'two years', fixture: 'pass' },
      { name: 'exactly three years', fixture: 'pass-three' },
    ],
    invalid: [
      {
        name: 'from 2027 to the middle of 2030, at the end date',
        fixture: 'fail-period',
        problems: [
          { line: 61, column: 12, path: 'tiltak[0].varighet.til', severity: 'warning', message: /fra 2027-01-01 til 2030-06-30/ },
        ],
      },
      {
        name: 'four years and grants for four years, each at its key',
        fixture: 'fail-years',
        problems: [
          { line: 92, column: 7, path: 'tiltak[1].varighet.år', severity: 'warning', message: /går i 4 år/ },
          { line: 98, column: 5, path: 'tiltak[1].tilskudd', severity: 'warning', message: /har tilskudd for 4 år/ },
        ],
      },
    ],
  });
});

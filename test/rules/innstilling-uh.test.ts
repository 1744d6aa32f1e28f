import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('innstilling-uh: the university of each prioritised measure', () => {
  ruleTester('innstilling-uh', {
    valid: [
      { name: 'every measure names its university', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'an empty list, at it',
        fixture: 'fail',
        problems: [
          { line: 87, column: 5, path: 'tiltak[1].uh', severity: 'error', message: /«Språkmiljø i barnehagene»/ },
        ],
      },
      {
        name: 'no uh at all, at the measure',
        fixture: 'fail-missing',
        problems: [
          { line: 82, column: 5, path: 'tiltak[1]', severity: 'error', message: /«Språkmiljø i barnehagene»/ },
        ],
      },
    ],
  });
});

import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('innstilling-criteria: how each prioritised measure meets the criteria', () => {
  ruleTester('innstilling-criteria', {
    valid: [
      { name: 'all four criteria answered', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'two criteria left out, named in one problem',
        fixture: 'fail',
        problems: [
          { line: 62, column: 5, path: 'tiltak[0].kriterier', severity: 'error', message: /partnerskap med UH og ansatte og tillitsvalgte involvert/ },
        ],
      },
      {
        name: 'no criteria at all, at the measure',
        fixture: 'fail-none',
        problems: [
          { line: 82, column: 5, path: 'tiltak[1]', severity: 'error', message: /skriv «kriterier»/ },
        ],
      },
    ],
  });
});

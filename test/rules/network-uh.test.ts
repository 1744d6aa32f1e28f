import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('network-uh: the university of each competence network', () => {
  ruleTester('network-uh', {
    valid: [
      { name: 'every network names its university', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'a network without uh, at the network',
        fixture: 'fail',
        problems: [
          { line: 33, column: 5, path: 'kompetansenettverk[1].uh', severity: 'error', message: /«Lofotrådet»/ },
        ],
      },
      {
        name: 'a blank uh, at it',
        fixture: 'fail-blank',
        problems: [
          { line: 35, column: 5, path: 'kompetansenettverk[1].uh', severity: 'error', message: /«Lofotrådet»/ },
        ],
      },
    ],
  });
});

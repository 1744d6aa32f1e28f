import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('innstilling-participants: who takes part in each prioritised measure', () => {
  ruleTester('innstilling-participants', {
    valid: [
      { name: 'target group and counts given', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'no target group',
        fixture: 'fail-target',
        problems: [
          { line: 57, column: 7, path: 'tiltak[0].deltakere.målgruppe', severity: 'error', message: /har ingen målgruppe/ },
        ],
      },
      {
        name: 'a REKOM measure that counts neither kindergartens nor staff',
        fixture: 'fail-count',
        problems: [
          { line: 88, column: 5, path: 'tiltak[1].deltakere', severity: 'error', message: /antall barnehager eller ansatte/ },
        ],
      },
      {
        name: 'no participants at all, at the measure',
        fixture: 'fail-none',
        problems: [
          { line: 82, column: 5, path: 'tiltak[1]', severity: 'error', message: /sier ikke hvem som skal delta/ },
        ],
      },
    ],
  });
});

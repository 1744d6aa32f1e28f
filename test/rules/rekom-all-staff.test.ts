import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('rekom-all-staff: the target group of kindergarten-based measures', () => {
  ruleTester('rekom-all-staff', {
    valid: [
      { name: 'alle_ansatte', fixture: 'pass' },
      { name: '«hele personalet» in words', fixture: 'pass-words' },
      { name: 'a measure of basic competence is for assistants', fixture: 'pass-other-type' },
    ],
    invalid: [
      {
        name: 'a kindergarten-based measure for pedagogical leaders only',
        fixture: 'fail',
        problems: [
          { line: 61, column: 16, path: 'tiltak[0].målgruppe', severity: 'warning', message: /«Pedagogiske ledere»/ },
        ],
      },
      {
        name: 'a target group in words that is not everyone',
        fixture: 'fail-words',
        problems: [
          { line: 61, column: 16, path: 'tiltak[0].målgruppe', severity: 'warning', message: /«Styrere og pedagogiske ledere»/ },
        ],
      },
    ],
  });
});

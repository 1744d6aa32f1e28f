import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('agreement-term', () => {
  ruleTester('agreement-term', {
    valid: [{ name: 'the UH agreement lasts as long as the plan', fixture: 'pass' }],
    invalid: [
      {
        name: 'the UH agreement ends half a year before the plan, at its end date',
        fixture: 'fail',
        problems: [{ line: 25, column: 12, path: 'parter[0].avtale.til', severity: 'warning', message: /gjelder til 2026-12-31, men planen varer til 2027-06-30/ }],
      },
    ],
  });
});

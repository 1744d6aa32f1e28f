import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('staff-involved', () => {
  ruleTester('staff-involved', {
    valid: [{ name: 'a long-term plan that says how staff and union representatives took part', fixture: 'pass' }],
    invalid: [
      { name: 'a plan with no medvirkning at all, at the top', fixture: 'fail-none', problems: [{ line: 1, column: 1, path: 'medvirkning', severity: 'warning' }] },
      {
        name: 'a blank tillitsvalgte, at its key',
        fixture: 'fail-blank',
        problems: [{ line: 45, column: 3, path: 'medvirkning.tillitsvalgte', severity: 'warning', message: /de tillitsvalgte/ }],
      },
    ],
  });
});

import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('barns-medvirkning', () => {
  ruleTester('barns-medvirkning', {
    valid: [
      { name: 'a REKOM plan that speaks of barns medvirkning', fixture: 'pass' },
      { name: 'a DEKOM plan with no kindergarten among its partners', fixture: 'pass-dekom' },
    ],
    invalid: [
      {
        name: 'a REKOM plan that never mentions the children’s participation, at its goals',
        fixture: 'fail',
        problems: [{ line: 13, column: 1, path: 'mål', severity: 'warning', message: /barns medvirkning/ }],
      },
    ],
  });
});

import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe("innstilling-deadline: the recommendation's deadline", () => {
  ruleTester('innstilling-deadline', {
    valid: [
      { name: 'adopted a week before the deadline', fixture: 'pass' },
      { name: 'adopted on the deadline', fixture: 'pass-same-day' },
    ],
    invalid: [
      {
        name: 'adopted after the deadline, at the date',
        fixture: 'fail',
        problems: [
          { line: 104, column: 9, path: 'vedtatt.dato', severity: 'warning', message: /vedtatt 2027-03-20, etter fristen 2027-03-15/ },
        ],
      },
    ],
  });
});

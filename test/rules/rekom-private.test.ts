import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('rekom-private: private kindergartens in a REKOM plan', () => {
  ruleTester('rekom-private', {
    valid: [
      { name: 'a private kindergarten takes part', fixture: 'pass' },
      { name: 'the area has no private kindergartens', fixture: 'pass-none-in-area' },
    ],
    invalid: [
      {
        name: 'none of the kindergartens is private, in an area with nine',
        fixture: 'fail',
        problems: [
          { line: 17, column: 1, path: 'barnehager', severity: 'warning', message: /Området har 9 private barnehager/ },
        ],
      },
      {
        name: 'none is private, and the plan does not say whether the area has any',
        fixture: 'fail-unknown',
        problems: [
          { line: 17, column: 1, path: 'barnehager', severity: 'warning', message: /område\.private_barnehager: 0/ },
        ],
      },
    ],
  });
});

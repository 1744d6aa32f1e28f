import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe("sf-no-vote: the statsforvalter's vote", () => {
  ruleTester('sf-no-vote', {
    valid: [
      { name: 'the statsforvalter has no vote', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'the statsforvalter has a vote, at it',
        fixture: 'fail',
        problems: [
          { line: 42, column: 17, path: 'medlemmer[7].stemmerett', severity: 'error', message: /Statsforvalteren i Agder/ },
        ],
      },
    ],
  });
});

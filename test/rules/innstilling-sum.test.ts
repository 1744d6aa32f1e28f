import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('innstilling-sum: the frame per scheme', () => {
  ruleTester('innstilling-sum', {
    valid: [
      { name: 'within every frame', fixture: 'pass' },
      { name: 'exactly the frame', fixture: 'pass-exact' },
    ],
    invalid: [
      {
        name: 'REKOM over its frame, at the frame',
        fixture: 'fail',
        problems: [
          { line: 47, column: 10, path: 'ramme.rekom', severity: 'error', message: /100\u00a0000\u00a0kr over rammen på 2\u00a0000\u00a0000\u00a0kr/ },
        ],
      },
      {
        name: 'REKOM measures but no REKOM frame',
        fixture: 'fail-no-frame',
        problems: [
          { line: 45, column: 1, path: 'ramme', severity: 'error', message: /ingen ramme for rekom/ },
        ],
      },
    ],
  });
});

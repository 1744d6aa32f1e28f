import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('samisk: Sami perspectives where a kindergarten is in a Sami language area', () => {
  ruleTester('samisk', {
    valid: [
      { name: 'no kindergarten in a Sami language area', fixture: 'pass' },
      { name: 'one is, and the plan says how it meets Sami perspectives', fixture: 'pass-filled' },
    ],
    invalid: [
      {
        name: 'one is, and the plan leaves the section out, at that kindergarten',
        fixture: 'fail',
        problems: [
          { line: 22, column: 25, path: 'barnehager[0].samisk_språkområde', severity: 'warning', message: /Hunndalen barnehage ligger i et samisk språkområde/ },
        ],
      },
      {
        name: 'two are, and the section is blank',
        fixture: 'fail-blank',
        problems: [
          { line: 67, column: 1, path: 'samiske_perspektiver', severity: 'warning', message: /Hunndalen barnehage og Kruttverket naturbarnehage ligger i samiske/ },
        ],
      },
    ],
  });
});

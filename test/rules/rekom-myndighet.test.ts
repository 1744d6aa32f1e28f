import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe("rekom-myndighet: a REKOM plan's municipality as kindergarten authority", () => {
  ruleTester('rekom-myndighet', {
    valid: [
      { name: 'the named authority is a partner with the role', fixture: 'pass' },
      { name: 'a network names its authority by the short name', fixture: 'pass-network' },
    ],
    invalid: [
      {
        name: 'no partner has the role, at the partners',
        fixture: 'fail',
        problems: [
          { line: 31, column: 1, path: 'parter', severity: 'error', message: /legg Gjøvik kommune til i «parter»/ },
        ],
      },
      {
        name: 'the authority named is not the partner with the role, at the name',
        fixture: 'fail-other',
        problems: [
          { line: 14, column: 12, path: 'barnehagemyndighet.kommune', severity: 'error', message: /Østre Toten kommune/ },
        ],
      },
    ],
  });
});

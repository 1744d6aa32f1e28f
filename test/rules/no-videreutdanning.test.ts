import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('no-videreutdanning: funded measures that are further education', () => {
  ruleTester('no-videreutdanning', {
    valid: [
      { name: 'collective development', fixture: 'pass' },
      { name: 'a measure that says it is not further education', fixture: 'pass-denied' },
      { name: 'further education the owners pay for themselves', fixture: 'pass-unfunded' },
    ],
    invalid: [
      {
        name: 'a funded measure of 30 study points, at its title',
        fixture: 'fail',
        problems: [
          { line: 59, column: 13, path: 'tiltak[0].tittel', severity: 'warning', message: /«Videreutdanning»/ },
        ],
      },
      {
        name: 'a recommended measure whose target group takes further education',
        fixture: 'fail-innstilling',
        problems: [
          { line: 57, column: 18, path: 'tiltak[0].deltakere.målgruppe', severity: 'warning', message: /«videreutdanning»/ },
        ],
      },
    ],
  });
});

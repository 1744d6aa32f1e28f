import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe("rekom-kartlegging: the tool of a REKOM plan's needs mapping", () => {
  ruleTester('rekom-kartlegging', {
    valid: [
      { name: 'a known tool is named', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'the tool is blank, at the key',
        fixture: 'fail',
        problems: [
          { line: 41, column: 3, path: 'kartlegging.verktøy', severity: 'warning', message: /kjente verktøy/ },
        ],
      },
      {
        name: 'the tool is left out, at the mapping',
        fixture: 'fail-missing',
        problems: [
          { line: 41, column: 3, path: 'kartlegging.verktøy', severity: 'warning', message: /kjente verktøy/ },
        ],
      },
    ],
  });
});

import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import { fixture, problems, ruleTester } from './support.js';

describe('innstilling-anchored: each prioritised measure in the long-term plan', () => {
  ruleTester('innstilling-anchored', {
    valid: [
      { name: 'every theme is a priority of the long-term plan beside it', fixture: 'pass' },
      { name: 'a theme that is a phrase of a priority, and a measure without a theme', fixture: 'pass-phrase' },
      { name: 'the long-term plan named by its title, which cannot be opened', fixture: 'pass-title' },
    ],
    invalid: [
      {
        name: 'a theme outside the priorities, at it, with the priorities named',
        fixture: 'fail',
        problems: [
          {
            line: 86,
            column: 11,
            path: 'tiltak[1].tema',
            severity: 'warning',
            message: /^«Språkmiljø i barnehagene» har tema «Digital kompetanse», som ikke er blant prioriteringene i langsiktig\.yaml \(«Språk og inkluderende barnehagemiljø» eller «Lesing i alle fag»\)/,
          },
        ],
      },
      {
        name: 'a long-term plan file that is not there',
        fixture: 'fail-missing',
        problems: [{ line: 13, column: 18, path: 'langsiktig_plan', severity: 'warning', message: /^Fant ikke den langsiktige planen «finnes-ikke\.yaml»/ }],
      },
      {
        name: 'a file that is a plan of another kind',
        fixture: 'fail-not-long-term',
        problems: [{ line: 13, column: 18, path: 'langsiktig_plan', severity: 'warning', message: /^«pass\.yaml» er ikke en langsiktig plan/ }],
      },
    ],
  });

  it('says nothing when the check has no files to read, as for a plan given to the library as text', () => {
    const result = checkBytes('plan.yaml', Buffer.from(fixture('innstilling-anchored', 'fail')), { lang: 'nb', today: '2026-11-24' });
    expect(problems(result, 'innstilling-anchored')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, fixture, problems, ruleTester } from './support.js';

describe('priority-per-scheme: a focus area for each scheme of the long-term plan', () => {
  ruleTester('priority-per-scheme', {
    valid: [
      { name: 'kindergartens for REKOM, schools for DEKOM', fixture: 'pass' },
      { name: 'upper secondary serves DEKOM as well', fixture: 'pass-vgo' },
    ],
    invalid: [
      {
        name: 'REKOM without a kindergarten priority, at prioriteringer',
        fixture: 'fail',
        problems: [{ line: 21, column: 1, path: 'prioriteringer', severity: 'warning', message: /^Planen gjelder REKOM, men ingen prioritering har sektor barnehage;/ }],
      },
      {
        name: 'one problem for each scheme without a priority',
        fixture: 'fail-two',
        problems: [
          { line: 21, column: 1, path: 'prioriteringer', severity: 'warning', message: /REKOM.*barnehage/ },
          { line: 21, column: 1, path: 'prioriteringer', severity: 'warning', message: /Kompetanseløftet.*laget_rundt/ },
        ],
      },
    ],
  });

  it('names the sectors to write, in bokmål and in English with «or» between the two school sectors', () => {
    const text = fixture('priority-per-scheme', 'pass').replace('ordning: [dekom, rekom]', 'ordning: [rekom]').replace(/  - sektor: barnehage\n/, '  - sektor: grunnskole\n');
    expect(problems(check(text), 'priority-per-scheme')[0]!.message).toMatch(/sektor barnehage/);
    const schoolsMissing = fixture('priority-per-scheme', 'fail').replace(/  - sektor: grunnskole\n/, '  - sektor: barnehage\n').replace('ordning: [dekom, rekom]', 'ordning: [dekom]');
    expect(problems(check(schoolsMissing, undefined, 'en'), 'priority-per-scheme').map((p) => p.message)).toEqual([
      'The plan covers DEKOM, but no priority has the sector grunnskole or vgo; set at least one focus area for each scheme.',
    ]);
  });
});

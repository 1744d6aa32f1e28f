import { describe, expect, it } from 'vitest';
import { base, check, edit, fixture, problems, ruleTester } from './support.js';

describe("egenandel-30: each owner's co-funding of a DEKOM measure", () => {
  ruleTester('egenandel-30', {
    valid: [
      { name: 'each owner 30 % of its share', fixture: 'pass' },
      { name: 'no shares given: together 30 % of the owners’ part', fixture: 'pass-total' },
    ],
    invalid: [
      {
        name: 'one owner below 30 % of its share, at the amount',
        fixture: 'fail-low',
        problems: [
          { line: 75, column: 16, path: 'tiltak[0].egenandel[0].beløp', severity: 'error', message: /er 140\u00a0000\u00a0kr, under 30 % av eierens andel på 500\u00a0000\u00a0kr; den må være minst 150\u00a0000\u00a0kr/ },
        ],
      },
      {
        name: 'together below 30 % of the owners’ part',
        fixture: 'fail-total',
        problems: [
          { line: 72, column: 5, path: 'tiltak[0].egenandel', severity: 'error', message: /til sammen 300\u00a0000\u00a0kr/ },
        ],
      },
      {
        name: 'an owner without co-funding',
        fixture: 'fail-owner',
        problems: [
          { line: 72, column: 5, path: 'tiltak[0].egenandel', severity: 'error', message: /Lyngdal kommune er eier/ },
        ],
      },
      {
        name: 'a DEKOM measure without co-funding, at the measure',
        fixture: 'fail-missing',
        problems: [
          { line: 50, column: 5, path: 'tiltak[0]', severity: 'error', message: /har ingen «egenandel»/ },
        ],
      },
    ],
  });

  it('counts in whole kroner: 30 % of 123 457 kr is met by 37 038 kr and missed by 37 037 kr', () => {
    const plan = edit(edit(base('innstilling'), '        andel: 500000\n        beløp: 150000\n', '        andel: 123457\n        beløp: 37038\n'), '        andel: 550000\n        beløp: 165000\n', '        andel: 926543\n        beløp: 277963\n');
    expect(problems(check(plan), 'egenandel-30')).toEqual([]);
    const [short] = problems(check(edit(plan, 'beløp: 37038', 'beløp: 37037')), 'egenandel-30');
    expect(short!.message).toContain('den må være minst 37\u00a0038\u00a0kr');
  });

  it('asks nothing of a REKOM measure: the 30 % is the decentralised scheme’s alone', () => {
    expect(problems(check(edit(fixture('egenandel-30', 'fail-missing'), '    ordning: dekom\n', '    ordning: rekom\n')), 'egenandel-30')).toEqual([]);
  });
});

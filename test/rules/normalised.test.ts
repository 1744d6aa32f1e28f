import { describe, expect, it } from 'vitest';
import { base, check, edit, problems } from './support.js';

const task = (from: string, to: string) => edit(base('skoleplan'), from, to);

describe('normalised', () => {
  it('passes a plan written in the forms the format wants', () => {
    for (const kind of ['skoleplan', 'nettverksplan', 'kommuneplan', 'kompetanseplan'] as const) expect(problems(check(base(kind)), 'normalised'), kind).toEqual([]);
  });

  it.each([
    ['    frist: 2027-02-01\n', '    frist: 1.2.27\n', '«1.2.27» er lest som 2027-02-01; skriv 2027-02-01'],
    ['    frist: 2027-02-01\n', '    frist: 1. februar 2027\n', '«1. februar 2027» er lest som 2027-02-01'],
    ['    frist: 2027-02-01\n', '    frist: februar 2027\n', '«februar 2027» er lest som 2027-02-28: en måned alene er siste dag'],
    ['    frist: 2027-02-01\n', '    frist: våren 2027\n', '«våren 2027» er lest som 2027-06-30'],
    ['    frist: 2027-02-01\n', '    frist: uke 5 2027\n', '«uke 5 2027» er lest som 2027-02-05, fredagen i uka'],
    ['    mål: [M1]\n', '    mål: M1\n', '«M1» er lest som en liste, [M1]; skriv [M1]'],
    ['    mål: [M1]\norganisering', '    mål: [M1]\n    status: Ferdig\norganisering', '«Ferdig» er lest som fullført'],
    ['ordning: [dekom]\n', 'ordning: DEKOM\n', '«DEKOM» er lest som en liste, [dekom]'],
  ])('reads %j written as %j, with the form to write, and no schema error', (from, to, message) => {
    const result = check(task(from, to));
    expect(problems(result, 'normalised').map((p) => p.message)).toEqual([expect.stringContaining(message)]);
    expect(problems(result, 'normalised')[0]!.severity).toBe('warning');
    expect(problems(result, 'schema')).toEqual([]);
  });

  it('reads a period start as the first day of the month or term', () => {
    const result = check(edit(base('skoleplan'), '  fra: 2026-08-01\n', '  fra: høsten 2026\n'));
    expect(problems(result, 'normalised').map((p) => p.message)).toEqual([expect.stringContaining('er lest som 2026-08-01')]);
  });

  it('reads a time alone as a meeting’s end on the day it starts', () => {
    const result = check(edit(base('nettverksplan'), '    slutt: 2026-09-10T15:00\n', '    slutt: kl. 15\n'));
    expect(problems(result, 'normalised').map((p) => p.message)).toEqual([expect.stringContaining('er lest som 2026-09-10T15:00')]);
    expect(problems(result, 'schema')).toEqual([]);
  });

  it('leaves what cannot be read to the schema', () => {
    const result = check(edit(base('skoleplan'), '    frist: 2027-02-01\n', '    frist: snart\n'));
    expect(problems(result, 'normalised')).toEqual([]);
    expect(problems(result, 'schema')).toHaveLength(1);
  });

  it('speaks English with --lang en', () => {
    const result = check(edit(base('skoleplan'), '    frist: 2027-02-01\n', '    frist: 01.02.2027\n'), undefined, 'en');
    expect(problems(result, 'normalised').map((p) => p.message)).toEqual(['"01.02.2027" is read as 2027-02-01; write 2027-02-01 (dekom check --fix does it).']);
  });
});

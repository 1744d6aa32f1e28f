import { describe, expect, it } from 'vitest';
import { KINDS, base, check, edit, fixture } from './support.js';

const SCHOOL = base('skoleplan');
const EPOST = 'epost: siri.odegard@levanger.kommune.no';
const completeness = (text: string) => check(text).completeness;

describe('completeness', () => {
  it.each(KINDS)('is 1, with no problem at all, for the base %s', (kind) => {
    const result = check(base(kind));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ type: kind, completeness: 1 });
  });

  it.each([
    ['a recommended field left out', edit(SCHOOL, `  ${EPOST}\n`, '')],
    ['a recommended field left blank', edit(SCHOOL, EPOST, 'epost: ""')],
    ['a recommended field in a list row left out', edit(SCHOOL, '    begrunnelse: Lesing er grunnlaget for læring i alle fag.\n', '')],
    ['a required field holding template text', edit(SCHOOL, 'tema: Lesing i alle fag', 'tema: Klikk eller trykk her for å skrive inn tekst.')],
    ['a required field holding a stub', edit(SCHOOL, 'organisering: Rektor leder', 'organisering: TODO Rektor leder')],
  ])('drops by one field for %s', (_, text) => {
    expect(completeness(text)).toBeLessThan(1);
    expect(completeness(text)).toBe(completeness(edit(SCHOOL, EPOST, 'epost:')));
  });

  it('drops twice as far for two blank fields as for one', () => {
    const one = completeness(edit(SCHOOL, EPOST, 'epost:'));
    const two = completeness(edit(edit(SCHOOL, EPOST, 'epost:'), 'tema: Lesing i alle fag', 'tema:'));
    expect(1 - two).toBeCloseTo(2 * (1 - one), 2);
  });

  it('counts the fields of every list row', () => {
    const row = '  - oppgave: Foreldremøte\norganisering:';
    expect(completeness(edit(SCHOOL, 'organisering:', row))).toBeLessThan(1);
  });

  it('ignores optional fields that are neither required nor recommended', () => {
    const text = edit(edit(base('nettverksplan'), 'språk: nb\n', ''), '    status: planlagt\n', '');
    expect(completeness(edit(text, '    forberedelser: Lese to artikler.\n', ''))).toBe(1);
  });

  it.each(['fail-empty', 'fail-not-plan'])('is 0 for a file that is not a plan (%s)', (name) => {
    expect(completeness(fixture('required', name))).toBe(0);
  });

  it('is 0 for a file that is not YAML', () => {
    expect(completeness(fixture('yaml-syntax', 'fail-tab'))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers.js';
import { VARIANTS, base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'schema';

describe(RULE, () => {
  it('accepts numbers as utgangspunkt and målverdi', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it.each(VARIANTS)('reads a Norwegian date, and says at the value which ISO one to write (%s)', (_, variant) => {
    const result = check(variant(fixture(RULE, 'fail')));
    expect(problems(result, RULE)).toEqual([]);
    const problem = expectOne(result, 'normalised', { line: 56, column: 12, path: 'oppgaver[0].frist', severity: 'warning' });
    expect(problem.message).toContain('«15.03.2027»');
    expect(problem.message).toContain('2027-03-15');
  });

  it.each(VARIANTS)('places a problem on line 1 where the BOM is not (%s)', (_, variant) => {
    expectOne(check(variant(edit(base('skoleplan'), 'dekom: 1', 'dekom: 2'))), RULE, { line: 1, column: 8, path: 'dekom', severity: 'error' });
  });

  it('suggests the ISO date in English too', () => {
    const [problem] = problems(checkText(fixture(RULE, 'fail'), '2026-11-24', 'en'), 'normalised');
    expect(problem!.message).toMatch(/write 2027-03-15/);
  });

  it('reports an unknown type at the value and suggests the nearest kind', () => {
    const result = check(fixture(RULE, 'fail-type'));
    const problem = expectOne(result, RULE, { line: 2, column: 7, path: 'type', severity: 'error' });
    expect(problem.message).toContain('«skoleplna»');
    expect(problem.message).toContain('«skoleplan»');
    expect(result).toMatchObject({ type: null, problems: [problem] });
  });

  it.each([
    { kind: 'skoleplan', from: 'dekom: 1', to: 'dekom: 2', path: 'dekom', line: 1, column: 8, message: /skal være 1/ },
    { kind: 'skoleplan', from: 'tittel: Utviklingsplan for Åsen skole', to: 'tittel: 2026', path: 'tittel', line: 3, column: 9, message: /tekst, ikke et tall/ },
    { kind: 'skoleplan', from: 'kontakt:\n  navn: Siri Ødegård\n  epost: siri.odegard@levanger.kommune.no\n  rolle: Rektor', to: 'kontakt: Siri Ødegård', path: 'kontakt', line: 8, column: 10, message: /tabell av nøkler/ },
    { kind: 'skoleplan', from: '  til: 2027-06-30', to: '  til: 2027-02-29', path: 'periode.til', line: 7, column: 8, message: /«2027-02-29» er ikke en gyldig dato/ },
    { kind: 'nettverksplan', from: 'språk: nb', to: 'språk: nnn', path: 'språk', line: 5, column: 8, message: /bruk en av: nb, nn, en \(mente du «nn»\?\)/ },
    { kind: 'nettverksplan', from: 'budsjett: 250000', to: 'budsjett: mye', path: 'ressurser.budsjett', line: 15, column: 13, message: /et tall, ikke tekst/ },
    { kind: 'nettverksplan', from: 'timer: 120', to: 'timer: -5', path: 'ressurser.timer[0].timer', line: 18, column: 14, message: /minst 0/ },
    { kind: 'nettverksplan', from: 'rolle: uh', to: 'rolle: professor', path: 'parter[0].rolle', line: 22, column: 12, message: /bruk en av: uh, skoleeier/ },
    { kind: 'nettverksplan', from: 'status: planlagt', to: 'status: pagar', path: 'oppgaver[0].status', line: 57, column: 13, message: /mente du «pågår»/ },
    { kind: 'nettverksplan', from: 'mål: [M1]', to: 'mål: true', path: 'oppgaver[0].mål', line: 58, column: 10, message: /en liste/ },
    { kind: 'nettverksplan', from: 'dato: 2026-11-05', to: 'dato: 2026-11-05 kl 25', path: 'tidsplan[1].dato', line: 67, column: 11, message: /ÅÅÅÅ-MM-DDTtt:mm/ },
    { kind: 'kompetanseplan', from: 'innstillingsår: 2026', to: 'innstillingsår: 1999', path: 'innstillingsår', line: 13, column: 17, message: /minst 2000/ },
    { kind: 'kompetanseplan', from: 'prioritet: 1', to: 'prioritet: 1.5', path: 'kompetansebehov[0].prioritet', line: 33, column: 16, message: /heltall/ },
    { kind: 'kompetanseplan', from: 'år: [2026, 2027]', to: 'år: [2026, 27]', path: 'kompetansebehov[0].år[1]', line: 36, column: 16, message: /minst 2000/ },
  ] as const)('reports $to in a $kind at $path', ({ kind, from, to, path, line, column, message }) => {
    const problem = expectOne(check(edit(base(kind), from, to)), RULE, { line, column, path, severity: 'error' });
    expect(problem.message).toMatch(message);
  });

  it('leaves blank values to required', () => {
    const result = check(edit(base('skoleplan'), 'tittel: Utviklingsplan for Åsen skole', 'tittel:'));
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'required').map((p) => p.path)).toEqual(['tittel']);
  });
});

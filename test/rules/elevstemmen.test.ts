import { describe, expect, it } from 'vitest';
import { base, check, edit, expectOne, fixture, problems } from './support.js';

const RULE = 'elevstemmen';
const NETWORK = base('nettverksplan');
const MENTION = 'og elevstemmen teller i vurderingen';

describe(RULE, () => {
  it('is silent when a section of a kommuneplan mentions Elevundersøkelsen', () => {
    expect(problems(check(fixture(RULE, 'pass')), RULE)).toEqual([]);
  });

  it('reports a nettverksplan that never mentions the pupil voice at mål', () => {
    const problem = expectOne(check(fixture(RULE, 'fail')), RULE, { line: 32, column: 1, path: 'mål', severity: 'warning' });
    expect(problem.message).toContain('elevstemmen');
  });

  it('reports a kommuneplan that never mentions it', () => {
    const text = edit(base('kommuneplan'), ', og elevmedvirkning styrkes', '');
    expectOne(check(text), RULE, { line: 13, column: 1, path: 'mål', severity: 'warning' });
  });

  it.each(['Elevstemmen', 'elevenes stemme', 'elevmedvirkning', 'elevsamtaler', 'Elevundersøkelsen'])('counts a mention of %s', (words) => {
    expect(problems(check(edit(NETWORK, MENTION, `og ${words} teller`)), RULE)).toEqual([]);
  });

  it('reports a skoleplan without rammer.elevstemmen at the start of rammer', () => {
    const problem = expectOne(check(fixture(RULE, 'fail-rammer')), RULE, { line: 15, column: 3, path: 'rammer.elevstemmen', severity: 'warning' });
    expect(problem.message).toContain('rammer.elevstemmen');
  });

  it('asks a skoleplan for its own field, whatever the other sections say', () => {
    const text = edit(fixture(RULE, 'fail-rammer'), 'tema: Lesing i alle fag', 'tema: Elevstemmen i lesing');
    expect(problems(check(text), RULE)).toHaveLength(1);
  });

  it('reports a kompetanseplan with blank intensjoner.elevstemmen', () => {
    const text = edit(base('kompetanseplan'), 'elevstemmen: Elevsamtaler og elevråd brukes når tiltakene vurderes.', "elevstemmen: ' '");
    expect(problems(check(text), RULE).map((p) => p.path)).toEqual(['intensjoner.elevstemmen']);
  });

  it('reports an empty intensjoner.elevstemmen at its key', () => {
    const text = edit(base('kompetanseplan'), 'elevstemmen: Elevsamtaler og elevråd brukes når tiltakene vurderes.', 'elevstemmen:');
    expectOne(check(text), RULE, { line: 19, column: 3, path: 'intensjoner.elevstemmen', severity: 'warning' });
  });

  it('leaves a skoleplan without rammer to required', () => {
    const text = base('skoleplan').replace(/rammer:\n(?: {2}.*\n)+/, '');
    const result = check(text);
    expect(problems(result, RULE)).toEqual([]);
    expect(problems(result, 'required').map((p) => p.path)).toEqual(['rammer']);
  });

  it('asks nothing of a REKOM plan where no school takes part', () => {
    expect(problems(check(fixture(RULE, 'pass-rekom')), RULE)).toEqual([]);
  });
});

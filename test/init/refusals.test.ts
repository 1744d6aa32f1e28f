import { describe, expect, test } from 'vitest';
import { interview } from '../../src/init/flow.js';
import { allFields, fieldsOf, keyFields } from '../../src/init/fields.js';
import { readAnswer, readDate, readDateTime, readNumber, readPerYear, readYearly } from '../../src/init/read-answer.js';
import { KINDS, type Kind } from '../../src/kinds/index.js';
import { scripted, type Step } from './scripted.js';
import { COMPLETE, script } from './scripts.js';

/** The complete session, with wrong answers typed first at some questions. */
function withWrongAnswers(kind: Kind, wrong: Record<string, string[]>): Step[] {
  return script(kind).flatMap((step): Step[] => {
    if (step === 'INTERRUPT') return [step];
    const typos = wrong[step[0]] ?? [];
    return [...typos.map((typo): Step => [step[0], typo]), step];
  });
}

async function refusals(kind: Kind, wrong: Record<string, string[]>, lang: 'nb' | 'en' = 'nb') {
  const prompter = scripted(withWrongAnswers(kind, wrong));
  const plan = await interview({ kind, lang, prompter });
  expect(prompter.remaining()).toBe(0);
  return { plan, refused: prompter.refusals.map((r) => `${r.id} ${JSON.stringify(r.answer)}: ${r.reason}`), transcript: prompter.transcript };
}

describe('wrong answers are refused at the prompt, with the reason', () => {
  test('titles, names and dates', async () => {
    const { refused } = await refusals('nettverksplan', {
      tittel: ['', '   '],
      'periode.fra': ['31.02.2026', 'neste høst', '2026-13-01'],
      'periode.til': ['01.07.2026', '01.08.2026'],
      'kontakt.epost': ['ingrid'],
      'parter[0].navn': [''],
      'mål[0].frist': ['i juni'],
      'tidsplan[0].slutt': ['10.09.2026 08:00', '10.09.2026 25:00'],
    });
    expect(refused).toEqual([
      'tittel "": «Tittel» må fylles ut.',
      'tittel "   ": «Tittel» må fylles ut.',
      'periode.fra "31.02.2026": «31.02.2026» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
      'periode.fra "neste høst": «neste høst» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
      'periode.fra "2026-13-01": «2026-13-01» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
      'periode.til "01.07.2026": «til» må være etter «fra» (2026-08-01).',
      'periode.til "01.08.2026": «til» må være etter «fra» (2026-08-01).',
      'kontakt.epost "ingrid": «ingrid» ser ikke ut som en e-postadresse.',
      'parter[0].navn "": «Navn» må fylles ut.',
      'mål[0].frist "i juni": «i juni» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
      'tidsplan[0].slutt "10.09.2026 08:00": «slutt» må være etter «dato» (2026-09-10T09:00).',
      'tidsplan[0].slutt "10.09.2026 25:00": «10.09.2026 25:00» er ikke en dato med tidspunkt. Skriv for eksempel 2026-03-15 18:00 eller 15.03.2026 kl. 18:00.',
    ]);
  });

  test('an e-mail address check would refuse is refused here too', async () => {
    const { refused, plan } = await refusals('nettverksplan', { 'kontakt.epost': ['a@b.c', 'ingrid.sæther@example.no', 'ingrid@example', 'ingrid@@example.no'] });
    expect(refused).toEqual([
      'kontakt.epost "a@b.c": «a@b.c» ser ikke ut som en e-postadresse.',
      'kontakt.epost "ingrid.sæther@example.no": «ingrid.sæther@example.no» ser ikke ut som en e-postadresse.',
      'kontakt.epost "ingrid@example": «ingrid@example» ser ikke ut som en e-postadresse.',
      'kontakt.epost "ingrid@@example.no": «ingrid@@example.no» ser ikke ut som en e-postadresse.',
    ]);
    expect(plan['kontakt']).toMatchObject({ epost: 'ingrid.saether@example.no' });
  });

  test('numbers and years', async () => {
    const { refused, plan } = await refusals('kompetanseplan', {
      innstillingsår: ['1999', 'i fjor', '2026.5'],
      'kompetansebehov[0].prioritet': ['0', '1,5'],
      'kompetansebehov[0].år': ['', '2026, 20x'],
      'kompetansebehov[0].kostnad': ['-5'],
    });
    expect(refused).toEqual([
      'innstillingsår "1999": Må være minst 2000.',
      'innstillingsår "i fjor": «i fjor» er ikke et tall.',
      'innstillingsår "2026.5": «2026.5» er ikke et heltall.',
      'kompetansebehov[0].prioritet "0": Må være minst 1.',
      'kompetansebehov[0].prioritet "1,5": «1,5» er ikke et heltall.',
      'kompetansebehov[0].år "": «År» må fylles ut.',
      'kompetansebehov[0].år "2026, 20x": «20x» er ikke et tall.',
      'kompetansebehov[0].kostnad "-5": Må være minst 0.',
    ]);
    expect(plan['innstillingsår']).toBe(2026);
  });

  test('in English: "til must be after fra"', async () => {
    const { refused } = await refusals('skoleplan', { 'periode.til': ['2026-07-31'], tittel: [''] }, 'en');
    expect(refused).toEqual(['tittel "": "Title" must be filled in.', 'periode.til "2026-07-31": til must be after fra (2026-08-01).']);
  });

  test('the transcript shows each refusal where the person typed it', async () => {
    const { transcript } = await refusals('skoleplan', { 'periode.fra': ['32.01.2026'] });
    const at = transcript.findIndex((line) => line.includes('32.01.2026'));
    expect(transcript.slice(at, at + 2)).toEqual([
      '? Fra › 32.01.2026  ✖ «32.01.2026» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
      '? Fra › 2026-08-01',
    ]);
  });

  test('prose may wait: an empty answer to a required section is not refused', async () => {
    const steps = COMPLETE.skoleplan.map((step): Step => (step !== 'INTERRUPT' && step[0] === 'situasjonsbeskrivelse' ? [step[0], ''] : step));
    const prompter = scripted(steps);
    const plan = await interview({ kind: 'skoleplan', lang: 'nb', prompter });
    expect(prompter.refusals).toEqual([]);
    expect(plan['situasjonsbeskrivelse']).toBeNull();
  });
});

describe('the prompt and check judge by the same schema', () => {
  const typed = [
    'Lesing', 'a@b.c', 'ingrid@example.no', 'ingrid.sæther@example.no', 'x@y', '2026-03-15', '15.03.2026', '31.02.2026', '2026-02-30',
    '2026-09-10 9:00', '10.09.2026 kl. 24.00', '2026-09-10T09:00', '0', '-5', '1,5', '2026', '1999', '2101', '150 000', 'M1, M2', '2026, 2027',
    'uh', 'planlagt', 'ja', '  ', 'x\ny',
  ];
  for (const kind of KINDS) {
    test(`${kind}: whatever a prompt takes, the field's schema takes`, () => {
      for (const field of allFields(fieldsOf(kind))) {
        if (field.type === 'group' || field.type === 'rows' || field.type === 'fixed') continue;
        for (const answer of typed) {
          const reading = readAnswer(field, answer, { lang: 'nb', label: field.key, mustAnswer: false, siblings: {} });
          if (!reading.ok || reading.value === undefined) continue;
          expect(field.schema.safeParse(reading.value).success, `${kind} ${field.pattern} ${JSON.stringify(answer)}`).toBe(true);
        }
      }
    });
  }

  test('a value no friendly reason covers is refused with the field named', () => {
    const field = keyFields(fieldsOf('skoleplan')).find((f) => f.key === 'språk')!;
    expect(readAnswer({ ...field, type: 'text' }, 'fransk', { lang: 'nb', label: 'Språk', mustAnswer: false, siblings: {} })).toEqual({
      ok: false,
      reason: '«fransk» er ikke et gyldig svar på «Språk».',
    });
  });
});

describe('reading what people type', () => {
  test.each([
    ['2026-03-15', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
    ['1.8.2026', '2026-08-01'],
    [' 29.02.2028 ', '2028-02-29'],
    ['29.02.2027', undefined],
    ['2026-3-15', undefined],
    ['15/03/2026', '2026-03-15'],
  ])('date %j → %j', (typed, expected) => {
    expect(readDate(typed)).toBe(expected);
  });

  test.each([
    ['2026-09-10', '2026-09-10'],
    ['2026-09-10T09:00', '2026-09-10T09:00'],
    ['2026-09-10 9:00', '2026-09-10T09:00'],
    ['10.09.2026 kl. 18.30', '2026-09-10T18:30'],
    ['10.09.2026 24:00', undefined],
    ['i morgen', undefined],
  ])('date and time %j → %j', (typed, expected) => {
    expect(readDateTime(typed)).toBe(expected);
  });

  test.each([
    ['150 000', 150000],
    ['1,5', 1.5],
    ['2026', 2026],
    ['1 2 3x', undefined],
    ['', undefined],
  ])('number %j → %j', (typed, expected) => {
    expect(readNumber(typed)).toBe(expected);
  });

  test.each([
    ['årlig 15.03', { årlig: '03-15' }],
    ['årlig: 03-15', { årlig: '03-15' }],
    ['hvert år 1. februar', { årlig: '02-01' }],
    ['15. mars hvert år', { årlig: '03-15' }],
    ['kvart år 1.8.', { årlig: '08-01' }],
    ['every year on 15 March', { årlig: '03-15' }],
    ['--03-15', { årlig: '03-15' }],
    ['årlig 29.02', { årlig: '02-29' }],
    ['årlig 31.02', undefined],
    ['15.03', undefined],
    ['årlig i mars', undefined],
  ])('yearly date %j → %j', (typed, expected) => {
    expect(readYearly(typed)).toEqual(expected);
  });

  test.each([
    ['2027: 400 000; 2028: 350 000', { 2027: 400000, 2028: 350000 }],
    ['2027=400000, 2028=350000', { 2027: 400000, 2028: 350000 }],
    ['2027: 1 250 000 kr', { 2027: 1250000 }],
    ['2027: 400 000; 2027: 1', undefined],
    ['400 000', undefined],
    ['2027: mye', undefined],
  ])('amounts per year %j → %j', (typed, expected) => {
    expect(readPerYear(typed)).toEqual(expected);
  });
});

describe('answers of the new value types, through the field they answer', () => {
  const field = (kind: Kind, pattern: string) => [...allFields(fieldsOf(kind))].find((f) => f.pattern === pattern)!;
  const scope = { lang: 'nb' as const, label: 'x', mustAnswer: false, siblings: {} };

  test('a yearly deadline takes a day or a yearly date; a plain date field only a day', () => {
    expect(readAnswer(field('langsiktig_plan', 'årshjul[].dato'), 'årlig 15.03', scope)).toEqual({ ok: true, value: { årlig: '03-15' } });
    expect(readAnswer(field('langsiktig_plan', 'årshjul[].dato'), '30.08.2028', scope)).toEqual({ ok: true, value: '2028-08-30' });
    expect(readAnswer(field('langsiktig_plan', 'vedtatt.dato'), 'årlig 15.03', scope)).toEqual({
      ok: false,
      reason: '«årlig 15.03» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.',
    });
    expect(readAnswer(field('langsiktig_plan', 'årshjul[].dato'), 'snart', scope)).toEqual({
      ok: false,
      reason: '«snart» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026, eller «årlig 15.03» for en dato som kommer igjen hvert år.',
    });
  });

  test('a grant per year is typed as year: amount, and refused with an example otherwise', () => {
    expect(readAnswer(field('innstilling', 'tiltak[].tilskudd'), '2027: 1 400 000; 2028: 1 300 000', scope)).toEqual({ ok: true, value: { 2027: 1400000, 2028: 1300000 } });
    expect(readAnswer(field('innstilling', 'tiltak[].tilskudd'), '1 400 000', scope)).toEqual({
      ok: false,
      reason: '«1 400 000» er ikke beløp per år. Skriv for eksempel 2027: 400 000; 2028: 350 000.',
    });
  });

  test('names with spaces stay whole in a list; years are parted by spaces too', () => {
    expect(readAnswer(field('innstilling', 'tiltak[].eiere'), 'Farsund kommune, Lyngdal kommune', scope)).toEqual({ ok: true, value: ['Farsund kommune', 'Lyngdal kommune'] });
    expect(readAnswer(field('innstilling', 'tiltak[].varighet.år'), '2027 2028', scope)).toEqual({ ok: true, value: [2027, 2028] });
  });

  test('kroner are whole: øre are refused', () => {
    expect(readAnswer(field('innstilling', 'ramme.dekom'), '3 400 000', scope)).toEqual({ ok: true, value: 3400000 });
    expect(readAnswer(field('innstilling', 'ramme.dekom'), '3 400 000,50', scope)).toMatchObject({ ok: false });
  });

  test('an open choice takes an option or words of the author’s own', () => {
    expect(readAnswer(field('barnehageplan', 'tiltak[].målgruppe'), 'Styrere og pedagogiske ledere', scope)).toEqual({ ok: true, value: 'Styrere og pedagogiske ledere' });
  });
});

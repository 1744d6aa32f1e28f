import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/import/similarity.js';
import { readDate, readMeetingTime, readPeriod, readYearly } from '../../src/import/norwegian-dates.js';
import { readAmountsByYear, readNumber, readYears, readYesNo } from '../../src/import/values.js';

describe('dates as Norwegian documents write them', () => {
  it.each([
    ['15. mars 2027', 'start', { iso: '2027-03-15' }],
    ['15 March 2027', 'start', { iso: '2027-03-15' }],
    ['15.03.2027', 'start', { iso: '2027-03-15' }],
    ['15.3.27', 'start', { iso: '2027-03-15', interpreted: '15.3.27' }],
    ['2027-03-15', 'start', { iso: '2027-03-15' }],
    ['innen 1. juni 2027', 'end', { iso: '2027-06-01' }],
    ['uke 12 2027', 'start', { iso: '2027-03-22', interpreted: 'uke 12 2027' }],
    ['uke 12 2027', 'end', { iso: '2027-03-26', interpreted: 'uke 12 2027' }],
    ['høsten 2026', 'start', { iso: '2026-08-01', interpreted: 'høsten 2026' }],
    ['høsten 2026', 'end', { iso: '2026-12-31', interpreted: 'høsten 2026' }],
    ['våren 2027', 'end', { iso: '2027-06-30', interpreted: 'våren 2027' }],
    ['juni 2027', 'end', { iso: '2027-06-30', interpreted: 'juni 2027' }],
    ['Torsdag 24. september 2026', 'start', { iso: '2026-09-24' }],
  ] as const)('%s (%s)', (text, role, expected) => {
    expect(readDate(text, role)).toEqual(expected);
  });

  it('takes the year of a date written without one from the plan, and says it did', () => {
    expect(readDate('uke 12', 'start', (month) => (month >= 8 ? 2026 : 2027))).toEqual({ iso: '2027-03-22', interpreted: 'uke 12' });
    expect(readDate('15. mars', 'start', () => 2027)).toEqual({ iso: '2027-03-15', interpreted: '15. mars' });
    expect(readDate('15. mars', 'start')).toBeUndefined();
  });

  it('refuses what is no date', () => {
    for (const text of ['31.02.2027', 'snart', 'Klikk eller trykk for å skrive inn en dato', '']) expect(readDate(text), text).toBeUndefined();
  });

  it('reads periods as render writes them, and as people do', () => {
    expect(readPeriod('1. august 2026 – 30. juni 2027')).toEqual({ fra: { iso: '2026-08-01' }, til: { iso: '2027-06-30' } });
    expect(readPeriod('1. august – 30. desember 2026')).toEqual({ fra: { iso: '2026-08-01' }, til: { iso: '2026-12-30' } });
    expect(readPeriod('1.–15. mars 2026')).toEqual({ fra: { iso: '2026-03-01' }, til: { iso: '2026-03-15' } });
    expect(readPeriod('01.08.2026 til 30.06.2027')).toEqual({ fra: { iso: '2026-08-01' }, til: { iso: '2027-06-30' } });
    expect(readPeriod('skoleåret 2026–2027')).toEqual({ fra: { iso: '2026-08-01', interpreted: 'skoleåret 2026–2027' }, til: { iso: '2027-07-31', interpreted: 'skoleåret 2026–2027' } });
    expect(readPeriod('1 August 2026 – 30 June 2027')).toEqual({ fra: { iso: '2026-08-01' }, til: { iso: '2027-06-30' } });
  });

  it('reads meeting times with their end', () => {
    expect(readMeetingTime('Torsdag 24. september 2026, kl. 08.30–14.30')).toEqual({ dato: { iso: '2026-09-24T08:30' }, slutt: { iso: '2026-09-24T14:30' } });
    expect(readMeetingTime('Thursday 24 September 2026, 08:30–14:30')).toEqual({ dato: { iso: '2026-09-24T08:30' }, slutt: { iso: '2026-09-24T14:30' } });
    expect(readMeetingTime('Torsdag 24. september 2026, kl. 09.00 – Fredag 25. september 2026, kl. 12.00')).toEqual({
      dato: { iso: '2026-09-24T09:00' },
      slutt: { iso: '2026-09-25T12:00' },
    });
    expect(readMeetingTime('24.09.2026 kl. 09.00–15.00')).toEqual({ dato: { iso: '2026-09-24T09:00' }, slutt: { iso: '2026-09-24T15:00' } });
    expect(readMeetingTime('Onsdag 7. oktober 2026')).toEqual({ dato: { iso: '2026-10-07' } });
  });
});

describe('amounts, numbers, years and answers', () => {
  it.each([
    ['1 250 000 kr', false, 1250000],
    ['1\u00a0250\u00a0000\u00a0kr', false, 1250000],
    ['NOK 1,250,000', true, 1250000],
    ['3,5', false, 3.5],
    ['3.5', true, 3.5],
    ['1.250.000', false, 1250000],
    ['1 234,57 kr', false, 1234.57],
    ['12 timer', false, 12],
  ] as const)('%s', (text, english, expected) => {
    expect(readNumber(text, english)).toBe(expected);
  });

  it('refuses text that is no number', () => {
    expect(readNumber('mange', false)).toBeUndefined();
    expect(readNumber('3 av 4', false)).toBeUndefined();
  });

  it('reads years and yes/no answers', () => {
    expect(readYears('2026, 2027')).toEqual({ years: [2026, 2027] });
    expect(readYears('2026 og 2027')).toEqual({ years: [2026, 2027] });
    expect(readYears('2026–2028')).toEqual({ years: [2026, 2027, 2028], interpreted: '2026–2028' });
    expect(readYesNo('Ja')).toBe(true);
    expect(readYesNo('Nei.')).toBe(false);
    expect(readYesNo('Yes')).toBe(true);
    expect(readYesNo('Velg et element.')).toBeUndefined();
  });

  it('reads a date that comes back every year as month and day, and refuses a day no year has', () => {
    expect(readYearly('hvert år 15. mars')).toEqual({ årlig: '03-15' });
    expect(readYearly('kvart år 15. mars')).toEqual({ årlig: '03-15' });
    expect(readYearly('Every year on 15 September')).toEqual({ årlig: '09-15' });
    expect(readYearly('15. mars hvert år')).toEqual({ årlig: '03-15' });
    expect(readYearly('årlig 29.02')).toEqual({ årlig: '02-29' });
    expect(readYearly('hvert år 30. februar')).toBeUndefined();
    expect(readYearly('15. mars 2027')).toBeUndefined();
  });

  it('reads amounts by year as the document prints a grant per year', () => {
    expect(readAmountsByYear('2026: 600 000 kr; 2027: 550 000 kr', false)).toEqual({ 2026: 600000, 2027: 550000 });
    expect(readAmountsByYear('2026: NOK 600,000; 2028: NOK 1', true)).toEqual({ 2026: 600000, 2028: 1 });
    expect(readAmountsByYear('600 000 kr', false)).toBeUndefined();
  });
});

describe('headings matched to titles', () => {
  it('ignores numbering, case, punctuation, filler words and small spelling differences', () => {
    expect(similarity('1. Innledning', 'Innledning')).toBe(1);
    expect(similarity('7.  Tegn på læring/forbedring', 'Tegn på læring og forbedring')).toBe(1);
    expect(similarity('EVALUERING', 'Evaluering')).toBe(1);
    expect(similarity('Forankringsbehov og informasjon', 'Forankring og informasjon')).toBeGreaterThan(0.9);
    expect(similarity('Situasjonsbeskrivlese', 'Situasjonsbeskrivelse')).toBeGreaterThan(0.85);
    expect(similarity('5. Tiltak', 'Tiltak og fremdriftsplan')).toBeGreaterThan(similarity('5. Tiltak', 'Eventuelle andre tiltak på lokalt nivå'));
    expect(similarity('Skuleleiar', 'Skuleeigar')).toBeLessThan(similarity('Skuleleiar', 'Skuleleiar'));
    expect(similarity('Praktisk informasjon', 'Evaluering')).toBe(0);
  });
});

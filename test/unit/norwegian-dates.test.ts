import { describe, expect, it } from 'vitest';
import { readDay, readDayTime, readTime } from '../../src/util/norwegian-dates.js';

describe('Norwegian dates', () => {
  it.each([
    ['2027-03-15', '2027-03-15'],
    ['15.03.2027', '2027-03-15'],
    ['15.3.27', '2027-03-15'],
    ['15/3/2027', '2027-03-15'],
    ['15. mars 2027', '2027-03-15'],
    ['15 Mars 2027', '2027-03-15'],
    ['1. okt. 2026', '2026-10-01'],
  ])('%s is %s', (written, iso) => expect(readDay(written)?.iso).toBe(iso));

  it.each([
    ['mars 2028', '2028-03-31', '2028-03-01'],
    ['februar 2028', '2028-02-29', '2028-02-01'],
    ['høsten 2026', '2026-12-31', '2026-08-01'],
    ['våren 2027', '2027-06-30', '2027-01-01'],
  ])('%s is %s as a deadline and %s as a start', (written, deadline, start) => {
    expect(readDay(written)?.iso).toBe(deadline);
    expect(readDay(written, { start: true })?.iso).toBe(start);
    expect(readDay(written)?.convention).toBeDefined();
  });

  it('a week is its Friday', () => expect(readDay('uke 12 2027')).toEqual({ iso: '2027-03-26', convention: 'week' }));

  it.each(['31.02.2027', '15.13.2027', 'snart', 'mars', '2027-3-15x', ''])('%j is no day', (written) => expect(readDay(written)).toBeUndefined());

  it('times and a time alone on the day of the start', () => {
    expect(readTime('kl. 9')).toBe('09:00');
    expect(readTime('15.30')).toBe('15:30');
    expect(readDayTime('15.03.2027 kl. 09.00')?.iso).toBe('2027-03-15T09:00');
    expect(readDayTime('11:30', '2027-03-15')?.iso).toBe('2027-03-15T11:30');
    expect(readDayTime('11:30')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { check, fixture, problems, ruleTester } from './support.js';

describe("innstilling-split: the split of each measure's grant", () => {
  ruleTester('innstilling-split', {
    valid: [
      { name: 'the parts add up to the grant of the year', fixture: 'pass' },
    ],
    invalid: [
      {
        name: 'a coordinator share that takes the parts over the grant',
        fixture: 'fail',
        problems: [
          { line: 68, column: 5, path: 'tiltak[0].fordeling', severity: 'error', message: /blir 1\u00a0450\u00a0000\u00a0kr \(eierne 1\u00a0050\u00a0000\u00a0kr \+ UH 300\u00a0000\u00a0kr \+ koordinator 100\u00a0000\u00a0kr\), men tilskuddet for 2027 er 1\u00a0400\u00a0000\u00a0kr/ },
        ],
      },
      {
        name: 'a split but no grant for the grant year',
        fixture: 'fail-no-year',
        problems: [
          { line: 98, column: 5, path: 'tiltak[1].tilskudd', severity: 'error', message: /tilskudd: \{2027: …\}/ },
        ],
      },
    ],
  });

  it('writes the amounts as English readers do with --lang en', () => {
    const [found] = problems(check(fixture('innstilling-split', 'fail'), undefined, 'en'), 'innstilling-split');
    expect(found!.message).toBe(
      'The split of "Lesing og skriving i alle fag i Lister" comes to NOK\u00a01,450,000 (owners NOK\u00a01,050,000 + university NOK\u00a0300,000 + coordinator NOK\u00a0100,000), but the grant for 2027 is NOK\u00a01,400,000; the parts are to add up to the grant (NOK\u00a050,000 too much).',
    );
  });
});

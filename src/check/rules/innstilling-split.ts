import { kr } from '../money.js';
import { grantIn, isRecord, kronerOf, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import type { MessageLang } from '../types.js';

const PARTS = ['eiere', 'uh', 'koordinator'] as const;

const WORDS: Record<MessageLang, Record<(typeof PARTS)[number], string>> = {
  nb: { eiere: 'eierne', uh: 'UH', koordinator: 'koordinator' },
  nn: { eiere: 'eigarane', uh: 'UH', koordinator: 'koordinator' },
  en: { eiere: 'owners', uh: 'university', koordinator: 'coordinator' },
};

export default defineRule({
  id: 'innstilling-split',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Fordelingen av et tiltaks tilskudd på eiere, UH og koordinator blir ikke tilskuddet.',
    en: 'A measure’s split between owners, university and coordinator does not add up to its grant.',
  },
  messages: {
    sum: {
      nb: 'Fordelingen i «{tiltak}» blir {sum} ({parts}), men tilskuddet for {year} er {grant}; delene skal til sammen bli tilskuddet ({difference} {direction}).',
      en: 'The split of "{tiltak}" comes to {sum} ({parts}), but the grant for {year} is {grant}; the parts are to add up to the grant ({difference} {direction}).',
    },
    noYear: {
      nb: '«{tiltak}» har fordeling, men ikke tilskudd for tilskuddsåret {year} («tilskudd: {{year}: …}»); fordelingen gjelder tilskuddet for tilskuddsåret.',
      en: '"{tiltak}" has a split but no grant for the grant year {year} ("tilskudd: {{year}: …}"); the split is of that year’s grant.',
    },
    empty: {
      nb: '«{tiltak}» har ingen beløp i «fordeling»; skriv hvor mye som går til eierne, til UH og eventuelt til koordinator.',
      en: '"{tiltak}" has no amounts in "fordeling"; give how much goes to the owners, to the university and any to a coordinator.',
    },
  },
  // The innstilling says «hvordan midlene ønskes fordelt» (Udir, mandat); owners may use «deler
  // av tilskuddet til en koordinatorfunksjon. Dette i begrenset omfang» (Statsforvalteren i
  // Oslo og Viken 2022).
  check({ plan, lang, report }) {
    const year = plan['tilskuddsår'];
    if (typeof year !== 'number') return;
    for (const { row, path } of rows(plan, 'tiltak')) {
      const split = row['fordeling'];
      // A measure without a split is `required`'s to report.
      if (!isRecord(split)) continue;
      const tiltak = rowName(row, 'tittel', path);
      const given = PARTS.flatMap((part) => {
        const amount = kronerOf(split[part]);
        return amount === undefined ? [] : [{ part, amount }];
      });
      if (given.length === 0) {
        report('empty', [...path, 'fordeling'], { tiltak }, 'key');
        continue;
      }
      const grant = grantIn(row['tilskudd'], year);
      if (grant === undefined) {
        if (isRecord(row['tilskudd'])) report('noYear', [...path, 'tilskudd'], { tiltak, year }, 'key');
        continue;
      }
      const sum = given.reduce((total, { amount }) => total + amount, 0);
      if (sum === grant) continue;
      const over = sum > grant;
      report('sum', [...path, 'fordeling'], {
        tiltak,
        sum: kr(sum, lang),
        parts: given.map(({ part, amount }) => `${WORDS[lang][part]} ${kr(amount, lang)}`).join(' + '),
        year,
        grant: kr(grant, lang),
        difference: kr(Math.abs(sum - grant), lang),
        direction: lang === 'en' ? (over ? 'too much' : 'too little') : over ? 'for mye' : 'for lite',
      }, 'key');
    }
  },
});

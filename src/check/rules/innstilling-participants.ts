import { orList } from '../../messages/catalogue.js';
import { isBlank, isRecord, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

const COUNT_KEYS = ['barnehager', 'skoler', 'ansatte'] as const;

function counted(value: unknown): boolean {
  return typeof value === 'number' && value > 0;
}

export default defineRule({
  id: 'innstilling-participants',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Et prioritert tiltak sier ikke hvem som skal delta.',
    en: 'A prioritised measure does not say who takes part.',
  },
  messages: {
    none: {
      nb: '«{tiltak}» sier ikke hvem som skal delta; skriv «deltakere» med målgruppe og hvor mange barnehager, skoler eller ansatte.',
      en: '"{tiltak}" does not say who takes part; give "deltakere" with the target group and how many kindergartens, schools or staff.',
    },
    target: {
      nb: '«{tiltak}» har ingen målgruppe («deltakere.målgruppe»); innstillingen skal si hvem som skal delta.',
      en: '"{tiltak}" has no target group ("deltakere.målgruppe"); the recommendation is to say who takes part.',
    },
    count: {
      nb: '«{tiltak}» sier ikke hvor mange som deltar; skriv antall {what} under «deltakere».',
      en: '"{tiltak}" does not say how many take part; give the number of {what} under "deltakere".',
    },
  },
  // The innstilling «gir oversikt over hvilke tiltak som skal prioriteres, hvem som skal delta
  // og hvordan midlene skal brukes» (Statsforvalteren i Agder); Udir's mandate asks for who
  // takes part in each prioritised measure.
  check({ plan, lang, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      const tiltak = rowName(row, 'tittel', path);
      const participants = row['deltakere'];
      if (!isRecord(participants)) {
        report('none', participants === undefined ? path : [...path, 'deltakere'], { tiltak }, participants === undefined ? 'node' : 'key');
        continue;
      }
      if (isBlank(participants['målgruppe'])) {
        report('target', [...path, 'deltakere', 'målgruppe'], { tiltak }, participants['målgruppe'] === undefined ? 'node' : 'key');
      }
      // A kindergarten measure counts kindergartens, a school measure schools; staff count for both.
      const scheme = row['ordning'];
      const wanted = scheme === 'rekom' ? ['barnehager', 'ansatte'] : scheme === 'dekom' ? ['skoler', 'ansatte'] : [...COUNT_KEYS];
      if (wanted.some((key) => counted(participants[key]))) continue;
      const words = lang === 'en' ? { barnehager: 'kindergartens', skoler: 'schools', ansatte: 'staff' } : { barnehager: 'barnehager', skoler: 'skoler', ansatte: 'ansatte' };
      const what = wanted.map((key) => words[key as (typeof COUNT_KEYS)[number]]);
      report('count', [...path, 'deltakere'], { tiltak, what: orList(what, lang) }, 'key');
    }
  },
});

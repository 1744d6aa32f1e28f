import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import type { MessageLang } from '../types.js';

/** Each key an outcome goal needs, with the SMART letter it makes good. */
const SMART_KEYS = [
  { key: 'indikator', letter: 'M' },
  { key: 'utgangspunkt', letter: 'M' },
  { key: 'målverdi', letter: 'M' },
  { key: 'frist', letter: 'T' },
  { key: 'ansvarlig', letter: 'A' },
] as const;

type Letter = (typeof SMART_KEYS)[number]['letter'];

const LETTER_WORDS: Readonly<Record<MessageLang, Readonly<Record<Letter, string>>>> = {
  nb: { M: 'ikke målbart (M)', T: 'ikke tidsbestemt (T)', A: 'ikke akseptert av noen ansvarlig (A)' },
  nn: { M: 'ikkje målbart (M)', T: 'ikkje tidsavgrensa (T)', A: 'ikkje akseptert av nokon ansvarleg (A)' },
  en: { M: 'not measurable (M)', T: 'not time-bound (T)', A: 'not owned by anyone (A)' },
};

/** "indikator, målverdi og frist" as a sentence lists them. */
function listed(items: readonly string[], lang: MessageLang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'og'} ${items.at(-1)}`;
}

export default defineRule({
  id: 'goal-smart',
  severity: 'error',
  summary: {
    nb: 'Et resultatmål mangler indikator, utgangspunkt, målverdi, frist eller ansvarlig (SMART).',
    en: 'An outcome goal lacks indikator, utgangspunkt, målverdi, frist or ansvarlig (SMART).',
  },
  messages: {
    missing: {
      nb: 'Målet {goal} mangler {keys}: {letters}.',
      en: 'Goal {goal} lacks {keys}: {letters}.',
    },
  },
  // Process goals and the national sector goals are legitimate goals without an indicator;
  // only an outcome goal (`art: resultat`, the default) must be SMART. One problem a goal,
  // naming every letter it fails, so a goal without measures is one thing to fix.
  check({ plan, report, lang }) {
    for (const { row, path } of rows(plan, 'mål')) {
      if (row['art'] !== undefined && row['art'] !== null && row['art'] !== 'resultat') continue;
      // Placeholder text is the `placeholder` rule's to report; only blanks are this rule's.
      const missing = SMART_KEYS.filter(({ key }) => isBlank(row[key]));
      if (missing.length === 0) continue;
      const letters = [...new Set(missing.map(({ letter }) => letter))].map((letter) => LETTER_WORDS[lang][letter]);
      const goal = rowName(row, 'id', path, lang);
      report('missing', path, { goal, keys: listed(missing.map(({ key }) => key), lang), letters: listed(letters, lang) });
    }
  },
});

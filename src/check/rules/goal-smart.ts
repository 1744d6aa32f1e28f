import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** Each key a SMART goal needs, with the letter it makes good. */
const SMART_KEYS = [
  { key: 'indikator', letter: 'M' },
  { key: 'utgangspunkt', letter: 'M' },
  { key: 'målverdi', letter: 'M' },
  { key: 'frist', letter: 'T' },
  { key: 'ansvarlig', letter: 'A' },
] as const;

export default defineRule({
  id: 'goal-smart',
  severity: 'error',
  summary: {
    nb: 'Et mål mangler indikator, utgangspunkt, målverdi, frist eller ansvarlig (SMART).',
    en: 'A goal lacks indikator, utgangspunkt, målverdi, frist or ansvarlig (SMART).',
  },
  messages: {
    M: {
      nb: 'Målet {goal} er ikke målbart (M i SMART): mangler «{key}».',
      en: 'Goal {goal} is not measurable (M in SMART): "{key}" is missing.',
    },
    T: {
      nb: 'Målet {goal} er ikke tidsbestemt (T i SMART): mangler «frist».',
      en: 'Goal {goal} is not time-bound (T in SMART): "frist" is missing.',
    },
    A: {
      nb: 'Målet {goal} er ikke forankret hos noen (A i SMART: akseptert): mangler «ansvarlig».',
      en: 'Goal {goal} is owned by nobody (A in SMART: agreed): "ansvarlig" is missing.',
    },
  },
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'mål')) {
      const goal = rowName(row, 'id', path);
      for (const { key, letter } of SMART_KEYS) {
        // Placeholder text is the `placeholder` rule's to report; only blanks are this rule's.
        const value = row[key];
        if (!isBlank(value)) continue;
        report(letter, [...path, key], { goal, key }, value === undefined ? 'node' : 'key');
      }
    }
  },
});

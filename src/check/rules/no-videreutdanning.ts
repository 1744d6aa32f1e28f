import type { Path } from '../../load/source.js';
import { eachText, isFunded, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

const FURTHER_EDUCATION = /videreutdanning\w*|vidareutdanning\w*|studiepoeng|further education/i;
/** "ikke videreutdanning", "not further education": a tiltak saying what it is not. */
const DENIED = /\b(?:ikke|ikkje|ingen|uten|utan|not|no)\s+(?:\S+\s+){0,2}?(?:videreutdanning|vidareutdanning|studiepoeng|further education)/i;

export default defineRule({
  id: 'no-videreutdanning',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Et tiltak som får tilskudd, er videreutdanning.',
    en: 'A funded measure is further education.',
  },
  messages: {
    named: {
      nb: '«{tiltak}» nevner «{word}»; tilskuddet kan ikke brukes til individuelle videreutdanninger, bare til kollektiv kompetanseutvikling.',
      en: '"{tiltak}" mentions "{word}"; the grant cannot pay for individual further education, only for collective competence development.',
    },
  },
  // The money «kan ikke brukes til individuelle videreutdanninger» (Statsforvalteren i
  // Innlandet, DEKOM and REKOM); it is for collective development of as many staff as possible.
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      if (!isFunded(row['tilskudd'])) continue;
      let found: { word: string; at: Path } | undefined;
      eachText(row, (text, at) => {
        const match = FURTHER_EDUCATION.exec(text);
        if (!match || DENIED.test(text)) return false;
        found = { word: match[0], at };
        return true;
      });
      if (found) report('named', [...path, ...found.at], { tiltak: rowName(row, 'tittel', path), word: found.word });
    }
  },
});

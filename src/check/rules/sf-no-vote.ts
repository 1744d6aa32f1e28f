import { rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'sf-no-vote',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Statsforvalteren har stemmerett i samarbeidsforumet.',
    en: 'The County Governor has a vote in the collaboration forum.',
  },
  messages: {
    votes: {
      nb: '{member} representerer statsforvalteren og kan ikke stemme i samarbeidsforumet; sett «stemmerett: false».',
      en: '{member} represents the County Governor, who cannot vote in the collaboration forum; set "stemmerett: false".',
    },
  },
  // The forum decides by agreement, failing that by vote: «I så tilfelle kan statsforvalteren
  // ikke stemme» (Udir, mandat for samarbeidsforum).
  check({ plan, report }) {
    for (const { row, path } of rows(plan, 'medlemmer')) {
      if (row['representerer'] === 'statsforvalter' && row['stemmerett'] === true) report('votes', [...path, 'stemmerett'], { member: rowName(row, 'navn', path) });
    }
  },
});

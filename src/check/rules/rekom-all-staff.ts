import { KINDERGARTEN_STAFF } from '../../kinds/barnehageplan/kind.js';
import { rowName, rows, textOf } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** A target group in words that still means everyone: «alle ansatte», «hele personalet». */
const EVERYONE = /\b(?:alle|hele)\b[^,;]*\b(?:ansatte|tilsette|personalet|personalgruppa|personalgruppen|medarbeidere)\b|\ball (?:the )?staff\b|\bwhole staff\b/i;

export default defineRule({
  id: 'rekom-all-staff',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Et barnehagebasert tiltak er ikke for alle ansatte i barnehagene som deltar.',
    en: 'A kindergarten-based measure is not for all staff in the kindergartens taking part.',
  },
  messages: {
    narrow: {
      nb: '«{tiltak}» er barnehagebasert, men målgruppen er «{group}»; barnehagebasert kompetanseutvikling er for alle ansatte i barnehagene som deltar («målgruppe: alle_ansatte»).',
      en: '"{tiltak}" is kindergarten-based, but its target group is "{group}"; kindergarten-based development is for all staff in the kindergartens taking part ("målgruppe: alle_ansatte").',
    },
  },
  // The target group is «alle ansatte i barnehager som deltar» (Statsforvalteren i Innlandet, REKOM).
  check({ plan, lang, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      if (row['type'] !== 'barnehagebasert') continue;
      const group = textOf(row['målgruppe'])?.trim();
      // A blank target group is `required`'s to report.
      if (!group || group === 'alle_ansatte' || EVERYONE.test(group)) continue;
      const named = Object.hasOwn(KINDERGARTEN_STAFF, group) ? KINDERGARTEN_STAFF[group]![lang] : group;
      report('narrow', [...path, 'målgruppe'], { tiltak: rowName(row, 'tittel', path), group: named });
    }
  },
});

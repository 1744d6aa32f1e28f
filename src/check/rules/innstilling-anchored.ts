import { orList } from '../../messages/catalogue.js';
import { isPlanFileReference } from '../related.js';
import { normalName, rowName, rows, textOf } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** Whether a theme is one of the priorities, or a phrase of one: «Lesing og skriving» of «Lesing og skriving i alle fag». */
function within(theme: string, area: string): boolean {
  const at = area.indexOf(theme);
  if (at < 0) return false;
  const edge = (char: string | undefined) => char === undefined || !/[\p{L}\p{N}]/u.test(char);
  return edge(area[at - 1]) && edge(area[at + theme.length]);
}

export default defineRule({
  id: 'innstilling-anchored',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Temaet til et prioritert tiltak er ikke blant prioriteringene i den langsiktige planen.',
    en: 'A prioritised measure’s theme is not among the priorities of the long-term plan.',
  },
  messages: {
    outside: {
      nb: '«{tiltak}» har tema «{tema}», som ikke er blant prioriteringene i {plan} ({areas}); prioriteringen av tiltak skal være forankret i den langsiktige planen.',
      en: '"{tiltak}" has the theme "{tema}", which is not among the priorities of {plan} ({areas}); the measures are to be anchored in the long-term plan.',
    },
    unreadable: {
      nb: 'Fant ikke den langsiktige planen «{plan}»; skriv filnavnet relativt til denne planen, eller planens tittel.',
      en: 'Could not read the long-term plan "{plan}"; give its file name relative to this plan, or its title.',
    },
    notPlan: {
      nb: '«{plan}» er ikke en langsiktig plan dekom kan lese; prioriteringene kan ikke sammenlignes.',
      en: '"{plan}" is not a long-term plan dekom can read; the priorities cannot be compared.',
    },
  },
  // «Prioritering av tiltak skal være forankret i en langsiktig plan» (Statsforvalteren i Agder).
  check({ plan, lang, report, related }) {
    const reference = textOf(plan['langsiktig_plan'])?.trim();
    // A title names the plan for the reader; only a file can be opened and compared.
    if (!reference || !isPlanFileReference(reference)) return;
    const found = related(reference);
    if (!found) return;
    if ('fault' in found) {
      report(found.fault, ['langsiktig_plan'], { plan: reference });
      return;
    }
    if (found.data['type'] !== 'langsiktig_plan') {
      report('notPlan', ['langsiktig_plan'], { plan: reference });
      return;
    }
    const areas = rows(found.data, 'prioriteringer').map(({ row }) => textOf(row['område'])?.trim()).filter((area): area is string => Boolean(area));
    if (areas.length === 0) return;
    const normal = areas.map(normalName);
    for (const { row, path } of rows(plan, 'tiltak')) {
      const theme = textOf(row['tema'])?.trim();
      if (!theme || normal.some((area) => within(normalName(theme), area))) continue;
      report('outside', [...path, 'tema'], { tiltak: rowName(row, 'tittel', path), tema: theme, plan: reference, areas: orList(areas.map((area) => (lang === 'en' ? `"${area}"` : `«${area}»`)), lang) });
    }
  },
});

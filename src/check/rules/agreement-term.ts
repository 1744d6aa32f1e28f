import { dayOf } from '../../util/dates.js';
import { isRecord, periodOf, rolesOf, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import { UH_ROLES } from './uh-partner.js';

export default defineRule({
  id: 'agreement-term',
  severity: 'warning',
  summary: {
    nb: 'Avtalen med universitet/høgskole slutter før planen gjør.',
    en: 'The agreement with the university ends before the plan does.',
  },
  messages: {
    ends: {
      nb: 'Avtalen med {partner} gjelder til {til}, men planen varer til {end}; forleng avtalen eller si hvordan partnerskapet fortsetter.',
      en: 'The agreement with {partner} runs to {til}, but the plan lasts until {end}; extend the agreement or say how the partnership goes on.',
    },
  },
  // A published network plan rested on a UH agreement that ran out a year before the plan
  // did; the partnership is the condition of the grant (Udir, Kompetanseløftet: «forpliktende partnerskap»).
  check({ plan, report, lang }) {
    const period = periodOf(plan);
    if (!period) return;
    for (const { row, path } of rows(plan, 'parter')) {
      if (!UH_ROLES.some((role) => rolesOf(row).has(role)) || !isRecord(row['avtale'])) continue;
      const til = dayOf(row['avtale']['til']);
      if (til && til < period.til) report('ends', [...path, 'avtale', 'til'], { partner: rowName(row, 'navn', path, lang), til, end: period.til });
    }
  },
});

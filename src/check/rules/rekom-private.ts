import { isRecord, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'rekom-private',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Ingen av barnehagene i planen er private, enda området har private barnehager.',
    en: 'None of the plan’s kindergartens is private, though the area has private kindergartens.',
  },
  messages: {
    area: {
      nb: 'Området har {count} private barnehager («område.private_barnehager»), men ingen av barnehagene i planen er private; eiere av offentlige og private barnehager kan delta på lik linje.',
      en: 'The area has {count} private kindergartens ("område.private_barnehager"), but none of the plan’s kindergartens is private; owners of public and private kindergartens may take part on equal terms.',
    },
    unknown: {
      nb: 'Ingen av barnehagene i planen er private («eierform: privat»); inviter de private barnehagene i området, eller skriv «område.private_barnehager: 0» når det ikke er noen.',
      en: 'None of the plan’s kindergartens is private ("eierform: privat"); invite the area’s private kindergartens, or write "område.private_barnehager: 0" when there are none.',
    },
  },
  // «Hvem kan søke: Eiere av offentlige og private barnehager og skoler» (Statsforvalteren i
  // Oslo og Viken 2022); private owners take part less (Udir, Kompetanseløftet, sluttrapport 2026).
  check({ plan, report }) {
    const listed = rows(plan, 'barnehager');
    if (listed.length === 0 || listed.some(({ row }) => row['eierform'] === 'privat')) return;
    const area = plan['område'];
    const count = isRecord(area) ? area['private_barnehager'] : undefined;
    if (count === 0) return;
    if (typeof count === 'number' && count > 0) report('area', ['barnehager'], { count }, 'key');
    else report('unknown', ['barnehager'], {}, 'key');
  },
});

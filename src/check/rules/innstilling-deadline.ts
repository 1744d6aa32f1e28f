import { dayOf } from '../../util/dates.js';
import { isRecord } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'innstilling-deadline',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Innstillingen ble vedtatt etter fristen.',
    en: 'The recommendation was adopted after its deadline.',
  },
  messages: {
    late: {
      nb: 'Innstillingen ble vedtatt {dato}, etter fristen {frist}; innstillingen skal være hos statsforvalteren innen fristen.',
      en: 'The recommendation was adopted on {dato}, after the deadline {frist}; it is to reach the County Governor by the deadline.',
    },
  },
  // Nordland's forum sends its innstilling to the statsforvalter by 15 March «hvert år»
  // (Statsforvalteren i Nordland).
  check({ plan, report }) {
    const frist = dayOf(plan['frist']);
    const dato = isRecord(plan['vedtatt']) ? dayOf(plan['vedtatt']['dato']) : undefined;
    if (frist && dato && dato > frist) report('late', ['vedtatt', 'dato'], { dato, frist });
  },
});

import { dayOf, isRecord } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'period',
  severity: 'error',
  summary: { nb: '«periode.fra» er ikke før «periode.til».', en: '"periode.fra" is not before "periode.til".' },
  messages: {
    order: {
      nb: 'Perioden slutter ({til}) før eller samme dag som den begynner ({fra}); «til» må være etter «fra».',
      en: 'The period ends ({til}) on or before the day it starts ({fra}); "til" must be after "fra".',
    },
  },
  check({ plan, report }) {
    const periode = plan['periode'];
    if (!isRecord(periode)) return;
    const fra = dayOf(periode['fra']);
    const til = dayOf(periode['til']);
    if (fra && til && fra >= til) report('order', ['periode'], { fra, til });
  },
});

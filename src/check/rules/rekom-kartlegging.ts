import { isBlank, isRecord } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'rekom-kartlegging',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'Kartleggingen av kompetansebehovene sier ikke hvilket verktøy barnehagene brukte.',
    en: 'The mapping of competence needs does not say which tool the kindergartens used.',
  },
  messages: {
    tool: {
      nb: '«kartlegging.verktøy» er tom: skriv hvilke kjente verktøy barnehagene kartla kompetansebehovene med, for eksempel Udirs ståstedsanalyse for barnehager.',
      en: '"kartlegging.verktøy" is blank: write which known tools the kindergartens mapped their needs with, for example Udir’s self-assessment for kindergartens.',
    },
  },
  // Each kindergarten maps its needs with «kjente verktøy» and reports them to the
  // municipality (Statsforvaltaren i Vestland); mapping needs «krever god kompetanse» (TFoU).
  check({ plan, report }) {
    const mapping = plan['kartlegging'];
    // A plan without its mapping is `required`'s to report.
    if (!isRecord(mapping) || !isBlank(mapping['verktøy'])) return;
    report('tool', ['kartlegging', 'verktøy'], {}, mapping['verktøy'] === undefined ? 'node' : 'key');
  },
});

import { isBlank, isRecord } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'staff-involved',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'En plan som søker midler, sier ikke hvordan de ansatte og de tillitsvalgte har vært med.',
    en: 'A plan that applies for funds does not say how the staff and their union representatives took part.',
  },
  messages: {
    missing: {
      nb: 'Skriv i «{path}» hvordan {who} har vært involvert; de ansatte og tillitsvalgte skal være med i arbeidet med behovsmeldingen.',
      en: 'Write in "{path}" how {who} took part; the staff and union representatives are to be involved in the need notification.',
    },
    none: {
      nb: 'Planen sier ikke hvordan de ansatte og de tillitsvalgte har vært involvert («medvirkning»); de skal være med i arbeidet med behovsmeldingen.',
      en: 'The plan does not say how the staff and union representatives were involved ("medvirkning"); they are to take part in the need notification.',
    },
  },
  // «De ansatte og tillitsvalgte skal være involvert i arbeidet med behovsmeldingen»
  // (Statsforvalteren i Oslo og Viken 2024). Kinds that apply for money switch it on.
  check({ plan, lang, report }) {
    const involvement = plan['medvirkning'];
    if (!isRecord(involvement)) {
      report('none', ['medvirkning'], {}, involvement === undefined ? 'node' : 'key');
      return;
    }
    const words = {
      nb: { ansatte: 'de ansatte', tillitsvalgte: 'de tillitsvalgte' },
      nn: { ansatte: 'dei tilsette', tillitsvalgte: 'dei tillitsvalde' },
      en: { ansatte: 'the staff', tillitsvalgte: 'the union representatives' },
    }[lang];
    for (const key of ['ansatte', 'tillitsvalgte'] as const) {
      if (isBlank(involvement[key])) report('missing', ['medvirkning', key], { path: `medvirkning.${key}`, who: words[key] }, involvement[key] === undefined ? 'node' : 'key');
    }
  },
});

import { schoolsTakePart } from '../participants.js';
import { isBlank, isRecord, mentions } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** Words that show a plan has thought about the pupils' own voice. */
const PUPIL_VOICE = /elevstemme|elevenes stemme|elevmedvirkning|elevsamtale|elevundersøkelse|elevane si stemme|pupil voice/i;


export default defineRule({
  id: 'elevstemmen',
  severity: 'warning',
  summary: {
    nb: 'Planen sier ikke hvordan elevstemmen ivaretas.',
    en: 'The plan does not say how the pupil voice (elevstemmen) is heard.',
  },
  messages: {
    field: {
      nb: '«{path}» er tom: skriv hvordan elevstemmen ivaretas i planlegging, gjennomføring og vurdering.',
      en: '"{path}" is blank: write how the pupil voice is heard in planning, delivery and evaluation.',
    },
    mention: {
      nb: 'Planen nevner ikke elevstemmen (elevenes stemme, elevmedvirkning, elevsamtaler eller Elevundersøkelsen) i mål eller avsnitt.',
      en: 'The plan does not mention the pupil voice (elevstemmen, elevmedvirkning, elevsamtaler or Elevundersøkelsen) in any goal or section.',
    },
  },
  // A kind with a field of its own for the pupil voice names it (`rammer.elevstemmen`);
  // elsewhere the plan must mention it somewhere.
  // Plans where no school takes part (a REKOM kindergarten plan, a PPT plan) have no pupils
  // to hear; `barns-medvirkning` asks for the children's voice there.
  check(context) {
    const { plan, options, report } = context;
    if (!schoolsTakePart(context)) return;
    if (typeof options['field'] === 'string') {
      const [section, key] = options['field'].split('.') as [string, string];
      const parent = plan[section];
      if (!isRecord(parent)) return; // the missing section is `required`'s to report
      const value = parent[key];
      if (isBlank(value)) report('field', [section, key], { path: `${section}.${key}` }, value === undefined ? 'node' : 'key');
      return;
    }
    if (mentions(plan, PUPIL_VOICE)) return;
    report('mention', 'mål' in plan ? ['mål'] : [], {}, 'key');
  },
});

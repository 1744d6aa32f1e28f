import { kindergartensTakePart } from '../participants.js';
import { isBlank, isRecord, mentions } from '../plan-data.js';
import { defineRule } from '../rule.js';

/** Words that show a plan has thought about the children's own participation. */
const CHILDREN = /barns medvirkning|barnas medvirkning|barns stemme|barnas stemme|medverknaden til barna|barna si stemme|children['’]s participation/i;

export default defineRule({
  id: 'barns-medvirkning',
  severity: 'warning',
  summary: {
    nb: 'En plan med barnehager sier ikke hvordan barns medvirkning ivaretas.',
    en: 'A plan with kindergartens does not say how the children’s participation is heard.',
  },
  messages: {
    field: {
      nb: '«{path}» er tom: skriv hvordan barns medvirkning (rammeplanen) preger planlegging, gjennomføring og vurdering.',
      en: '"{path}" is blank: write how the children’s participation (the framework plan) informs planning, delivery and evaluation.',
    },
    mention: {
      nb: 'Planen nevner ikke barns medvirkning; rammeplanen for barnehagen gjør barns medvirkning til en del av det pedagogiske arbeidet.',
      en: 'The plan does not mention the children’s participation, which the kindergarten framework plan makes part of the pedagogical work.',
    },
  },
  // The kindergarten's counterpart of the pupil voice: REKOM is about «barnehagens
  // pedagogiske praksis» and the rammeplan, where barns medvirkning is a principle.
  check(context) {
    const { plan, options, report } = context;
    if (!kindergartensTakePart(context)) return;
    if (typeof options['field'] === 'string') {
      const path = options['field'].split('.');
      const parent = path.length > 1 ? plan[path[0]!] : plan;
      if (!isRecord(parent)) return;
      const value = parent[path.at(-1)!];
      if (isBlank(value)) report('field', path, { path: options['field'] }, value === undefined ? 'node' : 'key');
      return;
    }
    if (mentions(plan, CHILDREN)) return;
    report('mention', 'mål' in plan ? ['mål'] : [], {}, 'key');
  },
});

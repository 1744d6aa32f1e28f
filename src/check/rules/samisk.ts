import { andList } from '../../messages/catalogue.js';
import { isBlank, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'samisk',
  severity: 'warning',
  perKind: true,
  summary: {
    nb: 'En barnehage ligger i et samisk språkområde, men planen sier ikke hvordan samiske perspektiver ivaretas.',
    en: 'A kindergarten lies in a Sami language area, but the plan does not say how Sami perspectives are met.',
  },
  messages: {
    blank: {
      nb: '{barnehager} ligger i et samisk språkområde, men «samiske_perspektiver» er tom: skriv hvordan arbeidet ivaretar samisk språk og kultur.',
      en: '{barnehager} lies in a Sami language area, but "samiske_perspektiver" is blank: write how the work takes care of Sami language and culture.',
    },
    blankMany: {
      nb: '{barnehager} ligger i samiske språkområder, men «samiske_perspektiver» er tom: skriv hvordan arbeidet ivaretar samisk språk og kultur.',
      en: '{barnehager} lie in Sami language areas, but "samiske_perspektiver" is blank: write how the work takes care of Sami language and culture.',
    },
  },
  // The regulation's aim is also to «sikre at samiske perspektiver blir [ivaretatt]»
  // (FOR-2021-01-26-230, § 1).
  check({ plan, lang, report }) {
    const sami = rows(plan, 'barnehager').filter(({ row }) => row['samisk_språkområde'] === true);
    if (sami.length === 0 || !isBlank(plan['samiske_perspektiver'])) return;
    const names = sami.map(({ row, path }) => rowName(row, 'navn', path));
    // A blank section is pointed at; a missing one at the first kindergarten that needs it.
    const at = plan['samiske_perspektiver'] === undefined ? [...sami[0]!.path, 'samisk_språkområde'] : ['samiske_perspektiver'];
    report(names.length === 1 ? 'blank' : 'blankMany', at, { barnehager: andList(names, lang) }, plan['samiske_perspektiver'] === undefined ? 'node' : 'key');
  },
});

import { SCHEMES, type Scheme } from '../../kinds/schemes.js';
import { kr } from '../money.js';
import { grantIn, isRecord, kronerOf, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'innstilling-sum',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Tiltakene i en ordning får mer i tilskudd for tilskuddsåret enn rammen.',
    en: 'The measures of a scheme get more for the grant year than its frame.',
  },
  messages: {
    over: {
      nb: 'Tiltakene i {scheme} har til sammen {sum} i tilskudd for {year}, {difference} over rammen på {frame}.',
      en: 'The {scheme} measures add up to {sum} for {year}, {difference} over the frame of {frame}.',
    },
    noFrame: {
      nb: 'Tiltakene i {scheme} har til sammen {sum} i tilskudd for {year}, men «ramme» har ingen ramme for {key}.',
      en: 'The {scheme} measures add up to {sum} for {year}, but "ramme" has no frame for {key}.',
    },
  },
  // The statsforvalter «fatter vedtak på bakgrunn av innstillingen» (Statsforvalteren i
  // Innlandet, REKOM) within the county's frame per scheme; a recommendation over it cannot be granted.
  check({ plan, lang, report }) {
    const year = plan['tilskuddsår'];
    const frames = plan['ramme'];
    if (typeof year !== 'number' || !isRecord(frames)) return;
    const sums = new Map<Scheme, number>();
    for (const { row } of rows(plan, 'tiltak')) {
      const scheme = row['ordning'];
      const grant = grantIn(row['tilskudd'], year);
      if (typeof scheme !== 'string' || !Object.hasOwn(SCHEMES, scheme) || grant === undefined) continue;
      sums.set(scheme as Scheme, (sums.get(scheme as Scheme) ?? 0) + grant);
    }
    for (const scheme of Object.keys(SCHEMES) as Scheme[]) {
      const sum = sums.get(scheme);
      if (!sum) continue;
      const frame = kronerOf(frames[scheme]);
      const words = { scheme: SCHEMES[scheme]![lang], sum: kr(sum, lang), year };
      if (frame === undefined) report('noFrame', ['ramme'], { ...words, key: scheme }, 'key');
      else if (sum > frame) report('over', ['ramme', scheme], { ...words, difference: kr(sum - frame, lang), frame: kr(frame, lang) });
    }
  },
});

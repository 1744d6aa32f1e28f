import { andList } from '../../messages/catalogue.js';
import { isBlank, isRecord, rowName, rows } from '../plan-data.js';
import { defineRule } from '../rule.js';
import type { MessageLang } from '../types.js';

const CRITERIA = ['lokale_behov', 'kollektiv', 'partnerskap', 'ansatte_involvert'] as const;

const WORDS: Record<MessageLang, Record<(typeof CRITERIA)[number], string>> = {
  nb: { lokale_behov: 'lokale behov', kollektiv: 'kollektiv kompetanseutvikling', partnerskap: 'partnerskap med UH', ansatte_involvert: 'ansatte og tillitsvalgte involvert' },
  nn: { lokale_behov: 'lokale behov', kollektiv: 'kollektiv kompetanseutvikling', partnerskap: 'partnarskap med UH', ansatte_involvert: 'tilsette og tillitsvalde involverte' },
  en: { lokale_behov: 'local needs', kollektiv: 'collective development', partnerskap: 'partnership with UH', ansatte_involvert: 'staff and union representatives involved' },
};

export default defineRule({
  id: 'innstilling-criteria',
  severity: 'error',
  perKind: true,
  summary: {
    nb: 'Et prioritert tiltak sier ikke hvordan det oppfyller kriteriene for tilskudd.',
    en: 'A prioritised measure does not say how it meets the criteria for funding.',
  },
  messages: {
    none: {
      nb: '«{tiltak}» sier ikke hvordan tiltaket oppfyller kriteriene; skriv «kriterier» med lokale_behov, kollektiv, partnerskap og ansatte_involvert.',
      en: '"{tiltak}" does not say how it meets the criteria; give "kriterier" with lokale_behov, kollektiv, partnerskap and ansatte_involvert.',
    },
    missing: {
      nb: '«{tiltak}» sier ikke hvordan tiltaket oppfyller kravet om {criteria} («kriterier»: {keys}).',
      en: '"{tiltak}" does not say how it meets the criterion of {criteria} ("kriterier": {keys}).',
    },
  },
  // The innstilling says «hvordan tiltaket oppfyller kriteriene» (Udir, mandat for
  // samarbeidsforum): needs «basert på lokale analyser og faglig dialog med universitet eller
  // høgskole», tiltak that give «kollektiv kompetanseutvikling som utvikler hele skolen»
  // (Statsforvalteren i Innlandet), and «De ansatte og tillitsvalgte skal være involvert i
  // arbeidet med behovsmeldingen» (Statsforvalteren i Oslo og Viken 2024).
  check({ plan, lang, report }) {
    for (const { row, path } of rows(plan, 'tiltak')) {
      const tiltak = rowName(row, 'tittel', path);
      const criteria = row['kriterier'];
      if (!isRecord(criteria)) {
        report('none', criteria === undefined ? path : [...path, 'kriterier'], { tiltak }, criteria === undefined ? 'node' : 'key');
        continue;
      }
      const missing = CRITERIA.filter((key) => isBlank(criteria[key]));
      if (missing.length === 0) continue;
      const named = andList(missing.map((key) => WORDS[lang][key]), lang);
      report('missing', [...path, 'kriterier'], { tiltak, criteria: named, keys: missing.join(', ') }, 'key');
    }
  },
});

import { eachText } from '../plan-data.js';
import { findPlaceholder } from '../placeholders.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'placeholder',
  severity: 'error',
  summary: {
    nb: 'Tekst fra Word-malen eller en plassholder står igjen («Klikk eller trykk her …», «Velg et element», TODO).',
    en: 'Text left from the Word template or a stub ("Klikk eller trykk her …", "Velg et element", TODO).',
  },
  messages: {
    found: {
      nb: '«{found}» er plassholdertekst; skriv inn det som skal stå her.',
      en: '"{found}" is placeholder text; write what belongs here.',
    },
  },
  check({ plan, report }) {
    eachText(plan, (text, path) => {
      const found = findPlaceholder(text);
      if (found !== undefined) report('found', path, { found });
    });
  },
});

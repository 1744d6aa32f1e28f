import { defineRule } from '../rule.js';

export default defineRule({
  id: 'normalised',
  severity: 'warning',
  fixable: true,
  summary: {
    nb: 'En verdi er skrevet annerledes enn formatet vil ha den, og er tolket; `--fix` skriver den om.',
    en: 'A value is written otherwise than the format wants it and has been read; `--fix` rewrites it.',
  },
  // Reported by the engine as it reads the plan (src/check/normalise.ts), so every rule after
  // it sees the value as it was read.
  messages: {
    value: {
      nb: '«{from}» er lest som {to}; skriv {to} (dekom check --fix gjør det).',
      en: '"{from}" is read as {to}; write {to} (dekom check --fix does it).',
    },
    list: {
      nb: '«{from}» er lest som en liste, {to}; skriv {to} (dekom check --fix gjør det).',
      en: '"{from}" is read as a list, {to}; write {to} (dekom check --fix does it).',
    },
    month: {
      nb: '«{from}» er lest som {to}: en måned alene er siste dag i måneden (første dag når en periode begynner); skriv {to}.',
      en: '"{from}" is read as {to}: a month alone is its last day (its first where a period starts); write {to}.',
    },
    autumn: {
      nb: '«{from}» er lest som {to}: en frist «høsten» er 31. desember (1. august når en periode begynner); skriv {to}.',
      en: '"{from}" is read as {to}: a deadline "in the autumn" is 31 December (1 August where a period starts); write {to}.',
    },
    spring: {
      nb: '«{from}» er lest som {to}: en frist «våren» er 30. juni (1. januar når en periode begynner); skriv {to}.',
      en: '"{from}" is read as {to}: a deadline "in the spring" is 30 June (1 January where a period starts); write {to}.',
    },
    week: {
      nb: '«{from}» er lest som {to}, fredagen i uka; skriv {to}.',
      en: '"{from}" is read as {to}, the Friday of that week; write {to}.',
    },
  },
});

import { defineRule } from '../rule.js';

export default defineRule({
  id: 'schema',
  severity: 'error',
  summary: {
    nb: 'En verdi har feil type eller form, eller planen har ukjent type.',
    en: 'A value has the wrong type or form, or the plan type is unknown.',
  },
  messages: {
    type: { nb: '«{key}» skal være {expected}, ikke {received}.', en: '"{key}" must be {expected}, not {received}.' },
    date: {
      nb: '«{value}» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD{hint}.',
      en: '"{value}" is not a valid date; write YYYY-MM-DD{hint}.',
    },
    dateTime: {
      nb: '«{value}» er ikke en gyldig dato eller tid; skriv ÅÅÅÅ-MM-DD, eller med klokkeslett ÅÅÅÅ-MM-DDTtt:mm{hint}.',
      en: '"{value}" is not a valid date or date-time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM{hint}.',
    },
    oneOf: { nb: '«{value}» er ikke tillatt for «{key}»; bruk en av: {allowed}{hint}.', en: '"{value}" is not allowed for "{key}"; use one of: {allowed}{hint}.' },
    version: { nb: '«dekom» skal være 1 (formatversjonen).', en: '"dekom" must be 1 (the format version).' },
    kind: {
      nb: 'Ukjent plantype «{value}»; bruk en av: {allowed}{hint}.',
      en: 'Unknown plan type "{value}"; use one of: {allowed}{hint}.',
    },
    kindNotName: {
      nb: '«type» skal være navnet på en plantype, ikke {received} ({value}); bruk en av: {allowed}.',
      en: '"type" must name a plan type, not {received} ({value}); use one of: {allowed}.',
    },
    tag: {
      nb: 'YAML-taggen «{tag}» brukes ikke i planer; verdien leses som vanlig tekst, liste eller tabell. Fjern taggen.',
      en: 'The YAML tag "{tag}" has no use in a plan; the value is read as plain text, list or mapping. Remove the tag.',
    },
    notFinite: {
      nb: '«{key}» skal være et tall dekom kan regne med, ikke «{value}» ({what}).',
      en: '"{key}" must be a number dekom can calculate with, not "{value}" ({what}).',
    },
    min: { nb: '«{key}» skal være minst {min}.', en: '"{key}" must be at least {min}.' },
    max: { nb: '«{key}» skal være høyst {max}.', en: '"{key}" must be at most {max}.' },
    integer: { nb: '«{key}» skal være et heltall.', en: '"{key}" must be a whole number.' },
    email: { nb: '«{value}» er ikke en e-postadresse.', en: '"{value}" is not an e-mail address.' },
    other: { nb: 'Ugyldig verdi for «{key}».', en: 'Invalid value for "{key}".' },
    monthDay: {
      nb: '«{value}» er ikke en måned og dag; skriv MM-DD, for eksempel «årlig: 03-15» for 15. mars hvert år.',
      en: '"{value}" is not a month and day; write MM-DD, for example "årlig: 03-15" for 15 March every year.',
    },
    periodWords: {
      nb: '«{value}» er ikke et tidsrom dekom kan lese; skriv «fra» og «til», et år (2026), flere år (2025–2027) eller et skoleår (skoleåret 2025/26).',
      en: '"{value}" is not a period dekom can read; write "fra" and "til", a year (2026), several years (2025–2027) or a school year (skoleåret 2025/26).',
    },
  },
});

import type { RenderMessageKey } from '../render.js';

/** What `render` says on the command line, in nynorsk. */
export const nnRender: Record<RenderMessageKey, string> = {
  docxToStdout: 'Eit Word-dokument kan ikkje skrivast til standard ut; oppgje ei fil med --output, til dømes -o plan.docx.',
  unknownExtension: 'Kan ikkje avgjere formatet ut frå filnamnet «{path}»; bruk --format md eller --format docx.',
  sameAsInput: '«{path}» er sjølve planen; vel eit anna filnamn for resultatet.',
  invalid: 'Planen kan ikkje gjerast om til eit dokument før feila i strukturen over er retta.',
  incompleteOne: 'merk: planen har 1 feil; det som manglar, er merkt «{marker}». Sjå «dekom check {file}».',
  incomplete: 'merk: planen har {count} feil; det som manglar, er merkt «{marker}». Sjå «dekom check {file}».',
  xmlChars: 'merk: {count} teikn som Word ikkje kan lagre (kontrollteikn, U+FFFE eller U+FFFF), er tekne ut av dokumentet; dei står i {paths}. Slett dei i planen.',
  templateSyntax: '{where}: feil i malen: {detail}',
  unclosedBlock: '{where}: {{#{name}}} blir aldri lukka; set inn {{/{name}}} der blokka skal slutte.',
  missingPartial: '{where}: delmalen «{name}» finst ikkje; tilgjengelege delmalar er {available}.',
  missingHelper: '{where}: hjelparen «{name}» finst ikkje; tilgjengelege hjelparar er {available}.',
  templateRuntime: '{where}: malen feila under utskrift: {detail}',
  noTemplates: 'Fann ikkje malane til dekom (mappa templates/ i pakken); installer dekom på nytt.',
  unknownKind: 'Planen har ingen kjend «type» ({value}); bruk ein av: {kinds}.',
};

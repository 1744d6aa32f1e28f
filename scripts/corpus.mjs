// Synthetic corpus of plans for the benchmark: realistic size and shape, deterministic from a
// seed so two machines (or two runs) time exactly the same bytes.
// CLI: node scripts/corpus.mjs <dir> <count> [--seed N] [--defect-rate 0.1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Document, isScalar, visit } from 'yaml';

/** Bumped whenever the output changes, so the bench regenerates stale corpora. */
export const CORPUS_VERSION = 1;
/** Written last, so a half-generated corpus is never mistaken for a complete one. */
export const MARKER = '.dekom-corpus.json';
const PER_FOLDER = 20;
const DAY = 86_400_000;
// The bench checks with --today 2026-11-24; earlier tasks are done, so clean plans raise no `overdue`.
const TODAY = Date.UTC(2026, 10, 24);

// mulberry32: tiny and seedable; Math.random cannot be seeded.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word lists as `|`-separated strings: long lists of names read better that way than as arrays.
const list = (words) => words.split('|');
const KOMMUNER = list('Arendal|Grimstad|Lillesand|Vennesla|Lindesnes|Farsund|Flekkefjord|Kvinesdal|Åseral|Bygland|' +
  'Evje og Hornnes|Birkenes|Froland|Åmli|Tvedestrand|Risør|Vegårshei|Steinkjer|Levanger|Verdal|Stjørdal|Malvik|' +
  'Orkland|Oppdal|Røros|Namsos|Frøya|Hitra|Indre Fosen|Ørland|Melhus|Skaun');
const STEDER = list('Haugen|Solbakken|Lia|Nordby|Sørbø|Fjellheim|Vestre|Moen|Strand|Åsen|Holt|Rønningen|Tjønna|' +
  'Kirkebakken|Brattås|Lysåsen|Grønnåsen|Bjørkelia');
const SKOLETYPER = list('skole|barneskole|ungdomsskole|oppvekstsenter');
const NETTVERK = list('Østre Agder|Midt-Agder|Lister|Setesdal|Innherred|Trondheimsregionen|Fosen|Namdal|Værnes');
const UH = list('Universitetet i Agder|NTNU|Nord universitet|Høgskulen på Vestlandet|Universitetet i Sørøst-Norge');
const FORNAVN = list('Kari|Ola|Ingrid|Lars|Solveig|Per|Marit|Jon|Astrid|Håkon|Sigrid|Øyvind|Tone|Bjørn|Hilde|Erlend|' +
  'Randi|Torbjørn|Åse|Kjetil');
const ETTERNAVN = list('Hansen|Johansen|Olsen|Larsen|Berg|Haugland|Dahl|Lie|Bakke|Sæther|Nygård|Solberg|Strøm|Aasen|' +
  'Eriksen|Fjeld|Holm|Myrvold');
const ROLLER = list('rektor|oppvekstsjef|nettverkskoordinator|utviklingsveileder');
const MÅLGRUPPER = list('Lærere 1.–7. trinn|Lærere og ledere|Ressurspersoner|Hele personalet');
const SAMMENHENG = list('Oppfølgingsordningen|Kompetanseløftet for spesialpedagogikk og inkluderende praksis|' +
  'Kommunens kvalitetsplan');
const OPPGAVER = list('Kartlegging av ståsted|Felles analyse av resultater|Oppstartssamling for personalet|' +
  'Lesing av fagartikler i team|Utprøving av undervisningsopplegg|Kollegaobservasjon|Elevsamtaler om læring|' +
  'Erfaringsdeling på trinn|Midtveisevaluering|Workshop med UH-partner|Oppdatering av tiltaksplan|' +
  'Nettverkssamling for ressurspersoner|Rapport til skoleeier|Sluttevaluering');
const HVEM = list('Prosjektgruppe|Nettverkssamling|Ledersamling|Ressurspersoner|Plangruppe|Hele personalet');
// Theme, indicator, baseline and target: one goal's measurable half stays coherent.
const TEMAER = [
  ['Lesing i alle fag', 'Nasjonale prøver i lesing, 8. trinn: andel elever på mestringsnivå 1–2', '24 %', '18 %'],
  ['Vurdering for læring', 'Elevundersøkelsen, indeksen «Vurdering for læring»', '3,6', '4,0'],
  ['Inkluderende læringsmiljø', 'Elevundersøkelsen, indeksene «Trivsel» og «Mobbing på skolen»', '4,1', '4,4'],
  ['Dybdelæring og tverrfaglige temaer', 'Kollegaobservasjon med felles skjema, to ganger i året', '2 av 10', '6 av 10'],
  ['Regning i alle fag', 'Kartleggingsprøven i regning, 3. trinn: andel under bekymringsgrensen', '21 %', '14 %'],
  ['Profesjonsfellesskap og kollegaveiledning', 'Ståstedsanalysen, området «Profesjonsfellesskap»', '2,8', '3,5'],
  ['Tidlig innsats i begynneropplæringen', 'Kartleggingsprøven i lesing, 2. trinn', '19 %', '12 %'],
].map(([tema, indikator, fra, til]) => ({ tema, indikator, fra, til }));
const SETNINGER = [
  'Arbeidet bygger på skolens egne analyser og på drøftinger i profesjonsfellesskapet.',
  'Lærerne prøver ut nye undervisningsopplegg i egne klasser og deler erfaringer i teamtida.',
  'Elevstemmen er en rettesnor: elevene blir spurt om egen læring gjennom elevsamtaler og Elevundersøkelsen.',
  'Skoleledelsen har ansvar for å sette av tid til kollektive læringsprosesser i fellestida.',
  'Ressurspersonene fra nettverket støtter teamene mellom samlingene.',
  'Vi vil unngå fragmentering ved å se satsingen i sammenheng med kommunens kvalitetsplan.',
  'UH-partneren bidrar med forskningsbasert kunnskap og veiledning i analysefasen.',
  'Resultatene fra nasjonale prøver og kartleggingsprøver drøftes i plenum hver høst.',
  'Erfaringsdeling skjer i trinnmøter, på fagdager og i nettverkssamlinger.',
  'Planen evalueres ved skoleårets slutt, og justeringer tas inn i neste års tiltaksplan.',
  'Foreldrerådets arbeidsutvalg og elevrådet blir orientert om arbeidet to ganger i året.',
  'Kollegaveiledning og observasjon i klasserommet gir et felles språk om undervisning.',
  'Tillitsvalgte er involvert i planleggingen, og planen er drøftet i samarbeidsutvalget.',
  'Vi bruker en enkel syklus: kartlegge, analysere, prøve ut, dele og vurdere.',
  'Det settes av to timer i måneden til arbeid med utviklingsarbeidet på hver skole.',
  'Tidligere satsinger på lesing og klasseledelse er et godt grunnlag å bygge videre på.',
  'Vi legger vekt på at kompetansehevingen skal komme alle elevene til gode.',
  'Samarbeidet med barnehagene sikrer en god overgang til skolen.',
];

function toolkit(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const some = (xs, n) => {
    const left = [...xs];
    return Array.from({ length: Math.min(n, xs.length) }, () => left.splice(Math.floor(rand() * left.length), 1)[0]);
  };
  const person = () => `${pick(FORNAVN)} ${pick(ETTERNAVN)}`;
  const para = (lo, hi) => some(SETNINGER, int(lo, hi)).join(' ');
  const bullets = () => some(SETNINGER, int(2, 3)).map((s) => `- ${s}`).join('\n');
  // Sections mix paragraphs and bullet lists: both are Markdown and become `|` block scalars.
  const section = () => (rand() < 0.5 ? `${para(1, 2)}\n\n${para(1, 1)}` : `${para(1, 1)}\n\n${bullets()}`);
  return { rand, int, pick, some, person, para, section };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const isoTime = (ms, hour) => `${iso(ms)}T${String(hour).padStart(2, '0')}:${hour % 2 ? '30' : '00'}`;

/** The parts every kind shares: header, partners, goals, tasks and meetings, all mutually consistent. */
function common(t, kind) {
  const { int, pick, some, person, para } = t;
  const startYear = pick([2025, 2026]);
  const fra = Date.UTC(startYear, 7, 1);
  const til = Date.UTC(startYear + (kind === 'kompetanseplan' ? 4 : 2), 6, 31);
  const inside = () => fra + int(20, Math.floor((til - fra) / DAY) - 10) * DAY;
  const kommune = pick(KOMMUNER);
  const skole = `${pick(STEDER)} ${pick(SKOLETYPER)}`;
  const nettverk = `Kompetansenettverk ${pick(NETTVERK)}`;
  const tema = pick(TEMAER);
  const epost = `post@${kommune.toLowerCase().replace(/[^a-z]/g, '')}.kommune.no`;
  const kontakt = { navn: person(), epost, rolle: pick(ROLLER) };
  const part = (navn, rolle, ansvar) => ({ navn, rolle, kontaktperson: person(), ansvar });
  const parter = [
    part(pick(UH), 'uh', 'Faglig støtte og veiledning i analyse, gjennomføring og evaluering (UP1).'),
    ...some(KOMMUNER, kind === 'skoleplan' ? 1 : int(2, 4)).map((k) =>
      part(`${k} kommune`, 'skoleeier', 'Sette av tid og ressurser, og forankre arbeidet politisk.')),
    kind === 'skoleplan'
      ? part(skole, 'skole', 'Lede arbeidet i personalet og dele erfaringer.')
      : part('Ressurspersoner i nettverket', 'ressursperson', 'Lede arbeidet i personalet og dele erfaringer.'),
  ];
  // Every `ansvarlig` names someone the plan knows, so a clean plan passes `owner-known`.
  const owners = [kontakt.navn, kontakt.rolle, ...parter.map((p) => p.kontaktperson)];
  const goals = Array.from({ length: int(2, 3) }, (_, i) => ({
    id: `M${i + 1}`,
    beskrivelse: `${tema.tema}: ${para(1, 1)}`,
    indikator: tema.indikator,
    utgangspunkt: `${tema.fra} (${pick(['høsten', 'våren'])} ${startYear})`,
    målverdi: tema.til,
    frist: iso(inside()),
    ansvarlig: pick(owners),
    forankring: `Vedtatt i ledergruppa og drøftet med tillitsvalgte i ${pick(['juni', 'oktober'])} ${startYear}.`,
    begrunnelse: para(1, 2),
  }));
  const tasks = Array.from({ length: int(5, 15) }, () => {
    const frist = inside();
    const status = frist < TODAY ? 'fullført' : pick(['planlagt', 'pågår']);
    const mål = some(goals.map((g) => g.id), int(1, 2));
    return { oppgave: pick(OPPGAVER), beskrivelse: para(1, 1), ansvarlig: pick(owners), frist: iso(frist), status, mål };
  });
  // Meetings at most ~80 days apart, so a clean plan never trips `meeting-gap`.
  const meetings = [];
  for (let d = fra + int(10, 30) * DAY; d < til - 30 * DAY && meetings.length < int(4, 8); d += int(25, 80) * DAY) {
    const sted = `${pick(STEDER)} ${pick(SKOLETYPER)}`;
    const m = { dato: isoTime(d, int(8, 14)), hvem: pick(HVEM), sted, innhold: para(1, 1), ansvarlig: pick(owners) };
    if (t.rand() < 0.5) m.forberedelser = para(1, 1);
    meetings.push(m);
  }
  const tittel = {
    skoleplan: `Utviklingsplan for ${skole}`,
    kommuneplan: `Kompetanseplan for ${kommune} kommune`,
    nettverksplan: `Plan og avtale om nettverkssamarbeid – ${tema.tema.toLowerCase()}`,
    kompetanseplan: `Langsiktig kompetanseutviklingsplan ${startYear}–${startYear + 4}`,
  }[kind];
  const organisasjon = { skoleplan: skole, kommuneplan: `${kommune} kommune` }[kind] ?? nettverk;
  const språk = t.rand() < 0.3 ? { språk: 'nb' } : {};
  const head = { dekom: 1, type: kind, tittel, organisasjon, ...språk, periode: { fra: iso(fra), til: iso(til) }, kontakt };
  const evaluering = `${t.section()}\n\nVi ser særlig på om elevstemmen kommer fram i arbeidet.`;
  return { head, parter, goals, tasks, meetings, evaluering, tema, nettverk, startYear, inside };
}

/** One clean plan of `kind`: every section filled, so `check` finds nothing but what a defect adds. */
function makePlan(t, kind) {
  const { int, pick, para, section } = t;
  const { head, parter, goals: mål, tasks: oppgaver, meetings: tidsplan, evaluering, tema, ...c } = common(t, kind);
  if (kind === 'skoleplan') {
    const rammer = { skolebasert: para(1, 2), forankring: para(1, 2), sammenheng: para(1, 2), elevstemmen: para(1, 2) };
    return {
      ...head, tema: tema.tema, innledning: section(), rammer, parter, situasjonsbeskrivelse: section(), mål,
      analyse: section(), oppgaver, organisering: section(), ...(t.rand() < 0.6 ? { tidsplan } : {}),
      tegn_på_læring: section(), evaluering,
    };
  }
  if (kind === 'kommuneplan') {
    const milepæler = Array.from({ length: int(2, 4) }, () => ({ dato: iso(c.inside()), beskrivelse: para(1, 1) }));
    milepæler.sort((a, b) => a.dato.localeCompare(b.dato));
    const forankringsstrategi = { politisk_nivå: para(1, 2), skoler_og_barnehager: para(1, 2), milepæler };
    return {
      ...head, utviklingsområder: section(), parter, mål, organisering_og_forankring: section(), forankringsstrategi,
      gjennomføring: section(), oppgaver, ...(t.rand() < 0.5 ? { tidsplan } : {}), andre_tiltak: para(1, 2),
      finansiering: para(1, 2), utfordringer_og_muligheter: section(), evaluering,
    };
  }
  if (kind === 'nettverksplan') {
    const timer = parter.map((p) => ({ part: p.navn, timer: int(4, 40) * 5 }));
    const ressurser = { budsjett: int(20, 90) * 10_000, timer, beskrivelse: para(1, 2) };
    return {
      ...head, innledning: section(), ressurser, parter, samarbeidsform: para(1, 2),
      samarbeidsplattform: `Teams-område for nettverket. ${para(1, 1)}`, ansvarsfordeling: section(), mål,
      kunnskapsgrunnlag: section(), arbeidsmåter: section(), forankring: para(1, 2),
      informasjon: { ledere: para(1, 2), deltakere: para(1, 2) }, gjennomføring: section(), videreføring: para(1, 2),
      evaluering, sluttføring: para(1, 2), oppgaver, tidsplan,
    };
  }
  const innstillingsår = c.startYear + 1;
  const years = [0, 1, 2, 3].map((i) => c.startYear + i);
  const kompetansebehov = Array.from({ length: int(4, 7) }, (_, i) => {
    const år = years.slice(int(0, 2)).slice(0, int(1, 3));
    const tiltak = `${pick(TEMAER).tema}: ${para(1, 1)}`;
    const row = { behov: para(1, 1), prioritet: i + 1, tiltak, målgruppe: pick(MÅLGRUPPER), år, up2: pick(UH) };
    // Costs belong to the recommendation year only (`cost-year`).
    if (år.includes(innstillingsår)) row.kostnad = int(5, 60) * 10_000;
    return { ...row, sammenheng_med: pick(SAMMENHENG) };
  });
  const intensjoner = {
    lokale_behov: para(2, 3), sammenheng: para(2, 3), kollektive_prosesser: para(2, 3),
    elevstemmen: para(1, 2), partnerskap: para(1, 2),
  };
  const analyse = { alle_skoleeiere_involvert: true, bygger_på_skoleeiernes_analyser: true, samarbeid_med_up1: true };
  return {
    ...head, nettverk: c.nettverk, innstillingsår, søknadsfrist: iso(Date.UTC(innstillingsår, 2, 15)), intensjoner,
    parter, analyse, up1: parter[0].navn, kompetansebehov, egenandel_bekreftet: true,
    ...(t.rand() < 0.6 ? { mål, oppgaver } : { tidsplan }), evaluering,
  };
}

const REQUIRED_SECTIONS = {
  skoleplan: ['situasjonsbeskrivelse', 'analyse', 'evaluering', 'tegn_på_læring'],
  kommuneplan: ['utviklingsområder', 'finansiering', 'evaluering'],
  nettverksplan: ['samarbeidsform', 'kunnskapsgrunnlag', 'evaluering', 'tidsplan'],
  kompetanseplan: ['intensjoner', 'evaluering', 'nettverk'],
};

/** Breaks a plan the ways real plans are broken; returns the names of the defects applied. */
function addDefects(t, plan) {
  const applied = [];
  const options = ['missing-section', 'placeholder', 'date-outside'];
  if (plan.mål) options.push('goal-no-indikator');
  if (plan.oppgaver) options.push('task-no-owner');
  for (const defect of t.some(options, t.int(1, 2))) {
    if (defect === 'missing-section') delete plan[t.pick(REQUIRED_SECTIONS[plan.type])];
    if (defect === 'goal-no-indikator') delete t.pick(plan.mål).indikator;
    if (defect === 'task-no-owner') delete t.pick(plan.oppgaver).ansvarlig;
    if (defect === 'placeholder') plan[t.pick(['tittel', 'evaluering'])] = 'Klikk eller trykk her for å skrive inn tekst.';
    if (defect === 'date-outside') {
      const rows = plan.oppgaver ?? plan.mål ?? [];
      if (!rows.length) {
        plan.periode = { fra: plan.periode.til, til: plan.periode.fra };
        applied.push('period-reversed');
        continue;
      }
      t.pick(rows).frist = iso(Date.parse(plan.periode.til) + t.int(30, 200) * DAY);
    }
    applied.push(defect);
  }
  return applied;
}

// Written as people write plans by hand: `|` blocks, unwrapped lines, `mål: [M1, M2]`.
function toYaml(plan) {
  const doc = new Document(plan);
  visit(doc, { Seq: (_, seq) => void (seq.flow = seq.items.every((item) => isScalar(item))) });
  return doc.toString({ blockQuote: 'literal', lineWidth: 0 });
}

const FILE_PREFIX = { skoleplan: 'skole', kommuneplan: 'kommuneplan', nettverksplan: 'nettverk', kompetanseplan: 'kompetanseplan' };

/**
 * Writes `count` plans under `dir/kommune-NNN/<kind>-NN.yaml` and a marker listing which files
 * carry defects (the bench renders only clean ones). Returns that marker.
 */
export function generateCorpus(dir, count, { seed = 1, defectRate = 0.1 } = {}) {
  const t = toolkit(mulberry32(seed));
  // A stream of its own, so which plans are defective does not shift when the text pools change.
  const pickDefective = mulberry32(seed ^ 0x9e3779b9);
  const files = [];
  const defects = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = t.rand();
    const kind = r < 0.55 ? 'skoleplan' : r < 0.75 ? 'kommuneplan' : r < 0.9 ? 'nettverksplan' : 'kompetanseplan';
    const plan = makePlan(t, kind);
    const draw = pickDefective();
    const defective = draw < defectRate;
    const applied = defective ? addDefects(t, plan) : [];
    const header = `# yaml-language-server: $schema=https://dekom.no/schemas/${kind}.schema.json\n`;
    let text = header + toYaml(plan);
    // Real plans stay under ~10 kB; the long tail comes from task tables, so trim those.
    while (text.length > 9800 && plan.oppgaver?.length > 5) {
      plan.oppgaver.pop();
      text = header + toYaml(plan);
    }
    // About one defective plan in ten (1 % overall) is not even well-formed YAML.
    if (draw < defectRate / 10) {
      text = text.replace('\n  til: ', '\n til: '); // the classic slip: one space short
      applied.push('yaml-syntax');
    }
    const folder = `kommune-${String(Math.floor(i / PER_FOLDER) + 1).padStart(3, '0')}`;
    const file = `${folder}/${FILE_PREFIX[kind]}-${String((i % PER_FOLDER) + 1).padStart(2, '0')}.yaml`;
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, file), text);
    files.push(file);
    bytes += Buffer.byteLength(text);
    if (applied.length) defects[file] = applied;
  }
  const marker = { version: CORPUS_VERSION, seed, defectRate, count, bytes, files, defects };
  writeFileSync(join(dir, MARKER), JSON.stringify(marker, null, 1));
  return marker;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = { seed: { type: 'string', default: '1' }, 'defect-rate': { type: 'string', default: '0.1' } };
  const { values, positionals: [dir, count] } = parseArgs({ options, allowPositionals: true });
  if (!dir || !(Number(count) >= 0)) {
    console.error('usage: node scripts/corpus.mjs <dir> <count> [--seed N] [--defect-rate 0.1]');
    process.exit(2);
  }
  const m = generateCorpus(dir, Number(count), { seed: Number(values.seed), defectRate: Number(values['defect-rate']) });
  console.log(`${m.count} plans, ${Object.keys(m.defects).length} with defects, ${Math.round(m.bytes / 1024)} kB in ${dir}`);
}

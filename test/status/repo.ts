import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT } from '../helpers.js';

/** The day every status test takes as today. */
export const TODAY = '2026-11-24';

type Plan = Record<string, unknown> & { oppgaver?: Array<Record<string, unknown>>; tidsplan?: Array<Record<string, unknown>>; parter?: Array<Record<string, unknown>> };

const example = (name: string): Plan => parse(readFileSync(path.join(ROOT, 'examples', name), 'utf8')) as Plan;
const SKOLE = 'skoleplan-heimdal-ungdomsskole.yaml';
const NETTVERK = 'nettverksplan-lister-digital-vurdering.yaml';
const KOMPETANSE = 'kompetanseplan-agder-vest.yaml';
const KOMMUNE = 'kommuneplan-lindesnes.yaml';

function school(organisation: string, change: (plan: Plan) => void = () => {}): Plan {
  const plan = example(SKOLE);
  plan['organisasjon'] = organisation;
  plan['tittel'] = `Lesing i alle fag ved ${organisation}`;
  change(plan);
  return plan;
}

/**
 * A county's plan repository of 12 plans: four clean examples; two networks with their
 * long-term plans; schools with overdue, yearly, finished and cancelled tasks; one
 * municipality plan with an error, and the draft that fails on purpose. A YAML file that is
 * not a plan lies beside them and must not count.
 */
export function planRepository(dir: string): { files: string[] } {
  const plans: Record<string, Plan | string> = {
    'agder/kompetanseplan-agder-vest.yaml': example(KOMPETANSE),
    'agder/nettverk-lister.yaml': example(NETTVERK),
    'agder/nettverk-setesdal.yaml': (() => {
      const plan = example(NETTVERK);
      plan['organisasjon'] = 'Nettverket for klasseledelse i Setesdal';
      plan['tittel'] = 'Klasseledelse i Setesdal; plan og avtale';
      plan.tidsplan!.push({ dato: '2026-12-03T09:00', slutt: '2026-12-03T15:00', hvem: 'Nettverkssamling 4', sted: 'Valle skule', innhold: 'Klasseledelse, del 2', ansvarlig: 'Sigrid Myklebust' });
      plan.oppgaver!.push({ oppgave: 'Rapport til skoleeierne', beskrivelse: 'Kort rapport om høsten.', ansvarlig: 'Sigrid Myklebust', frist: '2026-10-15', status: 'pågår' });
      return plan;
    })(),
    'agder/kompetanseplan-setesdal.yaml': (() => {
      const plan = example(KOMPETANSE);
      plan['organisasjon'] = 'Kompetansenettverket Setesdal';
      plan['nettverk'] = 'Kompetansenettverket Setesdal';
      plan['tittel'] = 'Langsiktig plan for Setesdal';
      return plan;
    })(),
    'agder/kommuneplan-lindesnes.yaml': example(KOMMUNE),
    'agder/kommuneplan-farsund.yaml': (() => {
      const plan = example(KOMMUNE);
      plan['organisasjon'] = 'Farsund kommune';
      delete plan['evaluering'];
      return plan;
    })(),
    'skoler/heimdal.yaml': example(SKOLE),
    'skoler/saupstad.yaml': readFileSync(path.join(ROOT, 'test/fixtures/draft/utkast-skoleplan.yaml'), 'utf8'),
    'skoler/lyngdal.yaml': school('Lyngdal ungdomsskole', (plan) => {
      plan.parter!.push({ navn: 'Lyngdal kommune', rolle: 'skoleeier', kontaktperson: 'Kari Nordmann', ansvar: 'Skoleeier; frikjøp og oppfølging.' });
      plan.oppgaver!.push({ oppgave: 'Rapport til kommunestyret', beskrivelse: 'Årlig rapport.', ansvarlig: 'Kari Nordmann', frist: { årlig: '12-01' }, status: 'planlagt' });
    }),
    'skoler/vanse.yaml': school('Vanse skole', (plan) => {
      for (const task of plan.oppgaver!) task['status'] = 'fullført';
    }),
    'skoler/kvinesdal.yaml': school('Kvinesdal skole; ungdomstrinnet', (plan) => {
      plan.parter!.push({ navn: 'Kvinesdal kommune', rolle: 'skoleeier', kontaktperson: 'Kari Nordmann', ansvar: 'Skoleeier.' });
      plan.oppgaver!.push({ oppgave: 'Kartlegging av lesing', beskrivelse: 'Alle trinn.', ansvarlig: 'Kari Nordmann', frist: '2026-11-01', status: 'planlagt' });
    }),
    'skoler/flekkefjord.yaml': school('Flekkefjord skole', (plan) => {
      plan.oppgaver![0]!['status'] = 'avlyst';
      plan.oppgaver![1]!['status'] = 'pågår';
    }),
    'skoler/notater.yaml': 'notater: ikke en plan\n',
  };
  const files: string[] = [];
  for (const [name, plan] of Object.entries(plans)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof plan === 'string' ? plan : stringify(plan, { lineWidth: 0 }));
    if (name !== 'skoler/notater.yaml') files.push(name);
  }
  return { files: files.sort() };
}

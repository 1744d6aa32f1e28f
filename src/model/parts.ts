import { z } from 'zod';
import { dateOrDateTime, isoDate, measure, recommended, text } from './primitives.js';

export const PARTNER_ROLES = [
  'uh',
  'skoleeier',
  'barnehageeier',
  'skoleleder',
  'styrer',
  'ressursperson',
  'skole',
  'barnehage',
  'fylke',
  'statsforvalter',
  'annen',
] as const;

export const TASK_STATUSES = ['planlagt', 'pågår', 'fullført', 'avlyst'] as const;

export const period = z
  .strictObject({
    fra: isoDate('Første dag i perioden planen gjelder for (ÅÅÅÅ-MM-DD).'),
    til: isoDate('Siste dag i perioden planen gjelder for (ÅÅÅÅ-MM-DD). Må være etter «fra».'),
  })
  .describe('Tidsrom: fra dato til dato. Hvem gjelder planen for, og for hvor lenge?');

export const contact = z
  .strictObject({
    navn: text('Navn på den som fyller ut planen.'),
    epost: recommended(z.email().describe('E-postadresse til den som fyller ut planen.')),
    rolle: recommended(text('Rollen til den som fyller ut planen, for eksempel nettverkskoordinator eller rektor.')),
  })
  .describe('Kontaktperson: navn på den som fyller ut planen.');

export const partner = z
  .strictObject({
    navn: text('Navn på parten: kommune, universitet/høgskole, skole, barnehage eller annen part.'),
    rolle: z
      .enum(PARTNER_ROLES)
      .describe(
        'Partens rolle: uh (universitet/høgskole), skoleeier, barnehageeier, skoleleder, styrer, ressursperson, skole, barnehage, fylke, statsforvalter eller annen.',
      ),
    kontaktperson: recommended(text('Kontaktperson hos parten.')),
    ansvar: recommended(text('Hva parten har ansvar for i samarbeidet.')),
  })
  .describe('En part i samarbeidet.');

export const partners = (description: string) => z.array(partner).describe(description);

export const PARTNERS_HELP =
  'Partnere i samarbeidet: partnere i prosjektgruppa (kommune/universitet/skole/andre parter) og deltakere i kompetansehevingen. I nettverksplaner og kompetanseplaner er universitet eller høgskole (UH) påkrevd partner.';

export const goal = z
  .strictObject({
    id: recommended(z.string().describe('Kort, unik id for målet, for eksempel M1. Oppgaver viser til målet med denne id-en.')),
    beskrivelse: text(
      'Spesifikt: hva skal være annerledes, og for hvem? Hva er målet, og hvorfor skal vi ha dette målet?',
    ),
    indikator: recommended(
      text('Målbart: hvordan måles det? For eksempel et spørsmål i Elevundersøkelsen, en kartleggingsprøve eller en observasjon.'),
    ),
    utgangspunkt: recommended(measure('Målbart: utgangspunktet i dag, med kilde (nasjonale prøver, Elevundersøkelsen, Ståstedsanalysen ...).')),
    målverdi: recommended(measure('Målbart: verdien målet er nådd ved.')),
    frist: recommended(isoDate('Tidsbestemt: datoen målet skal være nådd (ÅÅÅÅ-MM-DD).')),
    ansvarlig: recommended(text('Hvem svarer for at målet nås?')),
    forankring: recommended(text('Akseptert: hvem har sluttet seg til målet, og når?')),
    begrunnelse: recommended(
      text('Realistisk og relevant: hvorfor dette målet, ut fra situasjonen og analysen? Hvilke kartlegginger bygger valget på?'),
    ),
  })
  .describe('Et SMART-mål: spesifikt, målbart, akseptert, realistisk og tidsbestemt.');

export const goals = (description: string) => z.array(goal).describe(description);

export const GOALS_HELP =
  'Hva er målet for prosjektet? Hvorfor skal vi ha dette målet? Hvilke kartlegginger, undersøkelser eller annen kunnskap bygger vi valget av mål på? Er målet SMART (spesifikt, målbart, akseptert, realistisk, tidsbestemt)? Hvordan skal kompetansehevingen komme elevene til gode?';

export const task = z
  .strictObject({
    oppgave: text('Oppgaven: kort tittel.'),
    beskrivelse: recommended(text('Hva skal gjøres?')),
    ansvarlig: recommended(text('Hvem har ansvaret?')),
    frist: recommended(isoDate('Når skal det være gjennomført? (ÅÅÅÅ-MM-DD)')),
    status: z.enum(TASK_STATUSES).optional().describe('Status: planlagt (standard), pågår, fullført eller avlyst.'),
    mål: z.array(z.string()).optional().describe('Id-ene til målene oppgaven bidrar til, for eksempel [M1].'),
  })
  .describe('En rad i tabellen Oppgaver – Beskrivelse – Ansvar – Frister.');

export const tasks = (description: string) => z.array(task).describe(description);

export const TASKS_HELP =
  'Tabelloversikt over oppgaver, tidsfrister og ansvar: hva skal gjøres, hvem har ansvaret, og når skal det gjennomføres?';

export const meeting = z
  .strictObject({
    dato: dateOrDateTime('Dato og tidspunkt: ÅÅÅÅ-MM-DD, eller med klokkeslett som 2026-09-15T09:00.'),
    slutt: dateOrDateTime('Når møtet eller samlingen slutter, for eksempel 2026-09-15T15:00.').optional(),
    hvem: text('Hvem? Prosjektgruppe, nettverkssamling, ledersamling osv.'),
    sted: recommended(text('Hvor foregår det?')),
    innhold: recommended(text('Hva er planlagt innhold i samlingen?')),
    ansvarlig: recommended(text('Hvem er ansvarlig?')),
    forberedelser: z.string().optional().describe('Hvilke forberedelser må gjøres?'),
  })
  .describe('En rad i tidsplanen: Dato og tidspunkt – Hvem – Gjennomføring.');

export const meetings = (description: string) => z.array(meeting).describe(description);

export const MEETINGS_HELP =
  'Tidsplan med oversikt over planlagte samlinger og møter: dato og tidspunkt, hvem, og gjennomføring (hvor, hva, hvem er ansvarlig, hvilke forberedelser må gjøres).';

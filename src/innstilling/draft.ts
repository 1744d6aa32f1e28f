import { stringify } from 'yaml';
import { schemesOf } from '../kinds/schemes.js';
import { isRecord, rolesOf, rows, textOf } from '../check/plan-data.js';
import { kindDefinition, isKind } from '../kinds/index.js';

/** A plan the recommendation is gathered from: its data and the name reports give its file. */
export interface SourcePlan {
  file: string;
  plan: Record<string, unknown>;
}

/** Where a measure of the draft came from: the file and the row. */
export interface Trace {
  id: string;
  file: string;
  row: string;
  network: string | null;
}

/** What keeps the draft from being sent: said of a measure, or of a plan. */
export interface Blocker {
  key: 'noUh' | 'noGrant' | 'egenandel' | 'noPlans';
  file?: string;
  row?: string;
  measure?: string;
}

export interface Sums {
  perScheme: Record<string, number>;
  perNetwork: Record<string, number>;
  perUh: Record<string, number>;
  total: number;
}

export interface InnstillingDraft {
  plan: Record<string, unknown>;
  traces: Trace[];
  sums: Sums;
  blockers: Blocker[];
  sources: number;
}

/** The kinds whose needs and measures a recommendation is made from: the networks' long-term plans. */
export const SOURCE_KINDS: ReadonlySet<string> = new Set(['kompetanseplan']);

const text = (value: unknown): string | undefined => textOf(value)?.trim() || undefined;

function yearsOf(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((year): year is number => typeof year === 'number') : [];
}

/** The grant a need asks for in `year`: its `tilskudd` for the year, else its `kostnad` when the plan applies for that year. */
function grantFor(row: Record<string, unknown>, plan: Record<string, unknown>, year: number): number | undefined {
  const perYear = row['tilskudd'];
  if (isRecord(perYear)) {
    const value = perYear[String(year)];
    if (typeof value === 'number') return value;
  }
  const cost = row['kostnad'];
  return typeof cost === 'number' && plan['innstillingsår'] === year ? cost : undefined;
}

function add(sums: Record<string, number>, key: string, amount: number): void {
  sums[key] = (sums[key] ?? 0) + amount;
}

/**
 * The samarbeidsforum's recommendation for `year`, drafted from the networks' plans: every
 * need with a measure for that year becomes a prioritised measure, traced to its file and
 * row, with its owners, UH partners and grant; what is missing is left for the forum to fill
 * in (as `TODO`), so that `check` names it.
 */
export function draftInnstilling(sources: readonly SourcePlan[], year: number, county?: string): InnstillingDraft {
  const measures: Array<Record<string, unknown>> = [];
  const traces: Trace[] = [];
  const blockers: Blocker[] = [];
  const sums: Sums = { perScheme: {}, perNetwork: {}, perUh: {}, total: 0 };
  const schemes = new Set<string>();
  const owners = new Set<string>();
  const universities = new Set<string>();
  const longTerm: string[] = [];
  const deadlines: string[] = [];
  let used = 0;
  for (const { file, plan } of sources) {
    const kind = plan['type'];
    if (!isKind(kind) || !SOURCE_KINDS.has(kind)) continue;
    const planSchemes = schemesOf(plan, kindDefinition(kind));
    const scheme = planSchemes[0] ?? 'dekom';
    const network = text(plan['nettverk']) ?? text(plan['organisasjon']) ?? file;
    const planOwners = rows(plan, 'parter').filter(({ row }) => rolesOf(row).has('skoleeier') || rolesOf(row).has('barnehageeier')).flatMap(({ row }) => text(row['navn']) ?? []);
    const uh = [...new Set([text(plan['up1']), ...rows(plan, 'parter').filter(({ row }) => rolesOf(row).has('uh')).map(({ row }) => text(row['navn']))].filter((name): name is string => name !== undefined))];
    const intentions = isRecord(plan['intensjoner']) ? plan['intensjoner'] : {};
    let fromPlan = 0;
    for (const { row, index } of rows(plan, 'kompetansebehov')) {
      if (!yearsOf(row['år']).includes(year)) continue;
      fromPlan++;
      const id = `T${measures.length + 1}`;
      const path = `kompetansebehov[${index}]`;
      const title = text(row['tiltak']) ?? text(row['behov']) ?? path;
      const grant = grantFor(row, plan, year);
      const measureUh = [...new Set([...uh, ...(text(row['up2']) ? [text(row['up2'])!] : [])])];
      const measure: Record<string, unknown> = {
        id,
        tittel: title,
        ordning: scheme,
        prioritet: typeof row['prioritet'] === 'number' ? row['prioritet'] : measures.length + 1,
        eiere: planOwners.length ? planOwners : [text(plan['organisasjon']) ?? 'TODO: eierne'],
        uh: measureUh,
        deltakere: { målgruppe: text(row['målgruppe']) ?? 'TODO: målgruppen' },
        varighet: { år: yearsOf(row['år']) },
        kriterier: {
          lokale_behov: text(intentions['lokale_behov']) ?? 'TODO',
          kollektiv: text(intentions['kollektive_prosesser']) ?? 'TODO',
          partnerskap: text(intentions['partnerskap']) ?? 'TODO',
          ansatte_involvert: 'TODO: hvordan ansatte og tillitsvalgte er involvert',
        },
        tilskudd: grant === undefined ? {} : { [String(year)]: grant },
        fordeling: {},
        behovsmelding: `${file}, ${path}`,
      };
      measures.push(measure);
      traces.push({ id, file, row: path, network });
      for (const owner of planOwners) owners.add(owner);
      for (const name of measureUh) universities.add(name);
      if (measureUh.length === 0) blockers.push({ key: 'noUh', file, row: path, measure: id });
      if (grant === undefined) blockers.push({ key: 'noGrant', file, row: path, measure: id });
      else {
        add(sums.perScheme, scheme, grant);
        add(sums.perNetwork, network, grant);
        // A measure with several universities is counted whole under each: the forum splits it.
        for (const name of measureUh) add(sums.perUh, name, grant);
        sums.total += grant;
      }
    }
    if (fromPlan === 0) continue;
    used++;
    for (const s of planSchemes) schemes.add(s);
    longTerm.push(text(plan['tittel']) ?? file);
    const deadline = text(plan['søknadsfrist']);
    if (deadline?.startsWith(String(year))) deadlines.push(deadline);
    if (plan['egenandel_bekreftet'] !== true) blockers.push({ key: 'egenandel', file });
  }
  if (used === 0) blockers.push({ key: 'noPlans' });
  const where = county ?? 'TODO: fylket';
  const plan: Record<string, unknown> = {
    dekom: 1,
    type: 'innstilling',
    tittel: `Innstilling til statsforvalteren for ${year}, ${where}`,
    organisasjon: `Samarbeidsforumet i ${where}`,
    ordning: schemes.size ? [...schemes] : ['dekom'],
    periode: { fra: `${year}-01-01`, til: `${year}-12-31` },
    tilskuddsår: year,
    frist: deadlines.sort()[0] ?? `${year}-03-15`,
    langsiktig_plan: longTerm.join('; ') || 'TODO',
    samarbeidsforum: { navn: `Samarbeidsforumet i ${where}`, fylke: where, sekretariat: 'Statsforvalteren' },
    medlemmer: [
      ...[...owners].map((navn) => ({ navn, representerer: 'offentlig_eier', stemmerett: true })),
      ...[...universities].map((navn) => ({ navn, representerer: 'uh', stemmerett: true })),
      { navn: 'Statsforvalteren', representerer: 'statsforvalter', stemmerett: false },
    ],
    grunnlag: { behovsmeldinger: measures.length, kilder: [...new Set(traces.map((trace) => trace.file))] },
    // The frame is the county's and comes from Udir; until the forum writes it in, the sums asked for stand there.
    ramme: Object.keys(sums.perScheme).length ? { ...sums.perScheme } : { dekom: 0 },
    fordelingsmodell: 'TODO: hvordan rammen fordeles mellom nettverkene, UH og fellestiltak.',
    tiltak: measures,
    vedtatt: { dato: `${year - 1}-12-31`, form: 'enighet' },
    evaluering: 'TODO: hvordan forumet følger opp tiltakene og bruker erfaringene neste år.',
  };
  return { plan, traces, sums, blockers, sources: used };
}

/** The draft as the file is written: a comment that traces every measure to its source, then the plan. */
export function draftText(draft: InnstillingDraft, heading: string): string {
  const trace = draft.traces.map((item) => `#   ${item.id} ← ${item.file}, ${item.row}`).join('\n');
  return `# ${heading}\n${trace ? `${trace}\n` : ''}${stringify(draft.plan, { lineWidth: 0 })}`;
}

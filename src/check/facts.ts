import { formatPath, type Path } from '../load/source.js';
import type { KindDefinition } from '../model/define.js';
import { schemesOf } from '../kinds/schemes.js';
import { dayOf } from '../util/dates.js';
import { periodFrom, yearlyOf, type Period } from '../util/calendar.js';
import { isRecord, rolesOf, rows, textOf } from './plan-data.js';

/**
 * What a plan says about who does what and when, taken once where the plan is checked, so
 * that `status`, `calendar` and the reports read it from the same result (cached, and sent
 * back from worker threads) instead of parsing the file again.
 */
export interface PlanFacts {
  title: string | null;
  organisation: string | null;
  schemes: string[];
  period: Period | null;
  /** The competence network a plan says it belongs to (`nettverk`). */
  network: string | null;
  contact: string | null;
  partners: PartnerFact[];
  rows: RowFact[];
}

export interface PartnerFact {
  name: string;
  roles: string[];
  contact: string | null;
}

/** The sections whose rows have an owner and a date. */
export type RowSection = 'oppgaver' | 'mål' | 'tidsplan';

/** One task, goal or meeting: the columns every report and calendar shows. */
export interface RowFact {
  section: RowSection;
  /** `oppgaver[2]`: where the row is in the file, as problems name it. */
  path: string;
  /** The row's own id (`M1`) when it has one. */
  id: string | null;
  title: string | null;
  owner: string | null;
  /** A day `YYYY-MM-DD` or a date-time `YYYY-MM-DDTHH:MM`, as written. */
  date: string | null;
  /** `MM-DD` of a date that comes back every year (`{ årlig: "03-15" }`). */
  yearly: string | null;
  /** The status of a task (`planlagt` when left out); null for goals and meetings. */
  status: string | null;
  /** Meetings only: when it ends, where, and what it is about. */
  end?: string | null;
  place?: string | null;
  content?: string | null;
}

/** Where each section keeps its title, owner and date. */
const SECTIONS: Record<RowSection, { title: readonly string[]; date: string }> = {
  oppgaver: { title: ['oppgave'], date: 'frist' },
  mål: { title: ['beskrivelse'], date: 'frist' },
  tidsplan: { title: ['hvem', 'innhold'], date: 'dato' },
};

function text(value: unknown): string | null {
  const found = textOf(value)?.trim();
  return found ? found : null;
}

function dateText(value: unknown): string | null {
  if (typeof value !== 'string' || !dayOf(value)) return null;
  return value.trim();
}

function rowFact(section: RowSection, row: Record<string, unknown>, path: Path): RowFact {
  const shape = SECTIONS[section];
  const title = shape.title.map((key) => text(row[key])).find((value) => value !== null) ?? null;
  const fact: RowFact = {
    section,
    path: formatPath(path),
    id: text(row['id']),
    title,
    owner: text(row['ansvarlig']),
    date: dateText(row[shape.date]),
    yearly: yearlyOf(row[shape.date])?.text ?? null,
    status: section === 'oppgaver' ? (text(row['status']) ?? 'planlagt') : null,
  };
  if (section === 'tidsplan') {
    fact.end = dateText(row['slutt']);
    fact.place = text(row['sted']);
    fact.content = text(row['innhold']);
  }
  return fact;
}

/** The facts of a plan of a known kind; values of the wrong type count as not given. */
export function planFacts(plan: Record<string, unknown>, definition: KindDefinition): PlanFacts {
  const contact = isRecord(plan['kontakt']) ? text(plan['kontakt']['navn']) : null;
  const partners = rows(plan, 'parter').flatMap(({ row }) => {
    const name = text(row['navn']);
    return name ? [{ name, roles: [...rolesOf(row)], contact: text(row['kontaktperson']) }] : [];
  });
  const found: RowFact[] = [];
  for (const section of Object.keys(SECTIONS) as RowSection[]) {
    for (const { row, path } of rows(plan, section)) found.push(rowFact(section, row, path));
  }
  return {
    title: text(plan['tittel']),
    organisation: text(plan['organisasjon']),
    schemes: schemesOf(plan, definition),
    period: periodFrom(plan['periode']) ?? null,
    network: text(plan['nettverk']),
    contact,
    partners,
    rows: found,
  };
}

/** The row a problem is about, when its path lies inside a task, goal or meeting. */
export function subjectOf(facts: PlanFacts | undefined, path: string): RowFact | undefined {
  if (!facts) return undefined;
  const match = /^(oppgaver|mål|tidsplan)\[\d+\]/.exec(path);
  if (!match) return undefined;
  return facts.rows.find((row) => row.path === match[0]);
}

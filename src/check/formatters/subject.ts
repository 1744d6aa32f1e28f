import { subjectOf, type PlanFacts } from '../facts.js';
import type { FileResult } from '../types.js';

/** The row a problem is about, as reports carry it: fields a script can filter on without reading the message. */
export interface ProblemSubject {
  row: string;
  section: string;
  title: string | null;
  owner: string | null;
  /** The day or date-time of the row's deadline (a meeting's date); null when it has none. */
  deadline: string | null;
  /** `MM-DD` when the deadline comes back every year. */
  yearly?: string;
  /** A task's status; null for goals and meetings. */
  status: string | null;
}

export function problemSubject(facts: PlanFacts | undefined, path: string): ProblemSubject | undefined {
  const row = subjectOf(facts, path);
  if (!row) return undefined;
  return {
    row: row.path,
    section: row.section,
    title: row.title,
    owner: row.owner,
    deadline: row.date,
    ...(row.yearly ? { yearly: row.yearly } : {}),
    status: row.status,
  };
}

/** Whose plan a file is and for when: the fields every file of a report carries beside its problems. */
export function fileSubject(file: FileResult): { organisation: string | null; period: { fra: string; til: string } | null } {
  return { organisation: file.facts?.organisation ?? null, period: file.facts?.period ?? null };
}

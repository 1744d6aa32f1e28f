import type { KindDefinition, TitleLang } from '../model/define.js';
import type { KindTargets, Target } from './targets.js';

/** A date read from words that did not name one day: kept as a comment beside the value. */
export interface InterpretedDate {
  path: (string | number)[];
  original: string;
  iso: string;
}

/** Text no section took, under the heading it stood under. */
export interface Note {
  overskrift?: string;
  tekst: string;
}

/** What an import has found so far, and what the report tells. */
export interface ImportState {
  definition: KindDefinition;
  targets: KindTargets;
  /** The language the document is written in: it decides how numbers are read. */
  lang: TitleLang;
  plan: Record<string, unknown>;
  filled: Set<Target>;
  dates: InterpretedDate[];
  /** Content controls left showing their placeholder. */
  placeholders: number;
  /** Paragraphs of the template's own guidance, left out. */
  guidance: number;
  /** Whether the document may hold a template's guidance: one dekom rendered does not. */
  guidanceLeft: boolean;
  /** Table rows left empty in the document. */
  emptyRows: number;
  notes: Note[];
  /** The headings notes were taken from, in order, for the report. */
  noteHeadings: string[];
}


export function newState(definition: KindDefinition, targets: KindTargets, lang: TitleLang, guidanceLeft: boolean): ImportState {
  return { definition, targets, lang, plan: {}, filled: new Set(), dates: [], placeholders: 0, guidance: 0, guidanceLeft, emptyRows: 0, notes: [], noteHeadings: [] };
}

/** The value at a path of the plan, own keys only. */
export function getAt(plan: Record<string, unknown>, path: readonly (string | number)[]): unknown {
  let current: unknown = plan;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function setAt(plan: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let current: Record<string | number, unknown> = plan;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      Object.defineProperty(current, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = current[key];
    if (typeof next !== 'object' || next === null) {
      const created = {};
      Object.defineProperty(current, key, { value: created, enumerable: true, writable: true, configurable: true });
      current = created;
    } else current = next as Record<string | number, unknown>;
  }
}

/** Whether the plan already holds something here: a later heading of the same name must not overwrite it. */
export function isSet(plan: Record<string, unknown>, path: readonly (string | number)[]): boolean {
  const value = getAt(plan, path);
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some((inner) => inner !== undefined && inner !== null && inner !== '');
  return true;
}

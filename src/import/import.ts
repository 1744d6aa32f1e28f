import { kindDefinition, KINDS, type Kind } from '../kinds/index.js';
import type { TitleLang } from '../model/define.js';
import { fillPlan } from '../init/fill.js';
import { assignRoot } from './assign.js';
import { isEmptyText } from './scalars.js';
import { readWord } from './docx/word.js';
import { ImportError } from './errors.js';
import { guessKind, isAnyListTable, isAnyTitle, namedKind, type KindGuess } from './kind.js';
import { cellText, sectionsOf, type DocSection, type Sectioned } from './sections.js';
import { normalise } from './similarity.js';
import { label } from '../messages/render-labels/index.js';
import { isSet, newState, type ImportState } from './state.js';
import { kindTargets } from './targets.js';

export interface ImportOptions {
  /** The kind named with --type; otherwise it is recognised. */
  kind?: Kind;
  /** The document's name as the person gave it, for messages. */
  display: string;
}

export interface ImportedPlan {
  kind: Kind;
  how: 'type' | KindGuess['how'];
  headings: number;
  /** The document's language, as a plan's `språk`. */
  lang: TitleLang;
  /** Every key of the kind, in its order: what the document gave, the rest empty. */
  plan: Record<string, unknown>;
  state: ImportState;
  /** The kind's top sections the document filled, and those it left out, by key. */
  found: string[];
  missing: string[];
  /** Rows read per list, by its path. */
  rows: { path: string; count: number }[];
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function languageOf(tag: string | undefined): TitleLang {
  if (tag && /^nn\b/i.test(tag)) return 'nn';
  if (tag && /^en\b/i.test(tag)) return 'en';
  return 'nb';
}

/**
 * A Word document as a plan of its kind: headings matched to the kind's sections by
 * their titles in bokmål, nynorsk and English, tables read into rows, dates and amounts
 * into values, and everything no section takes kept in `merknader`.
 */
export function importWord(bytes: Uint8Array, options: ImportOptions): ImportedPlan {
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new ImportError('legacyDoc', { file: options.display });
  const document = readWord(bytes, options.display);
  const sectioned = withoutTimeline(sectionsOf(document.blocks, isAnyTitle, isAnyListTable));
  const guess: KindGuess | undefined = options.kind ? undefined : guessKind(sectioned);
  const kind = options.kind ?? guess?.kind;
  if (!kind) throw new ImportError('unknownKind', { file: options.display, kinds: KINDS.join(', ') });
  const definition = kindDefinition(kind);
  const lang = languageOf(document.language);
  const rendered = options.kind ? namedKind(sectioned) !== undefined : guess?.how === 'document';
  const state = newState(definition, kindTargets(definition), lang, !rendered);
  const title = sectioned.title ?? document.title;
  if (title && !isEmptyText(title)) state.plan['tittel'] = title;
  assignRoot(state, sectioned.root);
  const given: Record<string, unknown> = { dekom: 1, type: kind, ...state.plan };
  if (document.language) given['språk'] = lang;
  const notes = [...(Array.isArray(given['merknader']) ? given['merknader'] : []), ...state.notes];
  delete given['merknader'];
  if (notes.length > 0) given['merknader'] = notes;
  withoutDerivedCosts(given);
  const plan = fillPlan(kind, given);
  const top = kindTargets(definition).top.filter((target) => target.node.key !== 'forside' && target.node.key !== 'merknader');
  const filledTop = (target: (typeof top)[number]): boolean =>
    (target.node.node === 'heading' ? target.children.some(filledTop) : isSet(given, target.path)) || target.children.some(filledTop);
  const rows = kindTargets(definition)
    .all.filter((target) => target.node.node === 'field' && target.node.value.type === 'rows' && target.node.key !== 'merknader')
    .map((target) => ({ path: target.path.join('.'), count: Array.isArray(getIn(given, target.path)) ? (getIn(given, target.path) as unknown[]).length : 0 }))
    .filter((entry) => entry.count > 0);
  return {
    kind,
    how: options.kind ? 'type' : guess!.how,
    headings: guess?.headings ?? 0,
    lang,
    plan,
    state,
    found: top.filter(filledTop).map((target) => target.node.key),
    missing: top.filter((target) => !filledTop(target)).map((target) => target.node.key),
    rows,
  };
}

function getIn(plan: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = plan;
  for (const key of path) current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/**
 * The needs table prints a need's cost for the year applied for, its grant for that year
 * where it gives grants per year; that column read back is the grant again, not a cost.
 */
function withoutDerivedCosts(plan: Record<string, unknown>): void {
  const year = plan['innstillingsår'];
  const needs = plan['kompetansebehov'];
  if (!Array.isArray(needs)) return;
  for (const row of needs) {
    if (typeof row !== 'object' || row === null) continue;
    const need = row as Record<string, unknown>;
    const grants = need['tilskudd'];
    if (typeof grants !== 'object' || grants === null) continue;
    const grant = (grants as Record<string, unknown>)[String(year)];
    if (grant !== undefined && need['kostnad'] === grant) delete need['kostnad'];
  }
}

/**
 * The timeline `dekom render` ends a document with is drawn from the tasks, goals and
 * meetings the document already holds: read again, it would only repeat them as notes.
 * Known by its heading and its opening line in any of the document languages.
 */
function withoutTimeline(sectioned: Sectioned): Sectioned {
  const isTimeline = (section: DocSection) =>
    TIMELINE_LANGS.some(
      (lang) => normalise(section.title) === normalise(label(lang, 'timeline.title')) && cellText(section.blocks.slice(0, 1)).trim() === label(lang, 'timeline.lead'),
    );
  const prune = (section: DocSection): DocSection => ({ ...section, children: section.children.filter((child) => !isTimeline(child)).map(prune) });
  return { ...sectioned, root: prune(sectioned.root) };
}

const TIMELINE_LANGS = ['nb', 'nn', 'en'] as const;


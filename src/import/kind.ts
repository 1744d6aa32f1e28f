import { KIND_DEFINITIONS, type Kind } from '../kinds/index.js';
import { LABELS } from '../messages/render-labels/index.js';
import type { Node } from '../model/define.js';
import type { WordParagraph, WordTable } from './docx/word.js';
import type { DocSection, Sectioned } from './sections.js';
import { cellText } from './sections.js';
import { bestSimilarity, normalise } from './similarity.js';
import { tableFit } from './tables.js';
import { kindTargets } from './targets.js';

export interface KindGuess {
  kind: Kind;
  how: 'document' | 'headings';
  /** Headings that named a section of the kind. */
  headings: number;
}

const KIND_LABELS = Object.values(LABELS).map((labels) => labels['front.kind']);

/** Every section title of every kind: a bold line or a left cell that says one is a heading. */
let allTitles: string[] | undefined;
const titleCache = new Map<string, boolean>();
export function isAnyTitle(text: string): boolean {
  if (text.length > 100) return false;
  let found = titleCache.get(text);
  if (found === undefined) {
    allTitles ??= [...new Set(KIND_DEFINITIONS.flatMap((definition) => kindTargets(definition).all.flatMap((target) => target.titles)))];
    found = bestSimilarity(text, allTitles) >= 0.75;
    titleCache.set(text, found);
  }
  return found;
}

const ROW_LABEL_HEADS = new Set(Object.values(LABELS).flatMap((labels) => [labels['col.punkt'], labels['col.smart']]).map(normalise));
const CONTENT_HEADS = new Set(Object.values(LABELS).map((labels) => normalise(labels['col.innhold'])));

let lists: Node[] | undefined;
/** A table whose every column head names a field of one list of rows of some kind ("Part | Timer"). */
export function isAnyListTable(table: WordTable): boolean {
  const columns = table.rows[0]?.length ?? 0;
  if (columns < 2) return false;
  // "Punkt | Innhold", "SMART | Innhold": one row's fields by label, under its own heading.
  const head = table.rows[0]!.map((cell) => normalise(cellText(cell.blocks)));
  if (columns === 2 && ROW_LABEL_HEADS.has(head[0]!) && CONTENT_HEADS.has(head[1]!)) return true;
  lists ??= KIND_DEFINITIONS.flatMap((definition) => kindTargets(definition).all.map((target) => target.node).filter((node) => node.node === 'field' && node.value.type === 'rows'));
  return lists.some((list) => tableFit(table, list) === columns);
}

function* headingsOf(section: DocSection): Generator<string> {
  for (const child of section.children) {
    yield child.title;
    yield* headingsOf(child);
  }
}

/** "Plantype: …" on the title page a rendered plan has, in any language. */
export function namedKind(sectioned: Sectioned): Kind | undefined {
  for (const block of sectioned.root.blocks) {
    if (block.type !== 'paragraph') continue;
    const colon = block.plain.indexOf(':');
    if (colon < 0 || bestSimilarity(block.plain.slice(0, colon), KIND_LABELS) < 0.9) continue;
    const value = block.plain.slice(colon + 1).trim();
    const found = KIND_DEFINITIONS.find((definition) => Object.values(definition.names).some((name) => name === value) || definition.id === value);
    if (found) return found.id;
  }
  return undefined;
}

/**
 * Which kind a document is: the one its title page names, else the one whose section
 * titles its headings match most, a kind's own name in the title counting extra.
 */
export function guessKind(sectioned: Sectioned): KindGuess | undefined {
  const named = namedKind(sectioned);
  const headings = [...headingsOf(sectioned.root)];
  if (named) return { kind: named, how: 'document', headings: 0 };
  const opening = [sectioned.title ?? '', ...sectioned.root.blocks.filter((block): block is WordParagraph => block.type === 'paragraph').map((block) => block.plain)].filter(Boolean).slice(0, 6);
  let best: { kind: Kind; score: number; headings: number } | undefined;
  for (const definition of KIND_DEFINITIONS) {
    const targets = kindTargets(definition).all;
    const matched = new Set<unknown>();
    let count = 0;
    for (const heading of headings) {
      let top: { target: unknown; score: number } | undefined;
      for (const target of targets) {
        const score = bestSimilarity(heading, target.titles);
        if (!top || score > top.score) top = { target, score };
      }
      if (top && top.score >= 0.7 && !matched.has(top.target)) {
        matched.add(top.target);
        count++;
      }
    }
    const named = opening.some((line) => bestSimilarity(line, Object.values(definition.names)) >= 0.7) ? 3 : 0;
    const score = count + named;
    if (!best || score > best.score) best = { kind: definition.id, score, headings: count };
  }
  return best && best.score >= 2 ? { kind: best.kind, how: 'headings', headings: best.headings } : undefined;
}

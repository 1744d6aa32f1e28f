import { LABELS } from '../messages/render-labels/index.js';
import type { WordBlock, WordParagraph, WordTable } from './docx/word.js';
import { isEmptyText, setLine } from './scalars.js';
import { bestSimilarity, containedIn, tokens } from './similarity.js';
import { getAt, isSet, setAt, type ImportState } from './state.js';
import { readRowsTable, tableFit } from './tables.js';
import { descendants, isScalar, isYesNo, statementsOf, type Target } from './targets.js';
import { readYesNo } from './values.js';

/**
 * What stands in a section besides its subsections: one-line facts, yes/no answers,
 * tables and the template's guidance, each read into the plan where it belongs; what is
 * left is the section's own text.
 */

/** Labels of the title page that say nothing a plan keeps: the kind is chosen already, the date is the render's. */
const FRONT_ONLY = Object.values(LABELS).flatMap((labels) => [labels['front.kind'], labels['front.date']]);

/**
 * Whether a paragraph is the template's guidance left in: its words are all in a guiding
 * question of the section, and it says most of one sentence of it. An answer that uses
 * the question's words ("Planleggingsmøter og nettverkssamlinger") says too little of it.
 */
function isGuidance(state: ImportState, paragraph: WordParagraph, scope: Target | undefined): boolean {
  if (/^(?:fra dato til dato|from date to date)\.?$/i.test(paragraph.plain)) return true;
  // A document dekom rendered holds no guidance.
  if (!state.guidanceLeft || !scope) return false;
  const words = tokens(paragraph.plain).length;
  if (words < 2) return false;
  const texts = [...descendants(scope)].flatMap((target) => [...target.help, ...target.titles]);
  if (scope.parent) texts.push(...scope.parent.help);
  const share = containedIn(paragraph.plain, texts.join(' '));
  const question = paragraph.plain.trim().endsWith('?');
  if (share < (question ? 0.6 : 0.8)) return false;
  const sentences = texts.flatMap((text) => text.split(/(?<=[.?!])\s+/));
  return sentences.some((sentence) => containedIn(sentence, paragraph.plain) >= (question ? 0.4 : 0.6));
}

interface Fact {
  label: string;
  plain: string;
  markdown: string;
  bold: boolean;
}

/** "**Tittel:** verdi" or "Tittel: verdi" on one line. */
function factOf(paragraph: WordParagraph): Fact | undefined {
  const bold = /^\*\*([^*]{1,120}?):?\*\*:?\s*(.*)$/s.exec(paragraph.markdown);
  if (bold && (paragraph.markdown.includes(':**') || paragraph.markdown.startsWith(`**${bold[1]}**:`))) {
    const rest = bold[2]!.trim();
    return { label: bold[1]!.replace(/:$/, ''), markdown: rest, plain: paragraph.plain.slice(paragraph.plain.indexOf(':') + 1).trim(), bold: true };
  }
  const plain = /^([^:]{2,100}):\s*(.*)$/s.exec(paragraph.plain);
  if (!plain) return undefined;
  const colon = paragraph.markdown.indexOf(':');
  // "Hvis ja; navn på UP1:": the condition before the label is the form's, not the label's.
  const label = plain[1]!.replace(/^.*;\s*/, '').replace(/^[-–•]\s*/, '').trim();
  return { label, plain: plain[2]!.trim(), markdown: colon >= 0 ? paragraph.markdown.slice(colon + 1).trim() : plain[2]!, bold: false };
}

export function bestTarget(state: ImportState, text: string, scope: Target | undefined, accept: (target: Target) => boolean, names: (target: Target) => string[], threshold: number): Target | undefined {
  let best: { target: Target; score: number } | undefined;
  const near = new Set(scope ? [...descendants(scope)] : []);
  for (const target of state.targets.all) {
    if (!accept(target)) continue;
    const score = bestSimilarity(text, names(target)) + (near.has(target) ? 0.05 : 0);
    if (!best || score > best.score) best = { target, score };
  }
  return best && best.score >= threshold ? best.target : undefined;
}

function isWithin(target: Target, scope: Target): boolean {
  for (let at: Target | undefined = target; at; at = at.parent) if (at === scope) return true;
  return false;
}

export function setRows(state: ImportState, target: Target, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const existing = getAt(state.plan, target.path);
  setAt(state.plan, target.path, [...(Array.isArray(existing) ? existing : []), ...rows]);
  state.filled.add(target);
}

/**
 * Reads facts, yes/no answers and tables out of a run of blocks, wherever in the kind
 * they belong; returns what is left: the prose of the section they stand in.
 */
export function consumeBlocks(state: ImportState, blocks: readonly WordBlock[], scope: Target | undefined): WordBlock[] {
  const left: WordBlock[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type === 'table') {
      if (!consumeTable(state, block, scope)) left.push(block);
      continue;
    }
    if (isEmptyText(block.plain)) {
      if (block.placeholder) state.placeholders++;
      continue;
    }
    const fact = factOf(block);
    // "Dato" under a section of its own (the decision's date) is that section's, not the render's.
    const own = fact && scope ? bestTarget(state, fact.label, scope, (t) => isScalar(t) && isWithin(t, scope), (t) => t.titles, 0.9) : undefined;
    if (fact && !own && bestSimilarity(fact.label, FRONT_ONLY) >= 0.9) continue;
    const target = own ?? (fact && bestTarget(state, fact.label, scope, isScalar, (t) => t.titles, fact.bold ? 0.7 : 0.8));
    if (fact && target) {
      let { plain, markdown } = fact;
      const next = blocks[index + 1];
      // The label alone on its line, its value on the next.
      if (plain === '' && !block.placeholder && next?.type === 'paragraph' && next.heading === undefined && !factOf(next) && next.plain !== '') {
        ({ plain, markdown } = next);
        index++;
      }
      if (plain === '' && block.placeholder) state.placeholders++;
      // A value shown once more ("Navn på den som fyller ut skjemaet") repeats what is known.
      else if (target.node.node === 'show' && isSet(state.plan, target.path)) state.filled.add(target);
      else if (!isSet(state.plan, target.path) && setLine(state, target.node, target.path, plain, markdown)) state.filled.add(target);
      else if (!isEmptyText(plain)) left.push(block);
      continue;
    }
    const question = bestTarget(state, block.plain, scope, isYesNo, statementsOf, 0.7);
    if (question) {
      const next = blocks[index + 1];
      const tail = block.plain.slice(block.plain.lastIndexOf(')') + 1).replace(/^[\s.:]+/, '');
      let answer = readYesNo(tail.split(/\s+/).pop() ?? '');
      if (answer === undefined && next?.type === 'paragraph' && (next.placeholder || readYesNo(next.plain) !== undefined)) {
        answer = readYesNo(next.plain);
        if (answer === undefined) state.placeholders++;
        index++;
      } else if (answer === undefined && block.placeholder) state.placeholders++;
      if (answer !== undefined && !isSet(state.plan, question.path)) setAt(state.plan, question.path, answer);
      state.filled.add(question);
      continue;
    }
    // Guidance is looked for last: a question of the seed is also its guiding question.
    if (isGuidance(state, block, scope)) {
      state.guidance++;
      continue;
    }
    left.push(block);
  }
  return left;
}

/** A table of yes/no questions, or rows of a list somewhere in the kind. */
function consumeTable(state: ImportState, table: WordTable, scope: Target | undefined): boolean {
  const questions = table.rows.filter((row) => row.length >= 2).map((row) => ({ row, target: bestTarget(state, textOf(row[0]!.blocks), scope, isYesNo, statementsOf, 0.7) }));
  if (questions.some((question) => question.target)) {
    for (const { row, target } of questions) {
      if (!target) continue;
      const answer = readYesNo(textOf(row[row.length - 1]!.blocks));
      if (answer === undefined) {
        if (row[row.length - 1]!.blocks.some((block) => block.type === 'paragraph' && block.placeholder)) state.placeholders++;
      } else if (!isSet(state.plan, target.path)) setAt(state.plan, target.path, answer);
      state.filled.add(target);
    }
    return true;
  }
  if (scope && consumeGroupTable(state, table, scope)) return true;
  const candidates = [...(scope ? descendants(scope) : []), ...state.targets.all].filter(
    (target) => target.node.node === 'field' && target.node.value.type === 'rows' && !target.node.show?.partial?.startsWith('notes') && !isSet(state.plan, target.path),
  );
  let best: { target: Target; fit: number } | undefined;
  for (const target of candidates) {
    const fit = tableFit(table, target.node);
    if (fit >= 2 && (!best || fit > best.fit)) best = { target, fit };
  }
  if (!best) return false;
  const rows = readRowsTable(state, best.target.node, best.target.path, table);
  if (!rows) return false;
  setRows(state, best.target, rows);
  state.filled.add(best.target);
  return true;
}

/**
 * A group drawn as a table, one row per field ("DEKOM | 3 400 000 kr | …" for the frame per
 * scheme): each row's first cell names a field of the group, and the column headed by the
 * group's own title (else the second) holds its value. Sums and derived columns are left.
 */
function consumeGroupTable(state: ImportState, table: WordTable, scope: Target): boolean {
  const group = [...descendants(scope)].find((target) => target.node.node === 'field' && target.node.value.type === 'group' && !isSet(state.plan, target.path));
  if (!group || table.rows.length < 2) return false;
  const fields = group.children.filter((child) => child.node.node === 'field' && isScalar(child));
  const [head, ...body] = table.rows;
  const named = body.map((row) => bestTarget(state, textOf(row[0]?.blocks ?? []), group, (target) => fields.includes(target), (target) => target.titles, 0.85));
  if (named.filter(Boolean).length < Math.min(2, fields.length)) return false;
  const heads = head!.map((cell) => textOf(cell.blocks));
  const scored = heads.map((text, index) => ({ index, score: index === 0 ? 0 : bestSimilarity(text, group.titles) })).sort((a, b) => b.score - a.score)[0];
  const column = scored && scored.score >= 0.8 ? scored.index : 1;
  body.forEach((row, index) => {
    const target = named[index];
    const cell = row[column];
    if (!target || !cell || isSet(state.plan, target.path)) return;
    if (setLine(state, target.node, target.path, textOf(cell.blocks), cellMarkdownOf(cell.blocks))) state.filled.add(target);
  });
  state.filled.add(group);
  return true;
}

function cellMarkdownOf(blocks: readonly WordBlock[]): string {
  return blocks.map((block) => (block.type === 'paragraph' ? block.markdown : '')).join(' ').trim();
}

function textOf(blocks: readonly WordBlock[]): string {
  return blocks.map((block) => (block.type === 'paragraph' ? block.plain : '')).join(' ').trim();
}

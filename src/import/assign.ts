import type { Field } from '../model/define.js';
import { LABELS } from '../messages/render-labels/index.js';
import type { WordBlock, WordParagraph, WordTable } from './docx/word.js';
import { blocksMarkdown, sectionMarkdown } from './markdown.js';
import { consumeBlocks, setRows } from './blocks.js';
import { setLine } from './scalars.js';
import type { DocSection } from './sections.js';
import { bestSimilarity } from './similarity.js';
import { getAt, isSet, setAt, type ImportState } from './state.js';
import { mainField, readLabelledTable, readRowsTable } from './tables.js';
import { descendants, isScalar, type Target } from './targets.js';
import { readYesNo } from './values.js';

const HEADING_MATCH = 0.6;

/** "Mål M1" over a goal's table, "Tiltak D1: Lesing i alle fag" over a measure's, in any language. */
const ROW_TITLES = [...new Set(Object.values(LABELS).flatMap((labels) => [labels['goal.title'], labels['recommendation.title']]))].map(
  (template) => new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{id}', '(?<id>.+?)').replace('{title}', '(?<title>.+)')}$`, 'i'),
);

function rowTitle(heading: string): { id: string; title?: string } | undefined {
  for (const pattern of ROW_TITLES) {
    const groups = pattern.exec(heading.trim())?.groups;
    if (groups?.['id']) return { id: groups['id'], ...(groups['title'] ? { title: groups['title'] } : {}) };
  }
  return undefined;
}

/**
 * The target a heading names: within the section it stands under first, then anywhere in
 * the kind. Under a heading that names nothing (a template's own guidance chapter), only
 * a close match counts, so its "Forankring" is not taken for the plan's.
 */
function matchHeading(state: ImportState, title: string, scope: Target | undefined, strict = false): Target | undefined {
  let best: { target: Target; score: number } | undefined;
  const near = new Set(scope ? [...descendants(scope)].slice(1) : []);
  for (const target of state.targets.all) {
    const score = bestSimilarity(title, target.titles) + (near.has(target) ? 0.05 : 0);
    if (!best || score > best.score) best = { target, score };
  }
  return best && best.score >= (strict ? 0.85 : HEADING_MATCH) ? best.target : undefined;
}

function note(state: ImportState, heading: string | undefined, markdown: string): void {
  if (markdown.trim() === '') return;
  state.notes.push({ ...(heading ? { overskrift: heading } : {}), tekst: markdown });
  state.noteHeadings.push(heading ?? '');
}

/** Whether a target already holds what the document says: a later heading of the same name goes to the notes. */
function taken(state: ImportState, target: Target): boolean {
  return state.filled.has(target) || (target.node.node !== 'heading' && isSet(state.plan, target.path));
}

/** The subsections of a section, each to the target it names or, named by none, into the notes. */
export function assignChildren(state: ImportState, children: readonly DocSection[], scope: Target | undefined, trail: readonly string[], strict = false): DocSection[] {
  const unplaced: DocSection[] = [];
  for (const child of children) {
    const target = matchHeading(state, child.title, scope, strict);
    // A value shown once more under its own heading is read, and its repeat dropped.
    if (target && (!taken(state, target) || (target.node.node === 'show' && !state.filled.has(target)))) {
      fill(state, target, child, [...trail, child.title]);
      continue;
    }
    unplaced.push(child);
    const left = consumeBlocks(state, child.blocks, target ?? scope);
    note(state, [...trail, child.title].join(' › '), blocksMarkdown(left));
    assignChildren(state, child.children, target ?? scope, [...trail, child.title], target === undefined);
  }
  return unplaced;
}

/** A section of the document that names a target: its text, facts, tables and subsections read into the plan. */
function fill(state: ImportState, target: Target, section: DocSection, trail: readonly string[]): void {
  state.filled.add(target);
  const node = target.node;
  const heading = trail.join(' › ');
  if (node.node === 'field' && node.value.type === 'prose') {
    const left = consumeBlocks(state, section.blocks, target);
    const parts = [blocksMarkdown(left)];
    for (const child of section.children) {
      // A subheading of a text is its own unless it clearly names another section.
      const inner = matchHeading(state, child.title, target);
      const own = inner && ([...descendants(target)].includes(inner) || bestSimilarity(child.title, inner.titles) >= 0.85);
      if (inner && own && inner !== target && !taken(state, inner)) fill(state, inner, child, [...trail, child.title]);
      else parts.push(`### ${child.title}`, sectionMarkdown(child, 3));
    }
    const text = parts.filter((part) => part !== '').join('\n\n');
    if (text !== '') setAt(state.plan, target.path, text);
    return;
  }
  if (node.node === 'field' && node.value.type === 'rows') {
    const children = readRows(state, target, section, heading);
    assignChildren(state, children, target, trail);
    return;
  }
  const left = consumeBlocks(state, section.blocks, target);
  const rest: WordBlock[] = [];
  for (const block of left) {
    if (block.type === 'paragraph' && isScalar(target) && !isSet(state.plan, target.path) && setLine(state, node, target.path, block.plain, block.markdown)) continue;
    // A value shown once more under its own heading (the period under "Tidsrom") repeats what is known.
    if (block.type === 'paragraph' && node.node === 'show') continue;
    if (block.type === 'paragraph' && node.node === 'field' && node.value.type === 'yesno' && readYesNo(block.plain) !== undefined) {
      setAt(state.plan, target.path, readYesNo(block.plain));
      continue;
    }
    rest.push(block);
  }
  // A group with one text of its own ("Andre ressurser") takes the prose around its facts.
  const prose = target.children.filter((child) => child.node.node === 'field' && child.node.value.type === 'prose' && !isSet(state.plan, child.path));
  const text = blocksMarkdown(rest);
  if (text !== '' && prose.length === 1 && node.node !== 'show') {
    setAt(state.plan, prose[0]!.path, text);
    state.filled.add(prose[0]!);
  } else note(state, heading, text);
  assignChildren(state, section.children, target, trail);
}

/** The rows of a list: a table, a goal's table under each "Mål M1", notes under their headings, or bullets. */
function readRows(state: ImportState, target: Target, section: DocSection, heading: string): DocSection[] {
  const node = target.node as Field;
  const partial = node.show?.partial;
  const rest: DocSection[] = [];
  if (partial === 'notes') {
    note(state, undefined, blocksMarkdown(section.blocks));
    for (const child of section.children) note(state, child.title, sectionMarkdown(child, 3));
    return [];
  }
  const left: WordBlock[] = [];
  const rows: Record<string, unknown>[] = [];
  const offset = () => (Array.isArray(getAt(state.plan, target.path)) ? (getAt(state.plan, target.path) as unknown[]).length : 0) + rows.length;
  for (const block of consumeBlocksFor(state, section.blocks, target)) {
    if (block.type === 'table') {
      const read = readRowsTable(state, node, target.path, block);
      // A list too wide for one table is drawn as several, each led by the rows' key column.
      if (read && read.length > 0 && !joinByKey(rows, read)) rows.push(...read);
      else if (!read) left.push(block);
      continue;
    }
    left.push(block);
  }
  // Rows an overview table gave, which a heading of their own ("Tiltak D1: …") completes, each once.
  const tabled = [...rows];
  // Bullets where a table belongs: each item one row, its text the row's main field.
  const main = mainField(node);
  const bullets = left.filter((block): block is WordParagraph => block.type === 'paragraph' && block.list !== undefined);
  if (main && bullets.length > 0 && rows.length === 0) {
    for (const bullet of bullets) rows.push({ [main.key]: bullet.markdown.replace(/\n/g, ' ') });
    left.splice(0, left.length, ...left.filter((block) => !bullets.includes(block as WordParagraph)));
  }
  for (const child of section.children) {
    const id = rowTitle(child.title);
    const table = child.blocks.find((block): block is WordTable => block.type === 'table');
    if (id && table) {
      const row = readLabelledTable(state, node, [...target.path, offset()], table);
      if (row) {
        const idField = node.value.type === 'rows' ? node.value.fields.find((field) => field.key === 'id') : undefined;
        const full = idField && !/^\d+$/.test(id.id) ? { [idField.key]: id.id, ...row } : row;
        // The overview table gave the row already: its heading's id says which.
        const known = idField ? tabled.find((other) => other[idField.key] !== undefined && other[idField.key] === full[idField.key]) : undefined;
        if (known) tabled.splice(tabled.indexOf(known), 1);
        if (known) for (const [name, value] of Object.entries(full)) known[name] ??= value;
        else rows.push(full);
        const extra = blocksMarkdown(child.blocks.filter((block) => block !== table));
        note(state, `${heading} › ${child.title}`, extra);
        continue;
      }
    }
    const details = child.blocks.filter((block): block is WordTable => block.type === 'table');
    if (details.length > 0 && rows.length > 0 && mergeDetails(state, node, target, rows, details)) {
      note(state, `${heading} › ${child.title}`, blocksMarkdown(child.blocks.filter((block) => block.type !== 'table')));
      continue;
    }
    rest.push(child);
  }
  setRows(state, target, rows);
  note(state, heading, blocksMarkdown(left));
  return rest;
}

/** Text a list's section has besides its table: guidance is dropped, facts and questions go where they belong. */
function consumeBlocksFor(state: ImportState, blocks: readonly WordBlock[], target: Target): WordBlock[] {
  const out: WordBlock[] = [];
  let run: WordBlock[] = [];
  const flush = () => {
    out.push(...consumeBlocks(state, run, target));
    run = [];
  };
  for (const block of blocks) {
    if (block.type !== 'table') {
      run.push(block);
      continue;
    }
    flush();
    out.push(block);
  }
  flush();
  return out;
}

/**
 * More columns of rows already read, joined to them by a key both tables show (the id):
 * every new row names one read before, and brings fields those rows lack.
 */
function joinByKey(rows: Record<string, unknown>[], more: readonly Record<string, unknown>[]): boolean {
  if (rows.length === 0) return false;
  const key = Object.keys(more[0]!).find((name) => more.every((extra) => extra[name] !== undefined && rows.filter((row) => row[name] === extra[name]).length === 1));
  if (!key) return false;
  const matches = more.map((extra) => rows.find((row) => row[key] === extra[key])!);
  if (!more.some((extra, index) => Object.keys(extra).some((name) => matches[index]![name] === undefined))) return false;
  more.forEach((extra, index) => {
    for (const [name, value] of Object.entries(extra)) if (matches[index]![name] === undefined) matches[index]![name] = value;
  });
  return true;
}

/** A second table of the same rows (the needs' target groups and partners), joined to the first by its key column. */
function mergeDetails(state: ImportState, node: Field, target: Target, rows: Record<string, unknown>[], tables: readonly WordTable[]): boolean {
  let merged = false;
  for (const table of tables) {
    const more = readRowsTable(state, node, target.path, table);
    if (!more || more.length === 0) continue;
    if (joinByKey(rows, more)) {
      merged = true;
      continue;
    }
    const key = Object.keys(more[0]!).find((name) => rows.every((row) => row[name] !== undefined));
    more.forEach((extra, index) => {
      const match = key ? rows.find((row) => row[key] === extra[key]) : rows[index];
      if (match) for (const [name, value] of Object.entries(extra)) if (match[name] === undefined) match[name] = value;
    });
    merged = true;
  }
  return merged;
}

/** The title page's facts and whatever stands before the first heading. */
export function assignRoot(state: ImportState, section: DocSection): void {
  const [only] = section.children;
  // One heading over all the others, naming no section, is the plan's title set as a heading.
  if (section.children.length === 1 && only!.children.length > 0 && !matchHeading(state, only!.title, undefined)) {
    if (!isSet(state.plan, ['tittel'])) state.plan['tittel'] = only!.title;
    assignRoot(state, { ...section, blocks: [...section.blocks, ...only!.blocks], children: only!.children });
    return;
  }
  const left = consumeBlocks(state, section.blocks, undefined);
  const names = Object.values(state.definition.names);
  const kept = left.filter((block) => !(block.type === 'paragraph' && bestSimilarity(block.plain, names) >= 0.8));
  note(state, undefined, blocksMarkdown(kept));
  assignChildren(state, section.children, undefined, []);
}


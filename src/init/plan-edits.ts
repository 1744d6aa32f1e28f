import { isCollection, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { applyEdits, columnOf, flowYaml, missingKeyEdits, type TextEdit } from '../check/fix.js';
import type { Path } from '../load/source.js';
import type { KindDefinition } from '../model/define.js';
import { isRecord } from '../model/walk.js';

/** A value to write into the plan at a path of keys and row indexes. */
export interface PlanAnswer {
  path: Path;
  value: unknown;
}

/** Rows to add at the end of a list of rows. */
export interface AddedRows {
  path: Path;
  rows: Record<string, unknown>[];
}

/**
 * Writes answers into a plan's own text: only the values answered change, and every
 * comment, key order, quoting and blank line elsewhere stays byte for byte. A key the
 * plan lacks is put where the template has it, under its guiding question, as `--fix` does.
 */
export function writeAnswers(text: string, definition: KindDefinition, answers: readonly PlanAnswer[], added: readonly AddedRows[], lang: 'nb' | 'nn' | 'en'): string {
  let doc = parseDocument(text, { uniqueKeys: false });
  const placed: PlanAnswer[] = [];
  for (const answer of answers) mergeInto(placed, lifted(doc, answer));
  for (const rows of added) {
    const list = doc.getIn(rows.path, true);
    // Rows go after the last row; a list that is absent, empty or written inline gets them all as its value.
    if (!isSeq(list) || list.flow || list.items.length === 0) {
      const before = isSeq(list) ? (list.toJSON() as unknown[]) : [];
      mergeInto(placed, lifted(doc, { path: rows.path, value: [...before, ...rows.rows] }));
    }
  }
  const missing = placed.filter((answer) => !hasKey(doc, answer.path)).map((answer) => ({ path: answer.path }));
  // The key goes in bare: the plan's comments are the author's, and an answer needs no guiding question beside it.
  const inserted = missingKeyEdits(text, doc, definition, missing, lang, { questions: false });
  text = applyEdits(text, inserted).text;
  doc = parseDocument(text, { uniqueKeys: false });
  const edits: TextEdit[] = [];
  for (const answer of placed) edits.push(...valueEdits(text, doc, answer));
  for (const rows of added) {
    const list = doc.getIn(rows.path, true);
    if (isSeq(list) && !list.flow && list.items.length > 0 && !placed.some((p) => samePath(p.path, rows.path))) edits.push(rowsEdit(text, list, rows.rows));
  }
  return applyEdits(text, edits).text;
}

/** An answer whose mapping the plan lacks, or writes inline or empty, becomes part of the nearest mapping it has. */
function lifted(doc: Document, answer: PlanAnswer): PlanAnswer {
  let { path, value } = answer;
  while (path.length > 1) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent) && !parent.flow && parent.items.length > 0) break;
    if (isSeq(parent) && typeof path.at(-1) === 'number') break;
    const key = path.at(-1)!;
    const before = isMap(parent) ? (parent.toJSON() as Record<string, unknown>) : {};
    value = { ...before, [String(key)]: value };
    path = path.slice(0, -1);
  }
  return { path, value };
}

function mergeInto(list: PlanAnswer[], answer: PlanAnswer): void {
  const same = list.find((other) => samePath(other.path, answer.path));
  if (!same) list.push(answer);
  else same.value = isRecord(same.value) && isRecord(answer.value) ? { ...same.value, ...answer.value } : answer.value;
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i]);
}

function hasKey(doc: Document, path: Path): boolean {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  return !isMap(parent) || pairOf(parent.items, path.at(-1)!) !== undefined;
}

function pairOf(items: readonly Pair[], key: string | number): Pair | undefined {
  return items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(key));
}

/** The edits that give the key at `path` its new value, or put the key at the end of its mapping. */
function valueEdits(text: string, doc: Document, { path, value }: PlanAnswer): TextEdit[] {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (isSeq(parent) && typeof path.at(-1) === 'number') {
    const item = parent.items[path.at(-1) as number] as YamlNode | undefined;
    if (!item?.range || isCollection(item)) return [];
    return [{ start: item.range[0], end: item.range[1], text: flowYaml(value), rule: 'required' }];
  }
  if (!isMap(parent)) return [];
  const key = String(path.at(-1));
  const pair = pairOf(parent.items, key);
  if (!pair) return atMapEnd(text, parent.items, key, value);
  const keyNode = pair.key as YamlNode;
  const column = columnOf(text, keyNode.range![0]);
  const colon = text.indexOf(':', keyNode.range![1]) + 1;
  const node = pair.value as YamlNode | null;
  const filled = node?.range && node.range[1] > node.range[0] ? node.range : undefined;
  if (isBlock(value)) {
    // A mapping or rows go on the lines under the key, in the plan's own indentation.
    const remove: TextEdit[] = filled ? [{ start: filled[0], end: filled[1], text: '', rule: 'required' }] : [];
    const end = endOfLine(text, filled ? filled[1] : colon);
    return [...remove, { start: end, end, text: `\n${blockText(value, column + 2)}`, rule: 'required' }];
  }
  const written = scalarText(value, column + 2, filled ? restOfLine(text, filled[1]) : restOfLine(text, colon));
  return [filled ? { start: filled[0], end: filled[1], text: written, rule: 'required' } : { start: colon, end: colon, text: ` ${written}`, rule: 'required' }];
}

function atMapEnd(text: string, items: readonly Pair[], key: string, value: unknown): TextEdit[] {
  const last = items.at(-1);
  if (!last) return [];
  const indent = ' '.repeat(columnOf(text, (last.key as YamlNode).range![0]));
  const end = ((last.value as YamlNode | null) ?? (last.key as YamlNode)).range![1];
  const at = text[end - 1] === '\n' ? end : endOfLine(text, end) + 1;
  const body = isBlock(value) ? `${indent}${key}:\n${blockText(value, indent.length + 2)}` : `${indent}${key}: ${scalarText(value, indent.length + 2, '')}`;
  return [{ start: Math.min(at, text.length), end: Math.min(at, text.length), text: `${at > text.length ? '\n' : ''}${body}\n`, rule: 'required' }];
}

function rowsEdit(text: string, list: { items: unknown[]; range?: [number, number, number] | null }, rows: readonly Record<string, unknown>[]): TextEdit {
  const first = list.items[0] as YamlNode;
  const dash = text.lastIndexOf('-', first.range![0]);
  const end = list.range![1];
  const at = text[end - 1] === '\n' ? end : endOfLine(text, end) + 1;
  const block = blockText(rows, columnOf(text, dash));
  return at > text.length ? { start: text.length, end: text.length, text: `\n${block}\n`, rule: 'required' } : { start: at, end: at, text: `${block}\n`, rule: 'required' };
}

function isBlock(value: unknown): boolean {
  return isRecord(value) || (Array.isArray(value) && value.some((item) => isRecord(item)));
}

function blockText(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  return stringify(value, { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

/** A value on the key's line; text of several lines as a literal block, unless a comment follows on that line. */
function scalarText(value: unknown, indent: number, rest: string): string {
  if (typeof value !== 'string' || !value.includes('\n') || rest.trim() !== '') return flowYaml(value);
  const pad = ' '.repeat(indent);
  const body = value.replace(/\n$/, '');
  return `|${value.endsWith('\n') ? '' : '-'}\n${body
    .split('\n')
    .map((line) => (line ? pad + line : ''))
    .join('\n')}`;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function restOfLine(text: string, from: number): string {
  return text.slice(from, endOfLine(text, from));
}

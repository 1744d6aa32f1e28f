import { isMap, isScalar, parseDocument, stringify, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { quotedLine } from '../load/fault-text.js';
import type { Path } from '../load/source.js';
import type { KindDefinition, Node } from '../model/define.js';
import { childNodes, fieldsAt } from '../model/tree.js';
import type { Normalised } from './normalise.js';

/** One change to a plan's text, made where it is certain to mean what the author meant. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** The rule whose problem the edit removes. */
  rule: 'normalised' | 'required' | 'yaml-syntax';
}

/** What `--fix` changed in one file, and the text it would write. */
export interface FixedText {
  text: string;
  edits: number;
}

/** Guards against a text whose every fix makes another colon fault: no plan has this many. */
const MAX_COLON_FIXES = 200;

/**
 * Puts quotes round a value that holds `: ` (`beskrivelse: Tema: lesing`), which YAML reads
 * as a mapping inside a mapping and refuses. Only a plain value on a `key: value` line is
 * quoted; anything else the author must look at.
 */
export function quoteColonValues(text: string): FixedText {
  let edits = 0;
  for (let round = 0; round < MAX_COLON_FIXES; round++) {
    const doc = parseDocument(text, { uniqueKeys: false });
    const fault = doc.errors.find((error) => error.code === 'BLOCK_AS_IMPLICIT_KEY');
    if (!fault) break;
    const lineStart = text.lastIndexOf('\n', fault.pos[0] - 1) + 1;
    const lineEnd = endOfLine(text, lineStart);
    const quoted = quotedProseLine(text.slice(lineStart, lineEnd));
    if (quoted === undefined) break;
    text = text.slice(0, lineStart) + quoted + text.slice(lineEnd);
    edits++;
  }
  return { text, edits };
}

/** The line quoted as the `colonInText` message shows it, in the line's own indentation. */
function quotedProseLine(line: string): string | undefined {
  const prose = quotedLine(line);
  return prose && `${prose.indent}${prose.quoted}`;
}

function endOfLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The edits that write each interpreted value in the form the format wants. */
export function normalisedEdits(doc: Document, found: readonly Normalised[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const read of found) {
    const node = doc.getIn(read.path, true) as YamlNode | undefined;
    // An alias or a block text stands for more than the value: changing it is not certain.
    if (!isScalar(node) || !node.range || node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') continue;
    edits.push({ start: node.range[0], end: node.range[1], text: flowYaml(read.to), rule: 'normalised' });
  }
  return edits;
}

/** A value as a plan writes it on one line: `[M1]`, `2027-03-15`, `true`. */
export function flowYaml(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
}

/** A required key the plan leaves out, to be written empty under its guiding question. */
export interface MissingKey {
  path: Path;
}

/**
 * Edits that write each missing required key, empty, where the template has it (before
 * the next key of the kind's order that the mapping has, else at its end), with the
 * guiding question above it, so the author sees where the answer goes.
 */
export function missingKeyEdits(
  text: string,
  doc: Document,
  definition: KindDefinition,
  missing: readonly MissingKey[],
  lang: 'nb' | 'nn' | 'en',
  { questions = true }: { questions?: boolean } = {},
): TextEdit[] {
  const edits: TextEdit[] = [];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const byPlace = new Map<number, string[]>();
  for (const { path } of missing) {
    const key = path.at(-1);
    if (typeof key !== 'string') continue;
    const parentPath = path.slice(0, -1);
    const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
    const fields = fieldsFor(definition.sections, parentPath);
    if (!isMap(parent) || parent.flow || parent.items.length === 0 || !fields) continue;
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) continue;
    const place = insertionPoint(text, parent, fields.map((f) => f.key), key);
    if (place === undefined) continue;
    const indent = ' '.repeat(columnOf(text, keyStart(parent.items[0]!)));
    const question = questions && field.help ? (field.help[lang] ?? field.help.nb).replace(/\s+/g, ' ').trim() : undefined;
    const lines = [...(question ? [`${indent}# ${question}`] : []), `${indent}${key}:`];
    const at = byPlace.get(place.offset) ?? [];
    at.push((place.needsNewline ? newline : '') + lines.join(newline) + newline);
    byPlace.set(place.offset, at);
  }
  for (const [offset, texts] of byPlace) edits.push({ start: offset, end: offset, text: texts.join(''), rule: 'required' });
  return edits;
}

/** The fields of the mapping at `path` (row indexes stay in the rows' fields). */
function fieldsFor(nodes: readonly Node[], path: Path): ReturnType<typeof fieldsAt> | undefined {
  let fields = fieldsAt(nodes);
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    const field = fields.find((candidate) => candidate.key === segment);
    if (!field) return undefined;
    fields = fieldsAt(childNodes(field.value));
  }
  return fields;
}

function keyStart(pair: Pair): number {
  return (pair.key as YamlNode | null)?.range?.[0] ?? 0;
}

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * After the nearest key before `key` in the kind's order that the mapping has, or before
 * the first one after it (above that key's own comment lines, which belong to it).
 */
function insertionPoint(text: string, map: YAMLMap, order: readonly string[], key: string): { offset: number; needsNewline: boolean } | undefined {
  const index = order.indexOf(key);
  const present = new Map(map.items.map((pair, i) => [isScalar(pair.key) ? String(pair.key.value) : '', i] as const));
  for (const later of order.slice(index + 1)) {
    const at = present.get(later);
    if (at === undefined) continue;
    // A key on the line of a row's dash (`- tittel: …`) has nothing above it to go before.
    const start = keyStart(map.items[at]!);
    if (/-\s*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) break;
    return { offset: aboveComments(text, text.lastIndexOf('\n', start - 1) + 1), needsNewline: false };
  }
  const last = map.items.at(-1)!;
  const end = ((last.value as YamlNode | null) ?? (last.key as YamlNode | null))?.range?.[1];
  if (end === undefined) return undefined;
  // A block collection's range ends after its last line break.
  if (text[end - 1] === '\n') return { offset: end, needsNewline: false };
  const newline = text.indexOf('\n', end);
  return newline === -1 ? { offset: text.length, needsNewline: true } : { offset: newline + 1, needsNewline: false };
}

function aboveComments(text: string, lineStart: number): number {
  let start = lineStart;
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^\s*#/.test(text.slice(previous, start))) break;
    start = previous;
  }
  return start;
}

/** The text with the edits made; an edit that overlaps an earlier one is left out. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  const applied: TextEdit[] = [];
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
    applied.push(edit);
  }
  return { text: out + text.slice(at), applied };
}

import { isWordDocument } from './word.js';
import { isCollection, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  line: number;
  column: number;
}

/** Why a file could not be read as YAML; each becomes a `yaml-syntax` problem. */
export type SyntaxFault =
  | { kind: 'word' }
  | { kind: 'binary' }
  | { kind: 'encoding' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'aliases' }
  | { kind: 'yaml'; code: string; message: string; position: Position };

/** A plan file parsed once: the data for rules, the document for positions and comments. */
export interface Source {
  text: string;
  doc: Document.Parsed | undefined;
  data: unknown;
  faults: SyntaxFault[];
  lineCounter: LineCounter;
}

/** Plans are a few kilobytes; past this a file is a mistake (a log, a dump), not a plan. */
export const MAX_PLAN_BYTES = 4 * 1024 * 1024;

/** Every alias expands its anchor again; this bounds the "billion laughs" blow-up. */
const MAX_ALIAS_COUNT = 100;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): { text: string } | { fault: SyntaxFault } {
  if (isWordDocument(bytes)) return { fault: { kind: 'word' } };
  if (bytes.byteLength > MAX_PLAN_BYTES) return { fault: { kind: 'too-large', bytes: bytes.byteLength } };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { fault: { kind: 'binary' } };
  try {
    // TextDecoder drops a leading BOM, so line 1 column 1 stays where editors show it.
    return { text: utf8.decode(bytes) };
  } catch {
    return { fault: { kind: 'encoding' } };
  }
}

export function parseSource(bytes: Uint8Array): Source {
  const lineCounter = new LineCounter();
  const decoded = decode(bytes);
  if ('fault' in decoded) return { text: '', doc: undefined, data: undefined, faults: [decoded.fault], lineCounter };
  return parseText(decoded.text, lineCounter);
}

export function parseText(text: string, lineCounter = new LineCounter()): Source {
  // logLevel 'error': the parser must not print its warnings to the user's terminal.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, logLevel: 'error' });
  // One fault often sets off more on the same line; the first says what the author must fix.
  const seenLines = new Set<number>();
  const faults: SyntaxFault[] = [];
  for (const error of doc.errors) {
    const position = positionOf(lineCounter, errorOffset(text, error.code, error.message, error.pos[0]));
    if (seenLines.has(position.line)) continue;
    seenLines.add(position.line);
    faults.push({ kind: 'yaml', code: error.code, message: firstLine(error.message), position });
  }
  if (faults.length > 0) return { text, doc, data: undefined, faults, lineCounter };
  try {
    return { text, doc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), faults, lineCounter };
  } catch {
    return { text, doc, data: undefined, faults: [{ kind: 'aliases' }], lineCounter };
  }
}

/** An unclosed quote is reported where the file ends; the author needs the quote that opened it. */
function errorOffset(text: string, code: string, message: string, offset: number): number {
  if (code !== 'MISSING_CHAR') return offset;
  const quote = /closing (["'])quote/.exec(message)?.[1];
  const opening = quote ? text.lastIndexOf(quote, offset - 1) : -1;
  return opening >= 0 ? opening : offset;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(Math.max(0, offset));
  return { line, column: col };
}

/**
 * Where a problem about `path` belongs: a scalar at its value, a mapping or list at the
 * key that names it, a list row at its first key; a missing key at the start of the
 * mapping that lacks it. Falls back to the nearest ancestor that exists. `key` anchors a
 * problem about the key itself (an unknown key) at the key.
 */
export function locate(source: Source, path: Path, anchor: 'node' | 'key' = 'node'): Position {
  const root = source.doc?.contents;
  if (!root) return { line: 1, column: 1 };
  let node: unknown = root;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      // Keys may be numbers or booleans in YAML while path segments are strings.
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return startOf(source, node);
      keyNode = pair.key as Node;
      node = pair.value;
      // `key:` with nothing after it: the empty value is a null scalar; the key is what to show.
      if (node === null || (isScalar(node) && node.value === null && isEmptySource(node))) return startOf(source, keyNode);
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      keyNode = undefined;
      node = node.items[segment];
    } else {
      return startOf(source, node as Node);
    }
  }
  if (keyNode && (anchor === 'key' || isCollection(node))) return startOf(source, keyNode);
  return startOf(source, node as Node);
}

function isEmptySource(node: Node): boolean {
  const [start, end] = node.range ?? [0, 0];
  return start === end;
}

function startOf(source: Source, node: Node | null | undefined): Position {
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : positionOf(source.lineCounter, offset);
}

/** `oppgaver[2].frist`, the form problems and config use. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

import { Composer, CST, isCollection, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, YAMLParseError, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { decode, withLineFeeds } from './decode.js';
import { MAX_PLAN_BYTES, PARSE_LIMITS, type ParseLimits, type ParseOptions } from './limits.js';
import { inspectTree, type ForeignTag } from './tree.js';
import { isWordDocument } from './word.js';

export { decode } from './decode.js';
export { MAX_PLAN_BYTES } from './limits.js';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Position {
  line: number;
  column: number;
}

/** Why a file could not be read as YAML; each becomes a `yaml-syntax` problem, at `position` when it has one. */
export type SyntaxFault =
  | { kind: 'word' }
  | { kind: 'binary' }
  | { kind: 'nul'; position: Position }
  /** Saved in another encoding (named when its mark or its NULs tell), or not valid UTF-8 from `firstInvalid` on. */
  | { kind: 'encoding'; encoding?: string; firstInvalid?: Position }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'aliases'; position: Position; max: number }
  | { kind: 'undefined-alias'; name: string; position: Position }
  | { kind: 'cycle'; name: string; position: Position }
  | { kind: 'limit'; limit: keyof ParseLimits; max: number; position: Position }
  /** `line`: the text of the line the fault is on, for messages that show it corrected. */
  | { kind: 'yaml'; code: string; message: string; position: Position; line?: string };

/** A plan file parsed once: the data for rules, the document for positions and comments. */
export interface Source {
  text: string;
  doc: Document.Parsed | undefined;
  data: unknown;
  faults: SyntaxFault[];
  lineCounter: LineCounter;
  /** Values tagged with something a plan does not use (`!!timestamp`), read as plain text or collections. */
  tags?: readonly TaggedValue[];
}

export interface TaggedValue {
  path: Path;
  tag: string;
  position: Position;
}

export type { ParseOptions } from './limits.js';

export function parseSource(bytes: Uint8Array, options: ParseOptions = {}): Source {
  const lineCounter = new LineCounter();
  const decoded = decode(bytes, options.limits?.bytes ?? MAX_PLAN_BYTES);
  if ('fault' in decoded) return { text: '', doc: undefined, data: undefined, faults: [decoded.fault], lineCounter };
  return parseText(decoded.text, lineCounter, options);
}

/**
 * The source for a file that was not read because it is larger than any plan; its first
 * bytes, when known, tell a Word document (with pictures, easily past the limit) apart.
 */
export function oversizedSource(bytes: number, head?: Uint8Array): Source {
  const fault: SyntaxFault = head && isWordDocument(head) ? { kind: 'word' } : { kind: 'too-large', bytes };
  return { text: '', doc: undefined, data: undefined, faults: [fault], lineCounter: new LineCounter() };
}

export function parseText(raw: string, lineCounter = new LineCounter(), options: ParseOptions = {}): Source {
  const text = withLineFeeds(raw);
  const limits: ParseLimits = { ...PARSE_LIMITS, ...options.limits };
  const fail = (fault: SyntaxFault): Source => ({ text, doc: undefined, data: undefined, faults: [fault], lineCounter });
  const composed = composeWithin(text, lineCounter, limits);
  if ('limit' in composed) return fail({ kind: 'limit', ...composed, position: positionIn(text, lineCounter, composed.offset) });
  const { doc } = composed;
  // One fault often sets off more on the same line; the first says what the author must fix.
  const seenLines = new Set<number>();
  const faults: SyntaxFault[] = [];
  for (const error of doc.errors) {
    const position = positionIn(text, lineCounter, errorOffset(text, error.code, error.message, error.pos[0]));
    if (seenLines.has(position.line)) continue;
    seenLines.add(position.line);
    faults.push({ kind: 'yaml', code: error.code, message: firstLine(error.message), position, line: lineAt(text, lineCounter, position.line) });
  }
  if (faults.length > 0) return { text, doc, data: undefined, faults, lineCounter };
  // Without an alias or a tag the data is a tree of the nodes already counted: nothing to inspect.
  const tree = composed.aliasesOrTags ? inspectTree(doc, limits) : { tags: [] };
  if (tree.fault) {
    const position = positionIn(text, lineCounter, tree.fault.offset);
    if (tree.fault.kind === 'aliases') return fail({ kind: 'aliases', position, max: limits.nodes });
    return fail({ kind: tree.fault.kind, name: tree.fault.name, position });
  }
  const tags = tree.tags.map((tag: ForeignTag) => ({ path: tag.path, tag: tag.tag, position: positionIn(text, lineCounter, tag.offset) }));
  try {
    // Aliases were counted as what they repeat above, so the parser's own guess at a bomb is not needed.
    return { text, doc, data: doc.toJS({ maxAliasCount: -1 }), faults, lineCounter, tags };
  } catch (error) {
    // Not seen in any input so far; if the parser finds something the walk above did not, it is still a finding.
    return fail({ kind: 'yaml', code: 'TO_DATA', message: error instanceof Error ? error.message : String(error), position: { line: 1, column: 1 } });
  }
}

function lineAt(text: string, lineCounter: LineCounter, line: number): string | undefined {
  const start = lineCounter.lineStarts[line - 1];
  if (start === undefined) return undefined;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/**
 * Records where each line starts; stops at the line past `maxLines` and returns where it
 * starts. The break that ends the last line starts no line of its own.
 */
function fillLines(text: string, lineCounter: LineCounter, maxLines: number): number | undefined {
  lineCounter.addNewLine(0);
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at + 1 < text.length; at = text.indexOf('\n', at + 1)) {
    lineCounter.addNewLine(at + 1);
    if (++lines > maxLines) return at + 1;
  }
  return undefined;
}

const COLLECTION_TOKENS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * Parses as `yaml`'s parseDocument does, token by token, and stops at the first limit the
 * text crosses: the parser's tree and the document are never built for a file past one.
 */
function composeWithin(
  text: string,
  lineCounter: LineCounter,
  limits: ParseLimits,
): { doc: Document.Parsed; aliasesOrTags: boolean } | { limit: keyof ParseLimits; max: number; offset: number } {
  // Line starts come from the text itself: the parser skips the lines of a block scalar it cannot place.
  // The first limit crossed in the file is the one reported: the line past the limit is where its limit is crossed.
  const pastLines = fillLines(text, lineCounter, limits.lines) ?? Infinity;
  let crossed: { limit: keyof ParseLimits; max: number; offset: number } | undefined;
  const cross = (limit: keyof ParseLimits, offset: number) => {
    crossed ??= { limit, max: limits[limit], offset };
  };
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let nodes = 0;
  let lexemes = 0;
  let aliasesOrTags = false;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    if (offset >= pastLines) return { limit: 'lines', max: limits.lines, offset: pastLines };
    // By the first character, as the lexer marks them: \x1f before a plain or block scalar
    // (a marker, not text of the file), quotes, `*` for an alias, `!` for a tag.
    const first = lexeme.charCodeAt(0);
    let node = first === 0x1f;
    if (!node && first !== 0x02) {
      if (++lexemes > limits.tokens) cross('tokens', offset);
      node = first === 0x22 || first === 0x27 || first === 0x2a || lexeme === '[' || lexeme === '{' || lexeme === '-' || lexeme === '?';
      if (first === 0x2a || first === 0x21) aliasesOrTags = true;
    }
    if (node && ++nodes > limits.nodes) cross('nodes', offset);
    for (const token of parser.next(lexeme)) tokens.push(token);
    const { stack } = parser;
    const top = stack[stack.length - 1];
    if (top && COLLECTION_TOKENS.has(top.type) && (top as CST.BlockMap).items.length > limits.entries) cross('entries', offset);
    // The stack holds the document and, on top, the scalar being read: count only collections, and only when it could matter.
    if (stack.length - 1 > limits.depth && stack.filter((token) => COLLECTION_TOKENS.has(token.type)).length > limits.depth) cross('depth', offset);
    if (crossed) return crossed;
  }
  for (const token of parser.end()) tokens.push(token);
  // logLevel 'error': the parser must not print its warnings to the user's terminal.
  // resolveKnownTags false: `!!timestamp` and `!!set` stay text and mappings, not Dates and Sets no rule expects.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, logLevel: 'error', resolveKnownTags: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return { doc: doc!, aliasesOrTags };
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
 * The position of `offset`, never past the end of its line or after the last line: a fault
 * found where the file ends is shown on the last character there is.
 */
export function positionIn(text: string, lineCounter: LineCounter, offset: number): Position {
  let at = Math.min(Math.max(0, offset), text.length);
  // Past the line break the file ends with there is no line: take the last one.
  if (at === text.length && at > 0 && text[at - 1] === '\n') at--;
  if (at > 0 && text[at] === '\n' && text[at - 1] === '\r') at--;
  const { line, column } = positionOf(lineCounter, at);
  const start = at - (column - 1);
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { line, column: Math.max(1, Math.min(column, end - start)) };
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
      const pair = pairOf(node, segment);
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

/** Each mapping's pairs by key, built once: a problem per key of a large mapping must not search it each time. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, segment: PathSegment): Pair | undefined {
  let index = pairsByKey.get(map);
  if (!index) {
    index = new Map();
    // Keys may be numbers or booleans in YAML while path segments are strings; the first of a name wins.
    for (const item of map.items) if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item as Pair);
    pairsByKey.set(map, index);
  }
  return index.get(String(segment));
}

/** The text of the value at `path` as written in the file (`1e400`, `.inf`), when it is a scalar. */
export function writtenAt(source: Source, path: Path): string | undefined {
  let node: unknown = source.doc?.contents;
  for (const segment of path) {
    if (isMap(node)) node = pairOf(node, segment)?.value;
    else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return source.text.slice(node.range[0], node.range[1]).trim();
}

function isEmptySource(node: Node): boolean {
  const [start, end] = node.range ?? [0, 0];
  return start === end;
}

function startOf(source: Source, node: Node | null | undefined): Position {
  const offset = node?.range?.[0];
  return offset === undefined ? { line: 1, column: 1 } : positionIn(source.text, source.lineCounter, offset);
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

import { Document, isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { InitLang } from '../messages/init.js';
import type { Kind } from '../kinds/index.js';
import { fieldsOf, keyFields, type Field } from './fields.js';
import { helpOf, rowHelpOf } from './labels.js';
import { wrapText } from './wrap.js';
import { ti } from '../messages/init.js';

export interface DocumentOptions {
  kind: Kind;
  lang: InitLang;
  /** Where the kind's JSON Schema is, relative to the plan, for the editor's YAML extension. */
  schemaRef: string;
  /** Comment every key of list rows too, as the skeleton's sample rows need. */
  commentRows?: boolean;
  /** Adds comments of its own (such as where a value was read from) before the text is written. */
  annotate?: (doc: Document) => void;
}

const COMMENT_WIDTH = 88;

/**
 * The plan as YAML text: the schema line first, then the fields in template order, each
 * section under its guiding question as a comment. Built with the `yaml` document API
 * so the comments are part of the document, not text pasted around it.
 */
export function planDocument(plan: Record<string, unknown>, options: DocumentOptions): string {
  const doc = new Document(plan);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('a plan is a mapping');
  comment(root, fieldsOf(options.kind), options, 0, true);
  const first = root.items[0]?.key;
  if (isScalar(first)) first.commentBefore = ` yaml-language-server: $schema=${options.schemaRef}`;
  options.annotate?.(doc);
  // lineWidth 0: a sentence stays on one line, as the author typed it, and diffs stay small.
  return doc.toString({ lineWidth: 0, nullStr: '' });
}

function comment(map: YAMLMap, fields: readonly Field[], options: DocumentOptions, depth: number, topLevel: boolean, inRow = false): void {
  const byKey = new Map(keyFields(fields).map((field) => [field.key, field]));
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const field = byKey.get(String(pair.key.value));
    if (!field || field.type === 'fixed') continue;
    const text = helpOf(field, options.lang);
    if (text && (!inRow || options.commentRows)) pair.key.commentBefore = commentText(text, depth);
    // A blank line between sections, as in the templates; none inside a section.
    if (topLevel) pair.key.spaceBefore = true;
    const value = pair.value as Node | null;
    // Goal ids and years read best on one line, as the model's examples write them: [M1, M2].
    if (field.type === 'values' && isSeq(value)) value.flow = true;
    if (field.type === 'group' && isMap(value)) comment(value, field.fields, options, depth + 1, false, inRow);
    if (field.type === 'rows' && isSeq(value)) {
      for (const item of value.items) {
        if (!isMap(item)) continue;
        comment(item, field.fields, options, depth + 2, false, true);
        if (!options.commentRows) continue;
        // The first key's comment would sit after the dash; it goes above the row instead.
        const head = item.items[0]?.key;
        const headComment = isScalar(head) ? head.commentBefore : undefined;
        if (isScalar(head)) head.commentBefore = undefined;
        const rowHelp = rowHelpOf(field, options.lang);
        // A sample row is there to show the shape; an author should not think it must stay.
        const sample = commentText(ti(options.lang, 'row.sample'), depth + 1);
        item.commentBefore = [rowHelp ? commentText(rowHelp, depth + 1) : undefined, sample, headComment]
          .filter((part): part is string => Boolean(part))
          .join('\n');
      }
    }
  }
}

/** The `yaml` library writes `#` before each line of a comment; it adds no space or wrapping. */
export function commentText(text: string, depth: number): string {
  return wrapText(text, COMMENT_WIDTH - depth * 2)
    .map((line) => ` ${line}`)
    .join('\n');
}

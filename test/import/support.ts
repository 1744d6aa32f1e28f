import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse } from 'yaml';
import { checkBytes } from '../../src/check/engine.js';
import { isKind, kindDefinition, type Kind } from '../../src/kinds/index.js';
import type { Field, Node } from '../../src/model/define.js';
import { fieldsAt } from '../../src/model/tree.js';
import { isRecord } from '../../src/model/walk.js';
import { isFilledValue } from '../../src/render/filled.js';
import { blockMarkdown } from '../../src/render/markdown/block.js';
import { inlineMarkdown } from '../../src/render/markdown/inline.js';
import { renderPlanDocx } from '../../src/render/library.js';
import { ROOT } from '../helpers.js';

export const TODAY = '2026-11-24';

/** A plan rendered to Word as `dekom render -o x.docx --lang <lang>` does. */
export async function renderDocx(plan: Record<string, unknown>, lang: 'nb' | 'nn' | 'en'): Promise<Uint8Array> {
  return renderPlanDocx(plan, { lang, today: TODAY });
}

/** Every example and test plan that renders: a plan of a known kind whose structure `check` accepts. */
export function renderablePlans(): { name: string; plan: Record<string, unknown>; kind: Kind }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) files.push(full);
    }
  };
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, 'test', 'fixtures'));
  const out: { name: string; plan: Record<string, unknown>; kind: Kind }[] = [];
  for (const file of files.sort()) {
    let plan: unknown;
    try {
      plan = parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (!isRecord(plan) || plan['dekom'] !== 1 || !isKind(plan['type'])) continue;
    const result = checkBytes(file, readFileSync(file), { lang: 'nb', today: TODAY });
    // A value written otherwise than the format wants (`15.03.2027`) is shown as read, not as written.
    if (result.problems.some((problem) => ['schema', 'yaml-syntax', 'normalised'].includes(problem.rule))) continue;
    out.push({ name: path.relative(ROOT, file), plan, kind: plan['type'] });
  }
  return out;
}

const collapse = (text: string) => text.replace(/[ \t\u00a0]+/g, ' ').trim();

/** Inline Markdown as a reader sees it: the words, with bold, italics and code marked. */
function inline(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    const nested = (token as { tokens?: Token[] }).tokens;
    if (token.type === 'strong') out += `**${inline(nested)}**`;
    else if (token.type === 'em') out += `*${inline(nested)}*`;
    else if (token.type === 'codespan') out += `\`${(token as Tokens.Codespan).text}\``;
    // The document prints an image as its description in italics.
    else if (token.type === 'image') out += `*${(token as Tokens.Image).text}*`;
    else if (token.type === 'br') out += ' ';
    else if (nested?.length) out += inline(nested);
    else if ('text' in token && typeof token.text === 'string') out += token.text;
  }
  return collapse(out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\n/g, ' '));
}

function blocks(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.type === 'heading' || token.type === 'paragraph' || token.type === 'text') out.push(inline((token as Tokens.Paragraph).tokens));
    else if (token.type === 'code') out.push(`code: ${(token as Tokens.Code).text.trim()}`);
    else if (token.type === 'list') for (const item of (token as Tokens.List).items) out.push(`- ${blocks(item.tokens).join(' ')}`);
    else if (token.type === 'table') out.push((token as Tokens.Table).rows.map((row) => row.map((cell) => inline(cell.tokens)).join(' | ')).join(' / '));
    else if (token.type === 'blockquote') out.push(...blocks((token as Tokens.Blockquote).tokens));
  }
  return out.filter((text) => text !== '');
}

/** Markdown text as the document shows it: its blocks, each as plain words with its emphasis; heading levels and line wrapping do not count. */
export function prose(text: string): string {
  return blocks(new Lexer({ gfm: true }).lex(blockMarkdown(text, 2))).join('\n');
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  // The document marks text left from a template ("TODO", "Velg et element") as not filled in.
  if (typeof value === 'string' && !isFilledValue(value)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return typeof value === 'string' && value.trim() === '';
}

/**
 * What the document shows of a plan, as comparable values: every field but the hidden
 * ones, text as a reader sees it, a row list as a set (the document orders rows by date
 * or priority), a choice at its default as the document leaves it out.
 */
export function shown(plan: Record<string, unknown>, kind: Kind): Record<string, unknown> {
  const out = mapping(fieldsAt(kindDefinition(kind).sections), withoutUnprinted(plan)) ?? {};
  return out;
}

/**
 * The one value a built-in partial leaves out on purpose: the cost of a competence need
 * that runs only in years after the one applied for is printed as "–".
 */
function withoutUnprinted(plan: Record<string, unknown>): Record<string, unknown> {
  const needs = plan['kompetansebehov'];
  if (!Array.isArray(needs)) return plan;
  const year = plan['innstillingsår'];
  const rows = needs.map((row) => (isRecord(row) && Array.isArray(row['år']) && row['år'].length > 0 && !row['år'].includes(year) ? { ...row, kostnad: undefined } : row));
  return { ...plan, kompetansebehov: rows };
}

function mapping(fields: readonly Field[], data: unknown): Record<string, unknown> | undefined {
  if (!isRecord(data)) return undefined;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.show?.hidden || field.value.type === 'literal') continue;
    const value = valueOf(field, data[field.key]);
    if (value !== undefined) out[field.key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** "1 234 567", "1,234,567" and 1234567; "3,5" and 3.5: one number, as the document's language writes it. */
function measure(text: string): string {
  const squeezed = text.replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(squeezed)) return collapse(text);
  const english = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(squeezed);
  return String(Number(english ? squeezed.replace(/,/g, '') : squeezed.replace(',', '.')));
}

/**
 * A list of one given instead of its single field (`roller: [barnehageeier]` for `rolle`) is
 * printed as that one option: the document cannot tell them apart, and reads back the single.
 */
function asSingle(fields: readonly Field[], row: unknown): unknown {
  if (!isRecord(row)) return row;
  let out = row;
  for (const field of fields) {
    const many = field.instead ? out[field.instead] : undefined;
    if (field.instead && out[field.key] === undefined && Array.isArray(many) && many.length === 1) out = { ...out, [field.key]: many[0], [field.instead]: undefined };
  }
  return out;
}

function valueOf(field: Field, value: unknown): unknown {
  if (isEmpty(value)) return undefined;
  if (field.ask?.default !== undefined && value === field.ask.default) return undefined;
  switch (field.value.type) {
    case 'prose':
      return prose(String(value));
    case 'text':
      return typeof value === 'string' ? inline(new Lexer({ gfm: true }).inlineTokens(inlineMarkdown(value))) : value;
    // Amounts are printed to the øre.
    case 'number':
      return typeof value === 'number' ? Math.round(value * 100) / 100 : value;
    case 'group':
      return mapping(fieldsAt(field.value.fields as Node[]), value);
    case 'rows': {
      if (!Array.isArray(value)) return value;
      const fields = fieldsAt(field.value.type === 'rows' ? field.value.fields : []);
      const rows = value.map((row) => mapping(fields, asSingle(fields, row))).filter((row) => row !== undefined);
      return rows.map((row) => JSON.stringify(row)).sort();
    }
    // A number here is printed as the language writes it, and read back as that text.
    case 'measure':
      return measure(String(value));
    default:
      return value;
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { KIND_DEFINITIONS, kindDefinition } from '../../src/kinds/index.js';
import { goals } from '../../src/kinds/parts/goals.js';
import { header } from '../../src/kinds/parts/header.js';
import { meetings } from '../../src/kinds/parts/meetings.js';
import { partners } from '../../src/kinds/parts/partners.js';
import { resources } from '../../src/kinds/parts/resources.js';
import { tasks } from '../../src/kinds/parts/tasks.js';
import { kindSchema } from '../../src/kinds/schemas.js';
import type { Node } from '../../src/model/define.js';
import { NOTES } from '../../src/model/notes.js';
import { fieldAt, fieldsAt } from '../../src/model/tree.js';
import { schemaAt } from '../../src/model/walk.js';
import { helperNames, registerHelpers } from '../../src/render/handlebars/helpers.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { outline, type Block } from '../../src/render/outline.js';
import { ROOT } from '../helpers.js';
import { markerPlan } from './support.js';

const PARTIALS = path.join(ROOT, 'templates', 'partials');

function* blocks(list: readonly Block[]): Generator<Block> {
  for (const block of list) {
    yield block;
    if (block.block === 'section') yield* blocks(block.children);
  }
}

function pathsOf(block: Block): string[] {
  switch (block.block) {
    case 'section':
      return block.whenFilled ? [block.whenFilled] : [];
    case 'facts':
    case 'questions':
      return block.items.map((item) => item.path);
    case 'prose':
    case 'part':
    case 'table':
    case 'value':
      return [block.path];
    case 'front':
      return [];
  }
}

describe('every field of a kind is in its document', () => {
  it.each(KIND_DEFINITIONS.map((kind) => kind.id))('%s: a plan with a value in every field shows each of them', (kind) => {
    const { plan, expected, hidden } = markerPlan(kindDefinition(kind).sections);
    // The language is what the document is written in, not a fact it states.
    expect(hidden).toEqual(['språk']);
    const markdown = renderMarkdown(plan, { kind, lang: 'nb', today: '2026-11-24' });
    const squeezed = markdown.replace(/[\s\u00a0]/g, '');
    const missing = expected.filter((e) => !(e.digits ? squeezed.includes(e.shown) : markdown.includes(e.shown))).map((e) => `${e.path} (${e.shown})`);
    expect(missing).toEqual([]);
  });
});

describe('every path the document prints is a field of the kind', () => {
  it.each(KIND_DEFINITIONS.map((kind) => kind.id))('%s: the outline reads only what the schema has', (kind) => {
    const schema = kindSchema(kind);
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const block of blocks(outline(kind, lang))) {
        for (const at of pathsOf(block)) expect(schemaAt(schema, at.split('.')), `${kind} ${block.block} ${at}`).toBeDefined();
        if (block.block === 'table') {
          for (const column of block.columns) expect(schemaAt(schema, [...block.path.split('.'), 0, column.key]), `${kind} ${block.path}[].${column.key}`).toBeDefined();
        }
      }
    }
  });

  /** The fields each partial draws, as the definitions give them. */
  const DRAWS: Record<string, readonly Node[]> = {
    'front-matter': header('skoleplan').sections ?? [],
    goals: [goals],
    tasks: [tasks],
    meetings: [meetings],
    partners: [partners],
    resources: [resources],
    needs: [fieldAt(kindDefinition('kompetanseplan').sections, 'kompetansebehov')!],
    notes: [NOTES],
    // The frame per scheme, beside the grants of the measures recommended in it.
    frames: [fieldAt(kindDefinition('innstilling').sections, 'ramme')!, fieldAt(kindDefinition('innstilling').sections, 'tiltak')!],
    recommendations: [fieldAt(kindDefinition('innstilling').sections, 'tiltak')!],
    measures: [fieldAt(kindDefinition('barnehageplan').sections, 'tiltak')!],
  };
  /** Names a partial uses that are its parameters or data, not fields of the plan. */
  const NOT_FIELDS = new Set([
    'goals', 'tasks', 'meetings', 'partners', 'resources', 'needs', 'notes', 'frames', 'recommendations', 'measures', 'depth', 'level', 'this', 'length',
    // The rows `frameRows` gives: what is recommended in a scheme, and what is left of its frame.
    'innstilt', 'igjen',
  ]);

  function keysOf(nodes: readonly Node[]): Set<string> {
    const keys = new Set<string>();
    const add = (list: readonly Node[]) => {
      for (const field of fieldsAt(list)) {
        keys.add(field.key);
        if (field.value.type === 'group' || field.value.type === 'rows') add(field.value.fields);
      }
    };
    add(nodes);
    return keys;
  }

  function pathNames(node: unknown, out: Set<string>, helpers: ReadonlySet<string>): Set<string> {
    if (Array.isArray(node)) node.forEach((child) => pathNames(child, out, helpers));
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['type'] === 'PathExpression' && record['data'] !== true) {
        const parts = record['parts'] as string[];
        if (!(parts.length === 1 && helpers.has(parts[0]!))) for (const part of parts) out.add(part);
      }
      if (record['type'] === 'PartialStatement') return out;
      for (const [key, value] of Object.entries(record)) if (key !== 'loc') pathNames(value, out, helpers);
    }
    return out;
  }

  it('every field a built-in partial names exists in the part it draws', () => {
    const env = Handlebars.create();
    registerHelpers(env);
    const helpers = new Set(helperNames(env));
    const files = readdirSync(PARTIALS).filter((file) => file.endsWith('.hbs') && !['block.hbs', 'missing.hbs'].includes(file));
    expect(files.map((file) => file.slice(0, -4)).sort()).toEqual(Object.keys(DRAWS).sort());
    for (const file of files) {
      const name = file.slice(0, -4);
      const known = keysOf(DRAWS[name]!);
      const used = [...pathNames(env.parse(readFileSync(path.join(PARTIALS, file), 'utf8')), new Set(), helpers)].filter((part) => !NOT_FIELDS.has(part));
      expect(used.filter((part) => !known.has(part)), file).toEqual([]);
    }
  });
});

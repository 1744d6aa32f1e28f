import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument, isMap, isScalar } from 'yaml';
import { describe, expect, test } from 'vitest';
import { planDocument } from '../../src/init/document.js';
import { allFields, fieldsOf, keyFields } from '../../src/init/fields.js';
import { fillPlan } from '../../src/init/fill.js';
import { interview } from '../../src/init/flow.js';
import { helpOf } from '../../src/init/labels.js';
import { PUBLISHED_SCHEMAS, schemaReference } from '../../src/init/schema-ref.js';
import { KINDS, kindDefinition } from '../../src/kinds/index.js';
import { fieldAt } from '../../src/model/tree.js';
import { kindSchema } from '../../src/kinds/schemas.js';
import { ROOT, checkText } from '../helpers.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { scripted } from './scripted.js';
import { COMPLETE, script } from './scripts.js';

const write = (kind: (typeof KINDS)[number], plan: Record<string, unknown>, lang: 'nb' | 'en' = 'nb', commentRows = false) =>
  planDocument(plan, { kind, lang, schemaRef: `../schemas/${kind}.schema.json`, commentRows });

/** Comment lines directly above each top-level key, joined back into one text. */
function commentsAbove(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let comment: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('# ')) comment.push(line.slice(2));
    else if (/^[^\s#-][^:]*:/.test(line)) {
      out.set(line.slice(0, line.indexOf(':')), comment.join(' '));
      comment = [];
    } else if (line.trim() === '') comment = [];
  }
  return out;
}

describe('the written plan', () => {
  for (const kind of KINDS) {
    test(`${kind}: what is written reads back as the same data`, async () => {
      const plan = await interview({ kind, lang: 'nb', prompter: scripted(script(kind)) });
      expect(parse(write(kind, plan))).toEqual(plan);
      const skeleton = fillPlan(kind, {}, true);
      expect(parse(write(kind, skeleton, 'nb', true))).toEqual(skeleton);
    });
  }

  test('starts with the schema line, then dekom: 1, then the keys in template order', async () => {
    const plan = await interview({ kind: 'nettverksplan', lang: 'nb', prompter: scripted(COMPLETE.nettverksplan) });
    const text = write('nettverksplan', plan);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# yaml-language-server: $schema=../schemas/nettverksplan.schema.json', 'dekom: 1', 'type: nettverksplan']);
    const doc = parseDocument(text);
    const keys = isMap(doc.contents) ? doc.contents.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined)) : [];
    // The notes are written by `dekom import`, never asked.
    expect(keys).toEqual(Object.keys(kindSchema('nettverksplan').shape).filter((key) => key !== 'merknader'));
  });

  test('two lines typed for a prose answer stay two paragraphs, in the YAML and in the document', async () => {
    const plan = await interview({ kind: 'skoleplan', lang: 'nb', prompter: scripted(COMPLETE.skoleplan) });
    const text = write('skoleplan', plan);
    expect(text).toContain('innledning: |\n  Svar på innledning.\n\n  Andre linje med æ, ø og å.\n');
    const data = parse(text) as Record<string, unknown>;
    expect(data['innledning']).toBe('Svar på innledning.\n\nAndre linje med æ, ø og å.\n');
    const markdown = renderMarkdown(data, { kind: 'skoleplan', lang: 'nb', today: '2026-11-24' });
    expect(markdown).toContain('\nSvar på innledning.\n\nAndre linje med æ, ø og å.\n');
  });

  test('Norwegian letters are written as they are, never escaped', async () => {
    const plan = await interview({ kind: 'skoleplan', lang: 'nb', prompter: scripted(COMPLETE.skoleplan) });
    const text = write('skoleplan', { ...plan, tittel: 'Læring – «Ærlig» på Østre Åsen' });
    expect(text).toContain('tittel: Læring – «Ærlig» på Østre Åsen\n');
    expect(text).toContain('Andre linje med æ, ø og å.');
    expect(text).toContain('tegn_på_læring:');
    expect(text).not.toMatch(/\\u00|\\x[0-9a-f]{2}/i);
  });

  test('text that YAML would misread is quoted, and still reads back as text', () => {
    const plan = { ...fillPlan('skoleplan'), tittel: 'Mål: 1', tema: 'ja', organisasjon: '2026' };
    const data = parse(write('skoleplan', plan)) as Record<string, unknown>;
    expect([data['tittel'], data['tema'], data['organisasjon']]).toEqual(['Mål: 1', 'ja', '2026']);
  });
});

describe('--yes: a skeleton with the guiding questions as comments', () => {
  for (const kind of KINDS) {
    test(`${kind}: every section present, each under the schema's guiding question`, () => {
      const text = write(kind, fillPlan(kind, {}, true), 'nb', true);
      const comments = commentsAbove(text);
      for (const field of keyFields(fieldsOf(kind))) {
        if (field.type === 'fixed') continue;
        expect(comments.get(field.key), field.key).toBe(field.help?.nb);
      }
      const result = checkText(text);
      expect(result.problems.filter((p) => p.rule === 'schema' || p.rule === 'yaml-syntax')).toEqual([]);
      const errors = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.rule));
      // The sample goal row is empty: goal-smart has its say where the kind has goals, required everywhere.
      expect(errors).toContain(fieldAt(kindDefinition(kind).sections, 'mål') ? 'goal-smart' : 'required');
    });
  }

  test('the sample goal row carries each SMART letter’s question', () => {
    const text = write('skoleplan', fillPlan('skoleplan', {}, true), 'nb', true);
    expect(text).toContain('mål:\n  # Et SMART-mål: spesifikt, målbart, akseptert, realistisk og tidsbestemt.\n');
    expect(text).toContain('    # Målbart: hvordan måles det?');
    expect(text).toContain('  - id: M1\n');
  });

  test('with --lang en the comments are the English guidance', () => {
    const text = write('skoleplan', fillPlan('skoleplan', {}, true), 'en', true);
    expect(commentsAbove(text).get('situasjonsbeskrivelse')).toBe(helpOf(fieldsOf('skoleplan').find((f) => f.key === 'situasjonsbeskrivelse')!, 'en'));
    expect(text).toContain('# What do we know about where the school stands?');
  });
});

describe('the questions come from the schema', () => {
  test('every field of every kind has a title and a guiding question, in both languages', () => {
    for (const kind of KINDS) {
      for (const field of allFields(fieldsOf(kind))) {
        if (field.type === 'heading') continue;
        expect(field.help?.nb, `${kind} ${field.pattern}`).toBeTruthy();
        expect(field.help?.en, `English for ${kind} ${field.pattern}`).toBeTruthy();
      }
    }
  });

  test('the prompt follows the type: choices, yes/no, dates, numbers, rows', () => {
    const types = new Map([...allFields(fieldsOf('kompetanseplan'))].map((f) => [f.pattern, f.type]));
    expect(Object.fromEntries(['språk', 'periode.fra', 'innstillingsår', 'analyse.samarbeid_med_up1', 'parter', 'parter[].rolle', 'kompetansebehov[].år', 'tittel', 'evaluering', 'mål[].utgangspunkt', 'tidsplan[].dato'].map((p) => [p, types.get(p)]))).toEqual({
      språk: 'choice',
      'periode.fra': 'date',
      innstillingsår: 'number',
      'analyse.samarbeid_med_up1': 'yesno',
      parter: 'rows',
      'parter[].rolle': 'choice',
      'kompetansebehov[].år': 'values',
      tittel: 'text',
      evaluering: 'prose',
      'mål[].utgangspunkt': 'measure',
      'tidsplan[].dato': 'datetime',
    });
  });
});

describe('the $schema reference', () => {
  const url = (kind: string) => `${PUBLISHED_SCHEMAS}${kind}.schema.json`;

  test('the published schemas are the files in schemas/', () => {
    expect(PUBLISHED_SCHEMAS).toBe('https://raw.githubusercontent.com/dekom-no/dekom/main/schemas/');
    for (const kind of KINDS) expect(existsSync(path.join(ROOT, 'schemas', `${kind}.schema.json`)), kind).toBe(true);
  });

  test('in a checkout of dekom: relative to the plan’s folder', () => {
    expect(schemaReference(path.join(ROOT, 'plan.yaml'), 'skoleplan', ROOT)).toBe('schemas/skoleplan.schema.json');
    expect(schemaReference(path.join(ROOT, 'planer', 'skole', 'plan.yaml'), 'kommuneplan', ROOT)).toBe('../../schemas/kommuneplan.schema.json');
  });

  const { posix, win32 } = path;
  test.each([
    ['./node_modules/dekom', '/home/kari/kommune/plan.yaml', '/home/kari/kommune/node_modules/dekom', 'node_modules/dekom/schemas/skoleplan.schema.json'],
    ['./node_modules/dekom, plan in a subfolder', '/home/kari/kommune/planer/2026/plan.yaml', '/home/kari/kommune/node_modules/dekom', '../../node_modules/dekom/schemas/skoleplan.schema.json'],
    ['a workspace’s hoisted node_modules', '/repo/packages/skole/plan.yaml', '/repo/node_modules/dekom', '../../node_modules/dekom/schemas/skoleplan.schema.json'],
    ['pnpm, through the stable link', '/home/kari/kommune/plan.yaml', '/home/kari/kommune/node_modules/.pnpm/dekom@0.1.0/node_modules/dekom', 'node_modules/dekom/schemas/skoleplan.schema.json'],
    ['a checkout of dekom, plan inside it', '/src/dekom/examples/plan.yaml', '/src/dekom', '../schemas/skoleplan.schema.json'],
    ['the npx cache', '/home/kari/kommune/plan.yaml', '/home/kari/.npm/_npx/6a9c1d/node_modules/dekom', url('skoleplan')],
    ['the npx cache, plan under the same home', '/home/kari/plan.yaml', '/home/kari/.npm/_npx/6a9c1d/node_modules/dekom', url('skoleplan')],
    ['a global install', '/home/kari/kommune/plan.yaml', '/usr/local/lib/node_modules/dekom', url('skoleplan')],
    ['a global install under nvm in the same home', '/home/kari/plan.yaml', '/home/kari/.nvm/versions/node/v20.19.0/lib/node_modules/dekom', url('skoleplan')],
    ['another project’s node_modules', '/home/kari/kommune/plan.yaml', '/home/kari/annet/node_modules/dekom', url('skoleplan')],
    ['a checkout of dekom elsewhere', '/home/kari/kommune/plan.yaml', '/src/dekom', url('skoleplan')],
    ['a folder whose name only begins like the project’s', '/home/kari/kommune2/plan.yaml', '/home/kari/kommune/node_modules/dekom', url('skoleplan')],
  ])('POSIX, %s', (_, target, root, expected) => {
    expect(schemaReference(target, 'skoleplan', root, posix)).toBe(expected);
  });

  test.each([
    ['./node_modules/dekom', 'C:\\Users\\kari\\kommune\\plan.yaml', 'C:\\Users\\kari\\kommune\\node_modules\\dekom', 'node_modules/dekom/schemas/skoleplan.schema.json'],
    ['the npx cache', 'C:\\Users\\kari\\plan.yaml', 'C:\\Users\\kari\\AppData\\Local\\npm-cache\\_npx\\6a9c1d\\node_modules\\dekom', url('skoleplan')],
    ['a global install', 'C:\\Users\\kari\\plan.yaml', 'C:\\Users\\kari\\AppData\\Roaming\\npm\\node_modules\\dekom', url('skoleplan')],
    ['another drive', 'D:\\planer\\plan.yaml', 'C:\\src\\dekom', url('skoleplan')],
  ])('Windows, %s', (_, target, root, expected) => {
    expect(schemaReference(target, 'skoleplan', root, win32)).toBe(expected);
  });

  test('without a package root: the published URL', () => {
    expect(schemaReference('/home/kari/plan.yaml', 'nettverksplan', undefined)).toBe(url('nettverksplan'));
  });
});

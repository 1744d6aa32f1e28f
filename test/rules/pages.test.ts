import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseDocument, isMap, isScalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../src/check/registry.js';
import { ROOT, dekomInProcess } from '../helpers.js';
import { base } from './support.js';

/**
 * Rule pages whose examples are the first lines of a plan of one of the base fixtures: each
 * is checked against what the build prints, so a page never shows a message the tool no
 * longer says. A page joins the list once its examples are written in that form.
 */
const PAGES = [
  'egenandel-30', 'forum-composition', 'innstilling-anchored', 'innstilling-criteria', 'innstilling-deadline', 'innstilling-participants', 'innstilling-split',
  'innstilling-sum', 'innstilling-uh', 'max-three-years', 'network-uh', 'no-videreutdanning', 'priority-per-scheme', 'rekom-all-staff', 'rekom-kartlegging',
  'rekom-myndighet', 'rekom-private', 'samisk', 'sf-no-vote',
];

const REST = '# ... resten av planen';

/** The page's example: its first lines, then the rest of the base plan of its kind. */
function wholePlan(excerpt: string): string {
  const head = excerpt.slice(0, excerpt.indexOf(REST));
  const own = new Set(Object.keys(parse(head) as Record<string, unknown>));
  const kind = String((parse(head) as Record<string, unknown>)['type']);
  const doc = parseDocument(base(kind));
  if (!isMap(doc.contents)) throw new Error(`the base ${kind} is not a mapping`);
  doc.contents.items = doc.contents.items.filter((pair) => !(isScalar(pair.key) && own.has(String(pair.key.value))));
  return head + doc.toString({ lineWidth: 0 });
}

async function printed(plan: string, rule: string): Promise<string[]> {
  const { stdout } = await dekomInProcess(['check', '-', '--today', '2026-11-24'], { input: plan });
  return stdout.split('\n').filter((line) => line.endsWith(`  ${rule}`) || line.endsWith('  unused-directive'));
}

/** Each page in bokmål and in English; both show what the build prints, in bokmål. */
const LANGUAGES = [
  { folder: '', prints: '`dekom check` skriver:', severity: (severity: string) => `Standard alvorlighet: \\*\\*${severity === 'error' ? 'feil' : 'advarsel'}\\*\\* \\(\`${severity}\`\\)` },
  { folder: 'en', prints: '`dekom check` prints:', severity: (severity: string) => `Default severity: \\*\\*${severity}\\*\\*` },
] as const;

describe('the rule pages of the county-level and kindergarten kinds', () => {
  it.each(PAGES.flatMap((rule) => LANGUAGES.map((language) => [rule, language.folder || 'nb', language] as const)))('%s (%s): the failing example prints what the page says, the passing one nothing, the directive silences it', async (rule, _lang, language) => {
    expect(RULES_BY_ID.has(rule)).toBe(true);
    const page = readFileSync(path.join(ROOT, 'docs', 'rules', language.folder, `${rule}.md`), 'utf8');
    const yaml = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const [text] = [...page.matchAll(new RegExp(`${language.prints}\\n\\n\`\`\`text\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!.trimEnd().split('\n'));
    expect(yaml).toHaveLength(3);
    expect(await printed(wholePlan(yaml[0]!), rule)).toEqual(text);
    expect(await printed(wholePlan(yaml[1]!), rule)).toEqual([]);
    expect(yaml[2]).toContain(`# dekom-disable-next-line ${rule} -- `);
    expect(await printed(wholePlan(yaml[2]!), rule)).toEqual([]);
    expect(page).toMatch(new RegExp(`^# ${rule}\\n\\n${language.severity(RULES_BY_ID.get(rule)!.severity)}`));
  });
});

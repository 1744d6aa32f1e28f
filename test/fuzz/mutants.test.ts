import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import type { FileResult } from '../../src/check/types.js';
import { ROOT, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

/** Fixed, so a failure is the same failure on every machine; change it to explore further. */
const SEED = 20261202;
const MUTANTS = 320;
/** One mutant in this many also goes through the command line: check, render and init. */
const THROUGH_MAIN = 20;

/** mulberry32: small, fast, and the same sequence from the same seed everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXAMPLES = readdirSync(path.join(ROOT, 'examples'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(path.join(ROOT, 'examples', name)) }));

/** Values of another type than the one a field expects, as YAML text. */
const SWAPS = ['[]', '{}', '[a, [b, {c: d}]]', '{x: {y: {z: 1}}}', '42', '-0.5', '1e400', '.inf', '-.Inf', '.nan', 'true', 'null', '~', '""', '"  "',
  '!!timestamp 2001-12-14', '!!binary aGVsbG8=', '!!set {a, b}', '!!omap [a: 1]', '!egen x', '99999999999999999999', '0x1F', '2026-02-30', '"\\u001b[2J"',
  '"\\u0000"', '"\\uFFFE"', 'toString', '__proto__', '"Klikk eller trykk her for å skrive inn tekst."'];
const INSERTS = ['\u0000', '\u001b[31m', '\u0007', '\uFFFE', '\uFFFF', '\u200B', '\u202E', '\t', '\r', '\r\n', '&', '*', '!', '|', '>', '#', '"', "'", '{', '[', ': ', '- ', '---\n', '...\n', '? '];

interface Mutant {
  what: string;
  bytes: Buffer;
}

type Mutation = (source: Buffer, pick: <T>(items: readonly T[]) => T, int: (n: number) => number) => Mutant;

const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)].filter((at) => at < text.length);

const MUTATIONS: Mutation[] = [
  function byteFlips(source, _, int) {
    const bytes = Buffer.from(source);
    const flips = 1 + int(8);
    for (let i = 0; i < flips; i++) {
      const at = int(bytes.length);
      bytes[at] = bytes[at]! ^ (1 << int(8));
    }
    return { what: `${flips} bit flips`, bytes };
  },
  function truncation(source, _, int) {
    const at = int(source.length);
    return { what: `cut at byte ${at}`, bytes: source.subarray(0, at) };
  },
  function aliasInsertion(source, pick, int) {
    const text = source.toString('utf8');
    const lines = text.split('\n');
    const values = lines.map((line, index) => [line, index] as const).filter(([line]) => /^\s*(?:- )?[\wæøå]+:(?: |$)/.test(line));
    if (values.length === 0) return { what: 'alias (no values)', bytes: source };
    const [anchorLine, anchorAt] = pick(values);
    const [, aliasAt] = pick(values);
    const name = `a${int(3)}`;
    lines[anchorAt] = anchorLine.replace(/:( |$)/, `: &${name}$1`);
    const kind = int(4);
    // After the anchor, inside it (a cycle when the anchor marks a collection), before it (undefined), or a bomb.
    if (kind === 3) lines.splice(aliasAt, 0, `bombe: &b [${Array(30).fill(`*${name}`).join(', ')}]`, `bombe2: [${Array(30).fill('*b').join(', ')}]`);
    else {
      const indent = /^\s*/.exec(lines[aliasAt]!)![0];
      const target = kind === 0 ? aliasAt : kind === 1 ? Math.min(anchorAt + 1, lines.length) : Math.max(anchorAt - 1, 0);
      lines.splice(target, 0, `${indent}kopi${int(100)}: *${name}`);
    }
    return { what: `alias &${name} (${['anywhere', 'inside its anchor', 'before its anchor', 'a bomb'][kind]})`, bytes: Buffer.from(lines.join('\n')) };
  },
  function typeSwap(source, pick) {
    const text = source.toString('utf8');
    const lines = text.split('\n');
    const candidates = lines.map((line, index) => [line, index] as const).filter(([line]) => /^\s*(?:- )?[\wæøå]+: \S/.test(line));
    if (candidates.length === 0) return { what: 'type swap (no values)', bytes: source };
    const [line, at] = pick(candidates);
    const swap = pick(SWAPS);
    lines[at] = line.replace(/: .*$/, `: ${swap}`);
    return { what: `line ${at + 1} value → ${swap}`, bytes: Buffer.from(lines.join('\n')) };
  },
  function insertion(source, pick, int) {
    const text = source.toString('utf8');
    const starts = lineStarts(text);
    const at = int(2) === 0 ? pick(starts) : int(text.length);
    const insert = pick(INSERTS).repeat(1 + int(3));
    return { what: `insert ${JSON.stringify(insert)} at ${at}`, bytes: Buffer.from(text.slice(0, at) + insert + text.slice(at)) };
  },
  function lineEndings(source, pick) {
    const text = source.toString('utf8');
    const form = pick(['CR', 'CRLF', 'BOM', 'UTF-16LE', 'UTF-16BE with BOM', 'Latin-1', 'deep']);
    const bytes =
      form === 'CR' ? Buffer.from(text.replace(/\n/g, '\r'))
      : form === 'CRLF' ? Buffer.from(text.replace(/\n/g, '\r\n'))
      : form === 'BOM' ? Buffer.from(`\uFEFF${text}`)
      : form === 'UTF-16LE' ? Buffer.from(text, 'utf16le')
      : form === 'UTF-16BE with BOM' ? Buffer.from(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16())
      : form === 'Latin-1' ? Buffer.from(text, 'latin1')
      : Buffer.from(`${text}\ndypt: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    return { what: form, bytes };
  },
];

/** The lines as dekom reads the file: BOM gone, CR alone taken as a line break, the break that ends the file no line. */
function linesOf(bytes: Uint8Array): string[] {
  let text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.includes('\r') && !text.includes('\n')) text = text.replace(/\r/g, '\n');
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** What must hold of every result: positions inside the file, messages that name what they mean. */
function problemsOf(mutant: Mutant, result: FileResult): string[] {
  const lines = linesOf(mutant.bytes);
  const wrong: string[] = [];
  for (const p of result.problems) {
    const line = lines[p.line - 1];
    if (p.line < 1 || line === undefined) wrong.push(`${p.rule} at line ${p.line} of ${lines.length}`);
    else if (p.column < 1 || p.column > Math.max(1, line.length)) wrong.push(`${p.rule} at ${p.line}:${p.column}, the line has ${line.length} characters`);
    if (/\bundefined\b|\[object Object\]|\{\w+\}|NaN/.test(p.message) && !/\.nan|NaN/i.test(mutant.what)) wrong.push(`${p.rule}: ${p.message}`);
  }
  return wrong;
}

const INTERNAL = /Noe gikk galt inne i dekom|Something went wrong inside dekom|feilet på|failed on|\n\s+at \S+ \(|Maximum call stack|circular structure/;

describe('a fixed corpus of mutants of the examples', () => {
  it(`never crashes, keeps every position inside the file, answers with the contract's exit codes (seed ${SEED})`, async () => {
    const rand = random(SEED);
    const int = (n: number) => Math.floor(rand() * n);
    const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
    const failures: string[] = [];
    const { dir, cleanup } = tempDir();
    try {
      for (let index = 0; index < MUTANTS; index++) {
        const example = pick(EXAMPLES);
        // Some mutants are mutated again, so faults meet each other.
        let mutant = pick(MUTATIONS)(example.bytes, pick, int);
        if (int(3) === 0) {
          const again = pick(MUTATIONS)(mutant.bytes, pick, int);
          mutant = { what: `${mutant.what}, then ${again.what}`, bytes: again.bytes };
        }
        const label = `#${index} ${example.name}: ${mutant.what}`;
        // FUZZ_DUMP=<n> keeps mutant n for a closer look.
        if (process.env['FUZZ_DUMP'] === String(index)) writeFileSync(path.join(tmpdir(), `dekom-mutant-${index}.yaml`), mutant.bytes);
        let result: FileResult;
        try {
          result = checkBytes('plan.yaml', mutant.bytes, { lang: index % 2 ? 'en' : 'nb', today: '2026-11-24' });
        } catch (error) {
          failures.push(`${label}: check threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
          continue;
        }
        failures.push(...problemsOf(mutant, result).map((problem) => `${label}: ${problem}`));
        if (index % THROUGH_MAIN !== 0) continue;

        writeFileSync(path.join(dir, 'plan.yaml'), mutant.bytes);
        const check = await runMain(['check', 'plan.yaml', '--format', 'json', '--today', '2026-11-24'], { cwd: dir });
        const errors = result.problems.some((p) => p.severity === 'error');
        if (check.code !== (errors ? 1 : 0) || INTERNAL.test(check.stderr)) failures.push(`${label}: check exit ${check.code}: ${check.stderr.slice(0, 200)}`);
        const render = await runMain(['render', 'plan.yaml', ...(index % (THROUGH_MAIN * 3) === 0 ? ['-o', 'plan.docx', '--force'] : [])], { cwd: dir });
        // A readable plan renders (0) or is refused with its report (1); exit 2 is for a command that could not run.
        if (![0, 1].includes(render.code) || INTERNAL.test(render.stderr)) failures.push(`${label}: render exit ${render.code}: ${render.stderr.slice(-300)}`);
        const init = await runMain(['init', '--answers', 'plan.yaml', 'ny.yaml', '--force'], { cwd: dir });
        if (![0, 1, 2].includes(init.code) || INTERNAL.test(init.stderr + init.stdout)) failures.push(`${label}: init exit ${init.code}: ${init.stderr.slice(0, 300)}`);
      }
    } finally {
      cleanup();
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
  }, 60_000);
});

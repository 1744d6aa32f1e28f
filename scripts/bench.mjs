// Whole-process benchmark of dekom against floors no implementation can beat, `node -e 0` for
// startup and scripts/parse-floor.mjs (find, read and parse the same files) for `check`, and
// against pandoc turning the same Markdown into Word, when pandoc is installed.
// Usage: npm run bench [-- --quick] [-- --json] [-- --only startup,check,render,giants]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_VERSION, MARKER, generateCorpus } from './corpus.mjs';
import { GIANT_BUDGET, giantReport, measureGiants } from './hostile.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const QUICK = process.argv.includes('--quick');
const JSON_OUT = process.argv.includes('--json');
// --only startup,render measures those steps alone: on a busy machine the full run takes long.
const STEPS = ['startup', 'check', 'render', 'giants'];
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt === -1 ? new Set(STEPS) : new Set(process.argv[onlyAt + 1]?.split(',') ?? []);
for (const step of ONLY) if (!STEPS.includes(step)) throw new Error(`--only: no step "${step}"; the steps are ${STEPS.join(', ')}`);
const SEED = 2026;
const TODAY = '2026-11-24';
const CLI = 'bin/dekom.js';
const SIZES = QUICK || !ONLY.has('check') ? [1, 1000] : [1, 1000, 3000];
const SMALL_RUNS = QUICK ? 5 : 7;
const runsFor = (size) => (size <= 1 ? SMALL_RUNS : QUICK ? 3 : size <= 1000 ? 5 : 3);
const RENDER_BATCH = QUICK ? 25 : 100;
const BATCH_RUNS = QUICK ? 1 : 3;
const GNU_TIME = '/usr/bin/time';
// stdout goes to /dev/null: reading a pipe would add our own work to the time, and spawnSync's
// maxBuffer would kill a check whose JSON report is large.
const DEV_NULL = openSync('/dev/null', 'w');
// Colour codes and debug traces are not part of the work being measured.
const ENV = { ...process.env, NO_COLOR: '1' };
delete ENV.FORCE_COLOR;
delete ENV.DEKOM_DEBUG;

const log = (message) => process.stderr.write(`${message}\n`); // stdout stays clean for --json
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const firstLine = (text) => text.trim().split('\n')[0].slice(0, 160);

/** Runs node with `argv`, or `command` (pandoc) when given. */
function run(argv, { capture = false, command = process.execPath } = {}) {
  const stdio = ['ignore', capture ? 'pipe' : DEV_NULL, 'pipe'];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { cwd: ROOT, env: ENV, stdio, maxBuffer: 512 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const stderr = `${r.stderr ?? ''}${r.error?.message ?? ''}`;
  return { ms, status: r.status, stdout: r.stdout?.toString() ?? '', stderr };
}

/** Peak RSS in MB through GNU time; undefined when it is not installed. */
function peakRss(argv) {
  if (!existsSync(GNU_TIME)) return undefined;
  const stdio = ['ignore', DEV_NULL, 'pipe'];
  const r = spawnSync(GNU_TIME, ['-f', '%M', process.execPath, ...argv], { cwd: ROOT, env: ENV, stdio });
  // On a non-zero exit GNU time prints a status line first; the figure is always last.
  const kb = Number(r.stderr.toString().trim().split('\n').at(-1));
  return Number.isFinite(kb) ? round(kb / 1024) : undefined;
}

const results = [];
const skipped = [];
const rss = [];
const skip = (what, why) => {
  skipped.push({ what, why });
  log(`skipped: ${what}: ${why}`);
};

/** `limit` is a ratio to the floor (with an optional stricter goal) or an absolute budget in ms. */
function judge(row, target, limit) {
  if (!limit) return { target: target ?? '' };
  const over = limit.ms ? row.ms > limit.ms : row.ratio > limit.ratio;
  const goalMissed = limit.goal !== undefined && row.ratio > limit.goal;
  return { target, pass: !over, verdict: over ? 'FAIL' : goalMissed ? 'ok, goal missed' : 'ok' };
}

/**
 * Runs command and floor alternately, so drift (CPU boost, other load) hits both alike, after a
 * discarded warm-up of each that also fills the file cache and tells whether the command works.
 */
function measure({ what, argv, ok = [0], floor, floorArgv, floorCommand, runs, target, limit, verify }) {
  log(`measuring ${what} (${runs} runs)`);
  const warm = run(argv, { capture: Boolean(verify) });
  if (!ok.includes(warm.status)) return skip(what, `exit ${warm.status}: ${firstLine(warm.stderr) || 'no message'}`);
  const note = verify?.(warm.stdout);
  const floorRun = () => run(floorArgv, floorCommand ? { command: floorCommand } : {});
  const floorWarm = floorRun();
  if (floorWarm.status !== 0) return skip(what, `floor ${floor} failed: ${firstLine(floorWarm.stderr)}`);
  const times = [];
  const floorTimes = [];
  for (let i = 0; i < runs; i++) {
    floorTimes.push(floorRun().ms);
    times.push(run(argv).ms);
  }
  const row = { what, ms: round(median(times)), floor, floorMs: round(median(floorTimes)), runs };
  Object.assign(row, { ratio: round(row.ms / row.floorMs, 2), times: times.map((x) => round(x)) });
  Object.assign(row, judge(row, target, limit), note ? { note } : {});
  results.push(row);
  return row;
}

/** A warm `--cache` run beside a cold one (cache deleted) over the same unchanged files. */
function measureCache(what, argv, runs) {
  log(`measuring ${what} (${runs} runs)`);
  const cacheFile = join(ROOT, '.bench', 'cache.json');
  const cached = [...argv, '--cache', '--cache-location', cacheFile];
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    rmSync(cacheFile, { force: true });
    cold.push(run(cached).ms);
    warm.push(run(cached).ms);
  }
  const row = { what, ms: round(median(warm)), floor: 'same, cold cache', floorMs: round(median(cold)), runs };
  row.ratio = round(row.ms / row.floorMs, 2);
  Object.assign(row, judge(row, '≤ 0.3×', { ratio: 0.3 }));
  results.push(row);
}

/** A corpus is reused only when its marker says it is complete and from this generator. */
function corpus(size) {
  const dir = `.bench/plans-${size}`;
  try {
    const marker = JSON.parse(readFileSync(join(ROOT, dir, MARKER), 'utf8'));
    if (marker.count === size && marker.seed === SEED && marker.version === CORPUS_VERSION) return { dir, marker };
  } catch {
    // no marker yet, or a broken one: generate afresh
  }
  log(`generating ${size} plans in ${dir}`);
  rmSync(join(ROOT, dir), { recursive: true, force: true });
  return { dir, marker: generateCorpus(join(ROOT, dir), size, { seed: SEED }) };
}

// ---- steps ----------------------------------------------------------------------------------
const cpus = os.cpus();
const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  cpus: cpus.length,
  cpuModel: cpus[0]?.model ?? 'unknown',
  memoryGb: round(os.totalmem() / 1024 ** 3),
  quick: QUICK,
};
mkdirSync(join(ROOT, '.bench'), { recursive: true });
const corpora = Object.fromEntries(SIZES.map((size) => [size, corpus(size)]));
const hasCli = existsSync(join(ROOT, CLI));
const NODE_FLOOR = { floor: 'node -e 0', floorArgv: ['-e', '0'] };


if (!ONLY.has('startup')) skip('start-up', 'not in --only');
else if (!hasCli) skip('dekom --version', `${CLI} not found (not built yet?)`);
else {
  const argv = [CLI, '--version'];
  measure({ what: 'dekom --version', argv, ...NODE_FLOOR, runs: SMALL_RUNS, target: '≤ 1.3×', limit: { ratio: 1.3 } });
}

if (!ONLY.has('check')) skip('check of many plans', 'not in --only');
for (const size of SIZES) {
  // One plan is start-up; more are the check step.
  if (!ONLY.has(size === 1 ? 'startup' : 'check')) continue;
  const { dir, marker } = corpora[size];
  const what = `check ${size} plan${size === 1 ? '' : 's'}`;
  if (!hasCli) {
    skip(what, `${CLI} not found`);
    continue;
  }
  const argv = [CLI, 'check', dir, '--format', 'json', '--today', TODAY];
  // A check that silently found no files would look wonderfully fast.
  const verify = (stdout) => {
    let seen;
    try {
      seen = JSON.parse(stdout).summary?.files;
    } catch {
      seen = 'unparsable JSON';
    }
    if (seen === marker.count) return undefined;
    log(`warning: ${what}: check reported ${seen} files, the corpus has ${marker.count}`);
    return `check saw ${seen} of ${marker.count} files`;
  };
  // Exit 1 is the expected answer for a corpus with defects; 2 or a crash is not.
  const floor = { floor: 'parse-floor', floorArgv: ['scripts/parse-floor.mjs', dir] };
  // One plan is start-up: the issue's target. Large runs are the parser's, within 3×.
  const [limit, target] = size === 1 ? [{ ratio: 1.3 }, '≤ 1.3×'] : [{ ratio: 3, goal: 1.5 }, '≤ 3× (goal 1.5×)'];
  measure({ what, argv, ok: [0, 1], ...floor, runs: runsFor(size), target, limit, verify });
  if (size < 1000 || !results.some((r) => r.what === what)) continue;
  if (size === SIZES.at(-1)) {
    // Worker threads are on by default for large runs; this row shows what they bring.
    const single = [...argv, '--concurrency', '1'];
    measure({ what: `${what}, 1 thread`, argv: single, ok: [0, 1], ...floor, runs: runsFor(size), target: '≤ 3× (goal 1.5×)', limit, verify });
    measureCache(`${what}, --cache warm`, argv, runsFor(size));
  }
  const peakMb = peakRss(argv);
  if (peakMb === undefined) skip(`peak RSS of ${what}`, `${GNU_TIME} not available`);
  else rss.push({ what, peakMb, floorPeakMb: peakRss(floor.floorArgv) });
}

// Commander answers `render --help` with the root help (exit 0) while render is not there yet.
const renderHelp = hasCli ? run([CLI, 'render', '--help'], { capture: true }) : undefined;
const exampleDir = join(ROOT, 'examples');
const examples = existsSync(exampleDir) ? readdirSync(exampleDir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
const example = examples.length ? `examples/${examples[0]}` : undefined;
const pandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
const hasPandoc = pandoc.status === 0;
const pandocVersion = hasPandoc ? firstLine(pandoc.stdout) : undefined;
const NO_PANDOC = 'pandoc is not installed (Debian/Ubuntu: apt-get install pandoc)';
const hasRender = renderHelp?.status === 0 && /--out-dir/.test(renderHelp.stdout);
if (!ONLY.has('render')) skip('render', 'not in --only');
else if (!hasRender) skip('render', `${CLI} render --help fails or has no --out-dir`);
else if (!example) skip('render', 'no examples/*.yaml');
else {
  measure({ what: 'render example → md', argv: [CLI, 'render', example], ...NODE_FLOOR, runs: SMALL_RUNS });
  const docx = [CLI, 'render', example, '-o', '.bench/out.docx', '--force'];
  // pandoc is given the Markdown dekom renders, so both write Word from the same content.
  const markdown = '.bench/example.md';
  const written = run([CLI, 'render', example, '-o', markdown, '--force']);
  if (!hasPandoc) {
    skip('render example → docx beside pandoc', NO_PANDOC);
    measure({ what: 'render example → docx', argv: docx, ...NODE_FLOOR, runs: SMALL_RUNS });
  } else if (written.status !== 0) skip('render example → docx', `exit ${written.status}: ${firstLine(written.stderr)}`);
  else {
    const floor = { floor: 'pandoc same .md', floorCommand: 'pandoc', floorArgv: [markdown, '-o', '.bench/pandoc.docx'] };
    measure({ what: 'render example → docx', argv: docx, ...floor, runs: SMALL_RUNS, target: '≤ 2×', limit: { ratio: 2 } });
  }
  measureBatch();
}

/**
 * The first clean plans of the 1000-plan corpus, in their folders, and their Markdown (for
 * pandoc), made once by dekom itself. Undefined when dekom cannot make them.
 */
function batchCorpus() {
  const { dir, marker } = corpora[1000];
  const clean = marker.files.filter((f) => !marker.defects[f]).slice(0, RENDER_BATCH);
  const root = `.bench/render-${clean.length}`;
  rmSync(join(ROOT, root), { recursive: true, force: true });
  for (const file of clean) {
    mkdirSync(dirname(join(ROOT, root, 'plans', file)), { recursive: true });
    copyFileSync(join(ROOT, dir, file), join(ROOT, root, 'plans', file));
  }
  const made = run([CLI, 'render', `${root}/plans`, '--out-dir', `${root}/md`, '--format', 'md', '--force']);
  if (made.status !== 0) return skip(`render ${clean.length} plans`, `--format md failed: exit ${made.status}: ${firstLine(made.stderr)}`);
  return { root, count: clean.length, markdown: clean.map((file) => `${root}/md/${file.replace(/\.yaml$/, '.md')}`) };
}

/**
 * A coordinator's folder of plans to Word: one `dekom render --out-dir` process beside one
 * pandoc process for each plan's Markdown, alternately; and dekom on one thread, to show
 * what the worker threads bring.
 */
function measureBatch() {
  const corpusOf = batchCorpus();
  if (!corpusOf) return;
  const { root, count, markdown } = corpusOf;
  const what = `render ${count} plans → docx, one process`;
  const argv = (extra = []) => [CLI, 'render', `${root}/plans`, '--out-dir', `${root}/docx`, '--force', ...extra];
  const pandocAll = () => {
    let ms = 0;
    for (const [i, file] of markdown.entries()) {
      const r = run([file, '-o', `${root}/pandoc-${i % 2}.docx`], { command: 'pandoc' });
      if (r.status !== 0) return { ms, failed: `${file}: exit ${r.status}: ${firstLine(r.stderr)}` };
      ms += r.ms;
    }
    return { ms };
  };
  const variants = [
    { what, extra: [] },
    { what: `${what}, 1 thread`, extra: ['--concurrency', '1'] },
  ];
  const warm = run(argv());
  if (warm.status !== 0) return skip(what, `exit ${warm.status}: ${firstLine(warm.stderr)}`);
  if (!hasPandoc) {
    for (const variant of variants) {
      const times = Array.from({ length: BATCH_RUNS }, () => run(argv(variant.extra)).ms);
      results.push({ what: variant.what, ms: round(median(times)), floor: 'pandoc, skipped', floorMs: 0, ratio: 0, runs: BATCH_RUNS, target: '', note: NO_PANDOC });
    }
    return skip(`${what} beside pandoc`, NO_PANDOC);
  }
  log(`measuring ${what} beside ${count} pandoc runs (${BATCH_RUNS} runs)`);
  const times = variants.map(() => []);
  const floorTimes = [];
  for (let i = 0; i < BATCH_RUNS; i++) {
    const floorRun = pandocAll();
    if (floorRun.failed) return skip(what, `pandoc failed on ${floorRun.failed}`);
    floorTimes.push(floorRun.ms);
    variants.forEach((variant, v) => times[v].push(run(argv(variant.extra)).ms));
  }
  for (const [v, variant] of variants.entries()) {
    const row = { what: variant.what, ms: round(median(times[v])), floor: `${count} × pandoc`, floorMs: round(median(floorTimes)), runs: BATCH_RUNS };
    row.ratio = round(row.ms / row.floorMs, 3);
    row.speedup = round(row.floorMs / row.ms, 1);
    // At least 8 times faster than the pandoc runs: a ratio of at most 1/8.
    Object.assign(row, v === 0 ? judge(row, '≥ 8× faster (≤ 0.125×)', { ratio: 0.125 }) : { target: '' });
    results.push(row);
  }
}

// A plan written out to some 30 pages of Word, imported back. Pages are counted as LibreOffice
// lays the document out: about 2 500 characters of its Markdown a page, tables included.
const importHelp = hasCli ? run([CLI, 'import', '--help'], { capture: true }) : undefined;
if (importHelp?.status !== 0 || !/\bimport\b/.test(importHelp.stdout)) skip('import', `${CLI} import --help fails`);
else if (!example) skip('import', 'no examples/*.yaml');
else {
  const { parse, stringify } = await import('yaml');
  const plan = parse(readFileSync(join(ROOT, 'examples', 'nettverksplan-lister-digital-vurdering.yaml'), 'utf8'));
  const times = (list, n) => Array.from({ length: n }, (_, i) => list.map((row) => ({ ...row, ...(row.id ? { id: `${row.id}.${i + 1}` } : {}) }))).flat();
  for (const [key, value] of Object.entries(plan)) if (typeof value === 'string' && value.length > 200) plan[key] = Array.from({ length: 7 }, () => value).join('\n\n');
  Object.assign(plan, { mål: times(plan.mål, 6), oppgaver: times(plan.oppgaver, 6), tidsplan: times(plan.tidsplan, 5), parter: times(plan.parter, 3) });
  mkdirSync(join(ROOT, '.bench/import'), { recursive: true });
  writeFileSync(join(ROOT, '.bench/import/plan.yaml'), stringify(plan));
  const made = run([CLI, 'render', '.bench/import/plan.yaml', '-o', '.bench/import/plan.docx', '--force']);
  const markdown = run([CLI, 'render', '.bench/import/plan.yaml'], { capture: true }).stdout;
  if (made.status !== 0) skip('import', `render of the 30-page plan failed: ${firstLine(made.stderr)}`);
  else {
    const pages = Math.round(markdown.replace(/[|#*-]/g, '').length / 2500);
    const argv = [CLI, 'import', '.bench/import/plan.docx', '-o', '.bench/import/back.yaml', '--force'];
    measure({ what: `import a ${pages}-page Word plan`, argv, ok: [0, 1], ...NODE_FLOOR, runs: SMALL_RUNS, target: '< 1000 ms', limit: { ms: 1000 } });
  }
}

// ---- hostile giants -------------------------------------------------------------------------
// One file or stream each, past a limit or just inside all of them: peak memory and time of
// the worst, against the budget any single input must keep to (README, "Limits").
let giants = [];
if (!ONLY.has('giants')) skip('hostile giants', 'not in --only');
else if (!hasCli) skip('hostile giants', `${CLI} not found`);
else giants = await measureGiants({ root: ROOT, cli: CLI, env: ENV, log });

// ---- report ---------------------------------------------------------------------------------
const corpusInfo = Object.fromEntries(
  SIZES.map((s) => {
    const m = corpora[s].marker;
    return [s, { dir: corpora[s].dir, files: m.count, kB: Math.round(m.bytes / 1024), defective: Object.keys(m.defects).length }];
  }),
);
if (JSON_OUT) {
  console.log(JSON.stringify({ machine, corpora: corpusInfo, example, pandoc: pandocVersion ?? null, results, rss, giants, skipped }, null, 2));
} else {
  const out = [`node ${machine.node} · ${machine.platform} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGb} GB`];
  const sizes = SIZES.map((s) => `${s} (${corpusInfo[s].kB} kB, ${corpusInfo[s].defective} defective)`);
  out.push(`plans: ${sizes.join(', ')}${example ? ` · example: ${example}` : ''}${QUICK ? ' · --quick' : ''}`, '');
  const head = ['what', 'median ms', 'floor', 'floor ms', 'ratio', 'target', 'verdict'];
  const rows = results.map((r) => {
    const verdict = [r.verdict, r.note].filter(Boolean).join('; ');
    const ratio = r.speedup ? `${r.ratio.toFixed(3)}× (${r.speedup}× faster)` : `${r.ratio.toFixed(2)}×`;
    return [r.what, r.ms.toFixed(1), r.floor, r.floorMs.toFixed(1), ratio, r.target, verdict];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const numeric = new Set([1, 3, 4]);
  const line = (cells) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ');
  if (rows.length) out.push(line(head).trimEnd(), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map((r) => line(r).trimEnd()));
  else out.push('no figures: every step was skipped');
  if (pandocVersion) out.push('', `peer: ${pandocVersion}`);
  if (rss.length) {
    out.push('', 'peak RSS, MB (check beside parse-floor):');
    for (const r of rss) out.push(`  ${r.what.padEnd(17)} ${String(r.peakMb).padStart(7)}   floor ${r.floorPeakMb}`);
    const [first, last] = [rss[0], rss.at(-1)];
    if (first !== last) out.push(`  ${first.what} → ${last.what}: ${(last.peakMb / first.peakMb).toFixed(2)}× (should stay near 1)`);
  }
  if (giants.length) out.push('', ...giantReport(giants));
  if (skipped.length) out.push('', ...skipped.map((s) => `skipped: ${s.what}: ${s.why}`));
  console.log(out.join('\n'));
}

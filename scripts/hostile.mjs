// Hostile giants for the bench: inputs built at run time (never committed) to sit just past
// each parse limit, or just inside all of them, so the worst a pull request can make dekom
// do is measured, not guessed. Each giant says how it is run and what answer it must get.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEAD = 'dekom: 1\ntype: skoleplan\ntittel: Stor plan\norganisasjon: Skole\n';

/** Text of about `bytes` bytes: `prefix`, `unit` repeated, `suffix`. */
function filled(prefix, unit, bytes, suffix = '') {
  const count = Math.max(0, Math.floor((bytes - prefix.length - suffix.length) / Buffer.byteLength(unit)));
  return prefix + unit.repeat(count) + suffix;
}

const task = (i) => `  - oppgave: Oppgave ${i}\n    beskrivelse: Faggruppene prøver ut lesestrategier\n    ansvarlig: Kari Lund\n    frist: 2026-12-01\n    status: planlagt\n`;
const goal = (i) =>
  `  - id: M${i}\n    beskrivelse: Flere elever mestrer fagtekster\n    indikator: Andel elever på nivå 3–5\n    utgangspunkt: 58 %\n    målverdi: 70 %\n    frist: 2027-12-15\n    ansvarlig: Kari Lund\n`;
const meeting = (i) => `  - dato: 2026-09-24T08:30\n    slutt: 2026-09-24T14:30\n    hvem: Nettverket\n    sted: Lyngdal\n    innhold: Samling ${i}\n    ansvarlig: Lene\n`;

/**
 * The most rows of `row` a list can hold and still be accepted, found with the library's
 * own parser so the giants follow the limits wherever they are set.
 */
function largestAccepted(api, make) {
  const accepted = (rows) => api.parseSource(Buffer.from(make(rows))).faults.length === 0;
  let low = 1;
  let high = api.PARSE_LIMITS.entries;
  if (accepted(high)) return make(high);
  while (low + 1 < high) {
    const mid = Math.floor((low + high) / 2);
    if (accepted(mid)) low = mid;
    else high = mid;
  }
  return make(low);
}

/**
 * Writes the giants into `dir` and returns how to run each: `argv` after the CLI, an
 * optional stdin file, the exit codes that are right, and a pattern the output must match.
 */
export function generateGiants(dir, api) {
  mkdirSync(dir, { recursive: true });
  const max = api.MAX_PLAN_BYTES - 64;
  const { PARSE_LIMITS: limits } = api;
  const giants = [];
  const file = (name, text) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const refused = (what, name, text, pattern) => giants.push({ what, argv: ['check', file(name, text), '--format', 'json', '--lang', 'nb'], ok: [1], expect: pattern });
  const accepted = (what, name, text) => {
    const path = file(name, text);
    giants.push({ what: `${what}: check`, argv: ['check', path, '--format', 'json'], ok: [0, 1], accepted: true });
    giants.push({ what: `${what}: render → docx`, argv: ['render', path, '-o', join(dir, `${name}.docx`), '--force'], ok: [0], accepted: true });
  };

  refused('blank lines to the size limit', 'blank.yaml', filled(HEAD, '\n', max), /mer enn [\d ]+ linjer/);
  refused('comment lines to the size limit', 'comments.yaml', filled(HEAD, '#\n', max), /mer enn [\d ]+ linjer/);
  refused('commas to the size limit', 'commas.yaml', filled(`${HEAD}x: [`, ',', max, ']\n'), /YAML-tegn/);
  refused('a list of numbers to the size limit', 'numbers.yaml', filled(`${HEAD}x: [`, '1,', max, '1]\n'), /punkter|YAML-verdier/);
  refused('a block list to the size limit', 'items.yaml', filled(`${HEAD}x:\n`, '  - 1\n', max), /linjer|punkter|YAML-verdier/);
  let keys = `${HEAD}`;
  for (let i = 0; keys.length < max - 32; i++) keys += `k${i}: 1\n`;
  refused('top-level keys to the size limit', 'keys.yaml', keys, /linjer|punkter|YAML-verdier/);
  const depth = Math.floor((max - HEAD.length) / 2) - 8;
  refused('brackets nested to the size limit', 'deep-flow.yaml', `${HEAD}x: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, /nivåer/);
  refused('a block list nested to the size limit', 'deep-block.yaml', filled(`${HEAD}x:\n  `, '- ', max, 'x\n'), /nivåer/);
  const laughs = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
  refused('an alias bomb', 'aliases.yaml', `${HEAD}${laughs.join('\n')}\n`, /alias/);
  refused('one byte over the size limit', 'over.yaml', `${HEAD}innledning: ${'a'.repeat(api.MAX_PLAN_BYTES)}\n`, /MB stor/);

  accepted('the longest task list', 'tasks.yaml', largestAccepted(api, (rows) => `${HEAD}oppgaver:\n${Array.from({ length: rows }, (_, i) => task(i)).join('')}`));
  accepted('the longest goal list', 'goals.yaml', largestAccepted(api, (rows) => `${HEAD}mål:\n${Array.from({ length: rows }, (_, i) => goal(i)).join('')}`));
  accepted(
    'the longest meeting list',
    'meetings.yaml',
    largestAccepted(api, (rows) => `dekom: 1\ntype: nettverksplan\ntittel: Stor plan\norganisasjon: Nettverk\ntidsplan:\n${Array.from({ length: rows }, (_, i) => meeting(i)).join('')}`),
  );
  accepted('one line of text to the size limit', 'line.yaml', filled(`${HEAD}innledning: "`, 'lesing ', max, '"\n'));
  accepted('one paragraph of lines to the size limit', 'prose.yaml', filled(`${HEAD}innledning: |\n`, '  Lærerne prøver ut lesestrategier i alle fag og deler erfaringer i faggruppene.\n', max));

  // Streams without end: refused with exit 2 once the limit is read, however much follows.
  giants.push({ what: 'standard input without end (/dev/zero)', argv: ['check', '-', '--lang', 'nb'], stdin: '/dev/zero', ok: [2], expect: /Standard inn ga mer enn/ });
  giants.push({ what: 'render /dev/zero', argv: ['render', '/dev/zero', '--lang', 'nb'], ok: [2], expect: /er en enhet/ });
  return { giants, limits };
}

/** What any single input may cost at most (README, "Limits"). */
export const GIANT_BUDGET = { seconds: 5, mb: 300 };
const GNU_TIME = '/usr/bin/time';
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const firstLine = (text) => text.trim().split('\n')[0].slice(0, 120);

/** Runs every giant once through the built CLI: exit code, wall time and peak RSS (GNU time), verdict. */
export async function measureGiants({ root, cli, env, log }) {
  const api = await import(join(root, 'dist', 'index.js'));
  const { giants } = generateGiants(join(root, '.bench', 'giants'), api);
  const timed = existsSync(GNU_TIME);
  const rows = [];
  for (const giant of giants) {
    log(`measuring hostile giant: ${giant.what}`);
    const stdio = [giant.stdin ? openSync(giant.stdin, 'r') : 'ignore', 'pipe', 'pipe'];
    const argv = [cli, ...giant.argv];
    const options = { cwd: root, env, stdio, maxBuffer: 512 * 1024 * 1024 };
    const started = process.hrtime.bigint();
    const r = timed ? spawnSync(GNU_TIME, ['-f', '%e %U %S %M', process.execPath, ...argv], options) : spawnSync(process.execPath, argv, options);
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    let stderr = r.stderr?.toString() ?? '';
    let seconds = wall;
    let cpu;
    let mb;
    if (timed) {
      // GNU time's figures are the last line; on a non-zero exit it says so on the line before.
      const lines = stderr.trimEnd().split('\n');
      const [elapsed, user, system, kb] = lines.pop().split(' ').map(Number);
      if (lines.at(-1)?.startsWith('Command exited')) lines.pop();
      stderr = lines.join('\n');
      seconds = elapsed;
      // CPU time beside wall time: on a shared machine the wall clock also counts other work.
      cpu = round(user + system, 2);
      mb = round(kb / 1024);
    }
    const output = `${r.stdout?.toString() ?? ''}${stderr}`;
    const answered = giant.ok.includes(r.status) && (!giant.expect || giant.expect.test(output));
    // Judged by CPU time where it is known: on a shared runner the wall clock also counts others' work.
    const over = (cpu ?? seconds) > GIANT_BUDGET.seconds || (mb ?? 0) > GIANT_BUDGET.mb;
    const verdict = !answered ? `FAIL: exit ${r.status}: ${firstLine(output) || 'no message'}` : over ? 'FAIL: over budget' : 'ok';
    rows.push({ what: giant.what, status: r.status, seconds: round(seconds, 2), cpuSeconds: cpu, peakMb: mb, verdict });
  }
  return rows;
}

/** The giants as report lines, ending with the worst time and the worst memory. */
export function giantReport(rows) {
  const width = Math.max(...rows.map((g) => g.what.length));
  const out = [`hostile giants (budget for any single input: ${GIANT_BUDGET.seconds} s, ${GIANT_BUDGET.mb} MB):`];
  out.push(`  ${'input'.padEnd(width)}  exit  wall s   cpu s  peak MB  verdict`);
  for (const g of rows) {
    out.push(`  ${g.what.padEnd(width)}  ${String(g.status).padStart(4)}  ${g.seconds.toFixed(2).padStart(6)}  ${(g.cpuSeconds ?? NaN).toFixed(2).padStart(6)}  ${String(g.peakMb ?? '?').padStart(7)}  ${g.verdict}`);
  }
  const slowest = rows.reduce((a, b) => ((b.cpuSeconds ?? b.seconds) > (a.cpuSeconds ?? a.seconds) ? b : a));
  const largest = rows.reduce((a, b) => ((b.peakMb ?? 0) > (a.peakMb ?? 0) ? b : a));
  out.push(`  worst time: ${slowest.seconds.toFixed(2)} s wall, ${(slowest.cpuSeconds ?? NaN).toFixed(2)} s CPU (${slowest.what}); worst peak memory: ${largest.peakMb ?? '?'} MB (${largest.what})`);
  return out;
}

// `node scripts/hostile.mjs`: the giants alone, without the corpora of the full bench.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const env = { ...process.env, NO_COLOR: '1' };
  const rows = await measureGiants({ root, cli: 'bin/dekom.js', env, log: (m) => process.stderr.write(`${m}\n`) });
  console.log(giantReport(rows).join('\n'));
}

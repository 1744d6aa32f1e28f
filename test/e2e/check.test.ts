import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, dekom, tempDir } from '../helpers.js';

const CLI = path.join(FIXTURES, 'cli');
const TODAY = ['--today', '2026-11-24'];

interface JsonReport {
  version: number;
  files: Array<{ file: string; type: string | null; completeness: number; problems: Array<Record<string, unknown>> }>;
  summary: { files: number; errors: number; warnings: number };
}

function json(args: string[], cwd = ROOT): { code: number | null; report: JsonReport; stderr: string } {
  const result = dekom(['check', ...args, '--format', 'json', ...TODAY], { cwd });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

describe('dekom check on the examples', () => {
  it('passes every example with exit 0 and says so', () => {
    const result = dekom(['check', 'examples', ...TODAY]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Ingen problemer i 7 filer/);
  });

  it('prints exactly the JSON shape of the contract', () => {
    const { code, report } = json(['examples']);
    expect(code).toBe(0);
    expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.type).sort()).toEqual(['barnehageplan', 'innstilling', 'kommuneplan', 'kompetanseplan', 'langsiktig_plan', 'nettverksplan', 'skoleplan']);
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(['file', 'type', 'completeness', 'sections', 'problems']);
      expect(file.file).toMatch(/^examples\/[\wæøå-]+\.yaml$/);
      expect(file.completeness).toBeGreaterThan(0.95);
    }
    expect(report.summary).toEqual({ files: 7, errors: 0, warnings: 0 });
  });
});

describe('dekom check on a draft', () => {
  const draft = 'test/fixtures/draft/utkast-skoleplan.yaml';

  it('reports errors with exit 1, grouped by file with line:col, severity, message and rule', () => {
    const result = dekom(['check', draft, ...TODAY]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toMatch(/^test\/fixtures\/draft\/utkast-skoleplan\.yaml {2}\(skoleplan, \d+ % utfylt\)$/);
    expect(result.stdout).toMatch(/^ {2}\d+:\d+ +feil +.+ {2}placeholder$/m);
    expect(result.stdout).toMatch(/✖ \d+ problemer \(\d+ feil, \d+ advarsler\) i 1 fil\n$/);
  });

  it('speaks English with --lang en and DEKOM_LANG=en', () => {
    expect(dekom(['check', draft, '--lang', 'en', ...TODAY]).stdout).toMatch(/ error +.+ {2}placeholder$/m);
    expect(dekom(['check', draft, ...TODAY], { env: { DEKOM_LANG: 'en' } }).stdout).toMatch(/problems \(\d+ errors, \d+ warnings\) in 1 file/);
  });

  it('drops warnings with --quiet, but still counts them for --max-warnings', () => {
    const { code, report } = json([draft, '--quiet']);
    expect(code).toBe(1);
    expect(report.summary.warnings).toBe(0);
    expect(report.files[0]!.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('gives every problem exactly the keys of the contract, plus its docs link', () => {
    const { report } = json([draft]);
    for (const problem of report.files[0]!.problems) {
      expect(Object.keys(problem)).toEqual(['rule', 'severity', 'message', 'path', 'line', 'column', 'docs']);
    }
  });

  it('never writes the report over a plan it checks', () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'plan.yaml');
      const original = readFileSync(path.join(ROOT, draft));
      writeFileSync(file, original);
      const result = dekom(['check', file, '--format', 'json', '--output', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--output/);
      expect(readFileSync(file)).toEqual(original);
    } finally {
      cleanup();
    }
  });

  it('reads one plan from stdin and nothing else', () => {
    const result = dekom(['check', '-', '--stdin-filename', 'fra-stdin.yaml', '--format', 'json', ...TODAY], { input: readFileSync(path.join(ROOT, draft)) });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual(['fra-stdin.yaml']);
    expect(result.code).toBe(1);
  });

  it('colours only when asked: never with NO_COLOR, and not without a terminal', () => {
    expect(dekom(['check', draft, ...TODAY]).stdout).not.toMatch(/\u001b\[/);
    expect(dekom(['check', draft, ...TODAY], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(dekom(['check', draft, ...TODAY], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('writes the report to --output and nothing to stdout', () => {
    const { dir, cleanup } = tempDir();
    try {
      const out = path.join(dir, 'report.json');
      const result = dekom(['check', draft, '--format', 'json', '--output', out, ...TODAY]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).summary.errors).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });
});

describe('exit codes and --max-warnings', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('exits 0 with warnings only, and 1 when they exceed --max-warnings', () => {
    const plan = readFileSync(path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), 'utf8');
    const file = path.join(dir, 'plan.yaml');
    writeFileSync(file, plan.replace(/(\n\s+ansvarlig: )[^\n]+/, '$1Ola Ukjent'));
    const { code, report } = json([file]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(code).toBe(0);
    const limited = dekom(['check', file, '--max-warnings', '0', ...TODAY]);
    expect(limited.code).toBe(1);
    expect(limited.stderr).toMatch(/For mange advarsler: 1/);
    expect(dekom(['check', file, '--max-warnings', '1', ...TODAY]).code).toBe(0);
    const quiet = dekom(['check', file, '--quiet', '--max-warnings', '0', ...TODAY]);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/advarsel/);
  });

  it.each([
    [['check', 'finnes-ikke.yaml'], /Fant ikke «finnes-ikke\.yaml»/],
    [['check', 'examples', '--format', 'xml'], /xml/],
    [['check', 'examples', '--today', '24.13.2026'], /24\.13\.2026/],
    [['check', 'examples', '--max-warnings', 'mange'], /mange/],
    [['check', 'examples', '--frmat', 'json'], /--frmat/],
    [['sjekk'], /sjekk/],
  ])('exits 2 with a message and no stack trace: %j', (args, message) => {
    const result = dekom(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a special file, saying what it is rather than "not found"', () => {
    const fifo = path.join(dir, 'kø.yaml');
    spawnSync('mkfifo', [fifo]);
    const result = dekom(['check', fifo]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ikke en vanlig fil/);
  });

  it('exits 2 when a folder holds no plans', () => {
    const result = dekom(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Fant ingen planer/);
  });
});

describe('finding plans', () => {
  it('searches folders recursively for YAML with a top-level dekom key, skipping node_modules and dot-folders', () => {
    const { dir, cleanup } = tempDir();
    try {
      cpSync(path.join(CLI, 'repo'), dir, { recursive: true });
      for (const hidden of ['node_modules/x', '.git/y']) {
        mkdirSync(path.join(dir, hidden), { recursive: true });
        cpSync(path.join(CLI, 'repo', 'kommune-a', 'skole-1', 'plan.yaml'), path.join(dir, hidden, 'plan.yaml'));
      }
      const { code, report } = json(['.'], dir);
      expect(code).toBe(1);
      expect(report.files.map((f) => f.file)).toEqual(['kommune-a/skole-1/plan.yaml']);
      const globbed = json(['kommune-a/**/*.yaml'], dir);
      expect(globbed.report.files.map((f) => f.file)).toEqual(['kommune-a/skole-1/plan.yaml']);
      expect(dekom(['check', 'nowhere/**/*.yaml'], { cwd: dir }).code).toBe(2);
    } finally {
      cleanup();
    }
  });

  it('checks a file named explicitly even without a dekom key: required at 1:1, exit 1', () => {
    for (const name of ['not-a-plan.yaml', 'empty.yaml']) {
      const { code, report } = json([path.join('test/fixtures/cli', name)]);
      expect(code).toBe(1);
      expect(report.files[0]!.problems[0]).toMatchObject({ rule: 'required', line: 1, column: 1 });
    }
  });
});

describe('nasty input returns fast with a clear problem, never a crash', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  function checkFile(name: string, content: string | Buffer) {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const started = Date.now();
    const result = dekom(['check', file, '--format', 'json', ...TODAY]);
    return { ...result, seconds: (Date.now() - started) / 1000, report: JSON.parse(result.stdout || 'null') as JsonReport | null };
  }

  it('a syntax error is yaml-syntax at its line and column', () => {
    const result = dekom(['check', 'test/fixtures/cli/syntax-error.yaml', '--format', 'json']);
    expect(result.code).toBe(1);
    const problem = (JSON.parse(result.stdout) as JsonReport).files[0]!.problems[0]!;
    expect(problem).toMatchObject({ rule: 'yaml-syntax', severity: 'error', line: 3 });
  });

  it('tab indentation is yaml-syntax at the tab', () => {
    const { report } = json(['test/fixtures/cli/tabs.yaml']);
    expect(report.files[0]!.problems[0]).toMatchObject({ rule: 'yaml-syntax', line: 4 });
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binær/],
    ['latin-1', Buffer.from('dekom: 1\ntittel: Bl\xe5b\xe6r\n', 'latin1'), /UTF-8/],
    [
      'alias bomb',
      `dekom: 1\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n`,
      /alias/,
    ],
    ['10 MB', `dekom: 1\ntype: skoleplan\ntittel: ${'x'.repeat(10 * 1024 * 1024)}\n`, /MB/],
  ])('%s: yaml-syntax, exit 1, within seconds', (name, content, message) => {
    const result = checkFile(`${name.replace(/\W/g, '-')}.yaml`, content);
    expect(result.code).toBe(1);
    expect(result.seconds).toBeLessThan(10);
    expect(result.stderr).toBe('');
    const problem = result.report!.files[0]!.problems[0]!;
    expect(problem).toMatchObject({ rule: 'yaml-syntax' });
    // A whole-file fault sits at 1:1; an alias bomb at the alias where it grows past the limit.
    if (name === 'alias bomb') expect(String(content).split('\n')[(problem['line'] as number) - 1]![(problem['column'] as number) - 1]).toBe('*');
    else expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(result.report!.files[0]!.problems[0]!['message']).toMatch(message);
  });

  it('a BOM and CRLF line endings keep lines and columns', () => {
    const text = 'dekom: 1\r\ntype: skoleplan\r\ntittel: Plan\r\norganisasjon: Skole\r\nperiode:\r\n  fra: 2026-08-01\r\n  til: 2026-13-01\r\n';
    const result = checkFile('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const problem = result.report!.files[0]!.problems.find((p) => p['rule'] === 'schema');
    expect(problem).toMatchObject({ path: 'periode.til', line: 7, column: 8 });
  });
});

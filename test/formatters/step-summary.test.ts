import { describe, expect, it } from 'vitest';
import { githubStepSummary, SUMMARY_ROWS } from '../../src/check/formatters/step-summary.js';
import type { FileResult, Report } from '../../src/check/types.js';
import { syntheticReport } from '../fixtures/formatters/report.js';

describe('the GitHub job summary', () => {
  it('is a Markdown table of every file with its errors, warnings and completeness, after the tally', () => {
    expect(githubStepSummary(syntheticReport(), 'nb')).toBe(
      [
        '### dekom check',
        '',
        '✖ 3 problemer (2 feil, 1 advarsel) i 2 filer',
        '',
        '| Fil | Feil | Advarsler | Utfylt |',
        '| --- | ---: | ---: | ---: |',
        '| planer/vår plan, 2026.yaml | 2 | 1 | 50 % |',
        '| planer/kommuneplan-ås.yaml | 0 | 0 | 100 % |',
        '',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en', () => {
    const text = githubStepSummary(syntheticReport(), 'en');
    expect(text).toContain('| File | Errors | Warnings | Filled in |');
    expect(text).toContain('| planer/vår plan, 2026.yaml | 2 | 1 | 50% |');
  });

  it('keeps a file name with Markdown in it to its own cell, as written', () => {
    const report: Report = { files: [{ file: 'a|b_*c*.yaml', type: null, completeness: 0, problems: [] }], summary: { files: 1, errors: 0, warnings: 0 } };
    expect(githubStepSummary(report, 'nb')).toContain('| a\\|b\\_\\*c\\*.yaml | 0 | 0 | 0 % |');
  });

  it('stays within GitHub’s size limit for a large repository, files with problems first', () => {
    const clean = (i: number): FileResult => ({ file: `ren-${i}.yaml`, type: 'skoleplan', completeness: 1, problems: [] });
    const broken: FileResult = { ...syntheticReport().files[0]!, file: 'sist.yaml' };
    const files = [...Array.from({ length: SUMMARY_ROWS + 4 }, (_, i) => clean(i)), broken];
    const text = githubStepSummary({ files, summary: { files: files.length, errors: 2, warnings: 1 } }, 'nb');
    const rows = text.split('\n').filter((line) => /^\| [^-F]/.test(line));
    expect(rows).toHaveLength(SUMMARY_ROWS);
    expect(rows[0]).toBe('| sist.yaml | 2 | 1 | 50 % |');
    expect(text).toContain('… og 5 filer til, som ikke får plass i tabellen.');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
  });
});

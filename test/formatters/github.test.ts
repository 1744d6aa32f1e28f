import { describe, expect, it } from 'vitest';
import { github } from '../../src/check/formatters/github.js';
import type { Report } from '../../src/check/types.js';
import { options, syntheticReport } from '../fixtures/formatters/report.js';

describe('github formatter', () => {
  it('prints one workflow command per problem, escaped as GitHub decodes it, then the summary', () => {
    expect(github(syntheticReport(), options()).split('\n')).toEqual([
      '::error file=planer/vår plan%2C 2026.yaml,line=14,col=13,title=placeholder::' +
        'Verdien «100 %25» i «kostnad: år 1, år 2» er ugyldig%0Aneste linje: <b> & "sitat" – æøå',
      '::warning file=planer/vår plan%2C 2026.yaml,line=40,col=12,title=overdue::Fristen 2026-03-01 for «Kurs for lærere» er passert (2026-11-24).',
      '::error file=planer/vår plan%2C 2026.yaml,line=3,col=1,title=required::Mangler påkrevd «situasjonsbeskrivelse».',
      '✖ 3 problemer (2 feil, 1 advarsel) i 2 filer',
      '',
    ]);
  });

  it('escapes % before the characters it introduces, and : , \\r in properties', () => {
    const report: Report = {
      files: [
        {
          file: 'C:/a,b%c.yaml',
          type: null,
          completeness: 0,
          problems: [{ rule: 'schema', severity: 'error', message: '50%\r\nx', path: '', line: 1, column: 1, docs: '' }],
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0 },
    };
    expect(github(report, options('en')).split('\n')[0]).toBe('::error file=C%3A/a%2Cb%25c.yaml,line=1,col=1,title=schema::50%25%0D%0Ax');
  });

  it('ends with the same summary wording as stylish, in English too', () => {
    expect(github(syntheticReport(), options('en')).split('\n').at(-2)).toBe('✖ 3 problems (2 errors, 1 warning) in 2 files');
    const clean: Report = { files: [{ file: 'plan.yaml', type: 'skoleplan', completeness: 1, problems: [] }], summary: { files: 1, errors: 0, warnings: 0 } };
    expect(github(clean, options())).toBe('✔ Ingen problemer i 1 fil.\n');
    const warningsOnly = { ...syntheticReport(), summary: { files: 2, errors: 0, warnings: 1 } };
    expect(github(warningsOnly, options()).split('\n').at(-2)).toBe('⚠ 1 problem (0 feil, 1 advarsel) i 2 filer');
  });
});

/** A file with `errors` errors and `warnings` warnings, one per line. */
function crowded(errors: number, warnings: number): Report {
  const problems = [
    ...Array.from({ length: errors }, (_, i) => ({ rule: 'required', severity: 'error' as const, message: `feil ${i + 1}`, path: `a${i}`, line: i + 1, column: 1, docs: '' })),
    ...Array.from({ length: warnings }, (_, i) => ({ rule: 'overdue', severity: 'warning' as const, message: `advarsel ${i + 1}`, path: `b${i}`, line: 100 + i, column: 1, docs: '' })),
  ];
  return { files: [{ file: 'plan.yaml', type: 'skoleplan', completeness: 0.5, problems }], summary: { files: 1, errors, warnings } };
}

describe('github formatter past GitHub’s 10 annotations of a kind', () => {
  it('prints every annotation, then one notice with how many GitHub will not show and where they are', () => {
    const lines = github(crowded(13, 11), options()).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(13);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(11);
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([
      '::notice title=dekom::GitHub viser høyst 10 feil og 10 advarsler som merknader per steg, så 3 feil og 1 advarsel vises ikke der. Se alle i loggen for dette steget, eller kjør «dekom check» lokalt.',
    ]);
    expect(lines.at(-2)).toMatch(/^::notice /);
    expect(lines.at(-1)).toBe('✖ 24 problemer (13 feil, 11 advarsler) i 1 fil');
  });

  it('counts each kind against its own limit, in English too', () => {
    expect(github(crowded(2, 12), options('en')).split('\n').find((line) => line.startsWith('::notice'))).toBe(
      '::notice title=dekom::GitHub shows at most 10 errors and 10 warnings as annotations per step, so 0 errors and 2 warnings are not shown there. See them all in this step\'s log, or run "dekom check" locally.',
    );
  });

  it('says nothing more when every annotation fits', () => {
    expect(github(crowded(10, 10), options()).split('\n').filter((line) => line.startsWith('::notice'))).toEqual([]);
  });
});

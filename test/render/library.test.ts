import { describe, expect, it } from 'vitest';
import * as dekom from '../../src/index.js';
import { planData } from './support.js';

const SKOLEPLAN = 'examples/skoleplan-heimdal-ungdomsskole.yaml';

describe('the library’s render functions', () => {
  it('render a plan’s data in its own språk, or in the language asked for', () => {
    const plan = planData(SKOLEPLAN);
    const bokmål = dekom.renderMarkdown(plan, { today: '2026-11-24' });
    expect(bokmål).toMatch(/^# Lesing i alle fag/);
    expect(bokmål).toContain('## Situasjonsbeskrivelse');
    expect(bokmål).toContain('- **Dato:** 24. november 2026');
    expect(dekom.renderMarkdown(plan, { lang: 'en', today: '2026-11-24' })).toContain('## The current situation');
    expect(dekom.renderMarkdown({ ...plan, språk: 'nn' }, { today: '2026-11-24' })).toContain('## Situasjonsskildring');
  });

  it('write a Word file’s bytes, the same as dekom render writes', async () => {
    const bytes = await dekom.renderDocx(planData(SKOLEPLAN), { today: '2026-11-24' });
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    expect(Buffer.from(bytes).toString('latin1')).toContain('word/document.xml');
  });

  it('refuse data that is not a plan of a known kind, saying which kinds there are', async () => {
    expect(() => dekom.renderMarkdown({ tittel: 'x' })).toThrow(new TypeError('Planen har ingen kjent «type» (null); bruk en av: nettverksplan, kompetanseplan, skoleplan, kommuneplan, barnehageplan, langsiktig_plan, innstilling.'));
    await expect(dekom.renderDocx({ type: 'årsplan' }, { lang: 'en' })).rejects.toThrow('The plan has no known "type" ("årsplan"); use one of:');
  });

  it('read a Word document back into the plan it was rendered from, and the file import writes', async () => {
    const plan = planData(SKOLEPLAN);
    const imported = dekom.importDocx(await dekom.renderDocx(plan, { today: '2026-11-24' }));
    expect(imported).toMatchObject({ kind: 'skoleplan', lang: 'nb' });
    expect(imported.plan['tittel']).toBe(plan['tittel']);
    expect(imported.yaml).toMatch(/^# yaml-language-server: \$schema=https:\/\/\S+\/skoleplan\.schema\.json\n/);
    expect(() => dekom.importDocx(Buffer.from('ikke word'), { display: 'notat.docx', lang: 'en' })).toThrow('"notat.docx" is not a Word document (.docx).');
  });

  it('sit beside checking and the schemas in one entry', async () => {
    expect(Object.keys(dekom).sort()).toEqual(
      ['FORMAT_NAMES', 'KINDS', 'MAX_PLAN_BYTES', 'PARSE_LIMITS', 'RULES', 'RULES_BY_ID', 'checkBytes', 'checkPaths', 'formatReport', 'importDocx', 'isKind', 'jsonSchemaFor', 'main', 'renderDocx', 'renderMarkdown', 'schemaFiles', 'summarise'].sort(),
    );
    const result = dekom.checkBytes('plan.yaml', Buffer.from('dekom: 1\ntype: skoleplan\n'), { lang: 'en', today: '2026-11-24' });
    expect(result.problems.some((p) => p.rule === 'required')).toBe(true);
    const report = { files: [result], summary: dekom.summarise([result]) };
    expect(dekom.formatReport(report, 'stylish', { lang: 'en' })).toMatch(/^plan\.yaml {2}\(skoleplan, \d+ % filled in\)\n/);
    expect(dekom.RULES_BY_ID.get('goal-smart')).toMatchObject({ id: 'goal-smart', severity: 'error' });
    expect(dekom.schemaFiles().map((entry) => entry.file)).toContain('config.schema.json');
  });
});

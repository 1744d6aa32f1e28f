import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { periodFromText } from '../../src/util/calendar.js';
import { readPerYear } from '../../src/init/read-answer.js';
import { parse } from 'yaml';
import { base, check, edit, problems } from '../rules/support.js';

const render = (text: string, lang: 'nb' | 'nn' | 'en' = 'nb') => {
  const plan = parse(text) as Record<string, unknown>;
  return renderMarkdown(plan, { kind: String(plan['type']), lang, today: '2026-11-24' });
};

describe('periods as plans write them', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2025–2027', '2025-01-01', '2027-12-31'],
    ['2025-2027', '2025-01-01', '2027-12-31'],
    ['skoleåret 2025/26', '2025-08-01', '2026-07-31'],
    ['Skoleåret 2025–2026', '2025-08-01', '2026-07-31'],
    ['2025/26', '2025-08-01', '2026-07-31'],
    ['skoleårene 2025–2027', '2025-08-01', '2027-07-31'],
    ['skuleåret 2025/26', '2025-08-01', '2026-07-31'],
  ])('%s is %s to %s', (text, fra, til) => {
    expect(periodFromText(text)).toEqual({ fra, til });
  });

  it.each(['2027–2025', 'neste år', 'skoleåret 2026/25', ''])('%s is no period', (text) => {
    expect(periodFromText(text)).toBeUndefined();
  });

  it('a plan may give its period in words: checked against it, printed as written', () => {
    const text = base('skoleplan').replace(/periode:\n {2}fra: 2026-08-01\n {2}til: 2027-06-30\n/, 'periode: skoleåret 2026/27\n');
    expect(text).toContain('periode: skoleåret 2026/27');
    expect(check(text).problems).toEqual([]);
    expect(render(text)).toContain('- **Tidsrom:** skoleåret 2026/27');
    const late = edit(text, '    frist: 2027-02-01\n', '    frist: 2027-08-15\n');
    expect(problems(check(late), 'in-period').map((p) => p.message)).toEqual(['«frist» 2027-08-15 ligger utenfor perioden 2026-08-01 – 2027-07-31.']);
  });

  it('a period in words it cannot read is one schema problem at periode', () => {
    const text = base('skoleplan').replace(/periode:\n {2}fra: 2026-08-01\n {2}til: 2027-06-30\n/, 'periode: neste skoleår\n');
    expect(check(text).problems.map((p) => `${p.rule} ${p.path} ${p.line}:${p.column}`)).toEqual(['schema periode 5:10']);
  });
});

describe('yearly dates', () => {
  const yearly = (date: string) => edit(base('skoleplan'), '    frist: 2027-02-01\n', `    frist: { årlig: "${date}" }\n`);

  it('are deadlines of their own, printed as a reader says them', () => {
    expect(check(yearly('03-15')).problems).toEqual([]);
    expect(render(yearly('03-15'))).toContain('hvert år 15. mars');
    expect(render(yearly('03-15'), 'nn')).toContain('kvart år 15. mars');
    expect(render(yearly('03-15'), 'en')).toContain('every year on 15 March');
  });

  it.each(['02-30', '13-01', '3-15'])('%s is no month and day: a schema problem at the deadline', (date) => {
    const found = check(yearly(date)).problems.filter((p) => p.rule === 'schema');
    expect(found.map((p) => p.path)).toEqual([expect.stringMatching(/^oppgaver\[0\]\.frist/)]);
  });

  it('a plain date that is no date still gets the date message, with the form to write', () => {
    const text = edit(base('skoleplan'), '    frist: 2027-02-01\n', '    frist: 31.02.2027\n');
    expect(problems(check(text), 'schema').map((p) => p.message)).toEqual(['«31.02.2027» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD.']);
  });
});

describe('partners with several roles', () => {
  it('may list roller instead of one rolle; with neither, the message names both', () => {
    const roles = base('nettverksplan').replace('    rolle: uh\n', '    roller: [uh, nasjonalt_senter]\n');
    expect(check(roles).problems).toEqual([]);
    const none = base('nettverksplan').replace('    rolle: uh\n', '');
    expect(problems(check(none), 'required').map((p) => p.message)).toEqual(['Mangler påkrevd «rolle» (eller «roller»).']);
    expect(problems(check(none), 'required').map((p) => p.where)).toEqual([expect.stringMatching(/› Part nr\. 1 «[^»]+» › Rolle$/)]);
  });

  it('prints the roles, the ownership and the agreement in the partners table', () => {
    const text = base('nettverksplan').replace('    rolle: uh\n', '    roller: [uh, up1]\n    eierform: offentlig\n    avtale: { fra: 2025-08-01, til: 2027-07-31 }\n');
    const markdown = render(text);
    expect(markdown).toContain('Universitet/høgskole, Utviklingspartner 1 (UP1) (offentlig)');
    expect(markdown).toContain('Avtale: 1. august 2025 – 31. juli 2027');
  });
});

describe('the document follows the plan’s scheme', () => {
  const plan = (ordning: string) => base('kompetanseplan').replace('ordning: [dekom]', `ordning: ${ordning}`);

  it('names DEKOM for a DEKOM plan, as the seed does', () => {
    expect(render(plan('[dekom]'))).toContain('- **Plantype:** Langsiktig kompetanseutviklingsplan for kompetansenettverk (DEKOM)');
    expect(render(plan('[dekom]'))).toContain('## Intensjoner i den desentraliserte kompetanseutviklingen');
  });

  it('has no "(DEKOM)" on a REKOM plan, and REKOM’s intentions', () => {
    const markdown = render(plan('[rekom]'));
    expect(markdown).toContain('- **Plantype:** Langsiktig kompetanseutviklingsplan for kompetansenettverk (REKOM)');
    expect(markdown).not.toContain('(DEKOM)');
    expect(markdown).toContain('## Intensjoner i den regionale ordningen for kompetanseutvikling i barnehage');
    expect(markdown).toContain('### d) Utforsking av praksis og barns medvirkning');
    expect(markdown).toContain('- **Ordning:** REKOM');
  });

  it('names every scheme of a plan that spans several', () => {
    const markdown = render(plan('[dekom, kompetanseløftet]'), 'en');
    expect(markdown).toContain('(DEKOM, Kompetanseløftet)');
    expect(markdown).toContain('## Intentions of the schemes for local competence development');
  });

  it('asks a long-term strategy neither the year applied for nor the analysis booleans', () => {
    const text = base('kompetanseplan').replace('innstillingsår: 2026\n', '').replace(/analyse:\n(?: {2}.*\n)+/, '');
    expect(problems(check(text), 'required')).toEqual([]);
  });
});

describe('grants per year at the prompt', () => {
  it('reads years and amounts as Norwegians type them', () => {
    expect(readPerYear('2026: 150 000; 2027: 120 000 kr')).toEqual({ 2026: 150000, 2027: 120000 });
    expect(readPerYear('2026: 1,5')).toEqual({ 2026: 1.5 });
    expect(readPerYear('2026 150 000')).toBeUndefined();
    expect(readPerYear('neste år: 100')).toBeUndefined();
  });
});

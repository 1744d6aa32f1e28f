import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dekom, FIXTURES, tempDir } from '../helpers.js';
import { KEY, PtySession, ptyUnavailable } from './pty.js';

const unavailable = ptyUnavailable();
const title = (name: string) => (unavailable ? `${name} (skipped: ${unavailable})` : name);

let dir: string;
let cleanup: () => void;
const sessions: PtySession[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(path.join(FIXTURES, 'init', 'pty-svar.yaml'), path.join(dir, 'svar.yaml'));
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
  cleanup();
});

function start(args: readonly string[]): PtySession {
  const session = new PtySession(args, { cwd: dir });
  sessions.push(session);
  return session;
}

/** The first part of the session: the header, the situation in two lines, a partner, the start of a goal. */
async function typeUntilGoalDeadline(session: PtySession): Promise<void> {
  await session.answer('Tittel', 'Lesing i alle fag – Heimdal ungdomsskole');
  await session.answer('Organisasjon', 'Heimdal ungdomsskole');
  await session.waitFor('Språk');
  session.type(KEY.enter);
  await session.answer('Fra', '31.02.2026');
  await session.waitFor('«31.02.2026» er ikke en dato. Skriv for eksempel 2026-03-15 eller 15.03.2026.');
  // The refused answer stays on the line for correcting; clear it and type the right one.
  session.type('\x15');
  session.type('01.08.2026' + KEY.enter);
  await session.waitFor('Fra 2026-08-01');
  await session.answer('Til', '30.06.2028');
  await session.answer('Navn', 'Ingrid Sæther');
  await session.answer('E-post', 'ingrid.saether@example.no');
  await session.answer('Rolle', 'Avdelingsleder');
  await session.answer('Situasjonsbeskrivelse', '42 % av elevene er på de laveste mestringsnivåene.');
  await session.answer('…', 'Lærerne ser at elevene strever med fagtekster.');
  await session.answer('…', '');
  await session.answer('Legge til en part?', 'j');
  await session.answer('Navn', 'NTNU');
  await session.waitFor('Roller');
  await session.waitFor('uh');
  session.type(KEY.space);
  await new Promise((resolve) => setTimeout(resolve, 100));
  session.type(KEY.enter);
  await session.answer('Kontaktperson', 'Kari Nordmann');
  await session.answer('Ansvar', 'Faglig veiledning');
  await session.answer('Legge til en part til?', 'n');
  await session.waitFor('Art');
  session.type(KEY.enter);
  await session.answer('Beskrivelse', 'Flere elever forstår og bruker fagtekster i alle fag.');
  await session.answer('Indikator', 'Andel elever på mestringsnivå 3–5 i lesing');
  await session.answer('Utgangspunkt', '58 %');
  await session.answer('Målverdi', '70 %');
  await session.waitFor('Frist');
}

/** From the start to the first line of the situation, which takes several lines. */
async function typeUntilSituation(session: PtySession): Promise<void> {
  await session.answer('Tittel', 'Lesing i alle fag');
  await session.answer('Organisasjon', 'Heimdal ungdomsskole');
  await session.waitFor('Språk');
  session.type(KEY.enter);
  await session.answer('Fra', '01.08.2026');
  await session.answer('Til', '30.06.2028');
  await session.answer('Navn', 'Ingrid Sæther');
  await session.answer('E-post', 'ingrid.saether@example.no');
  await session.answer('Rolle', 'Avdelingsleder');
  await session.answer('Situasjonsbeskrivelse', 'Første linje om elevene.');
  await session.answer('…', 'Andre linje om lærerne.');
  // The line is taken once the next line's prompt follows it (while typing, the prompt only precedes it).
  await session.waitFor('Andre linje om lærerne.…');
}

/** The rest: from the goal's deadline to the end. */
async function typeFromGoalDeadline(session: PtySession): Promise<void> {
  await session.answer('Frist', '15.06.2028');
  await session.waitFor('Ansvarlig');
  await session.waitFor('Kari Nordmann');
  session.type('k');
  await new Promise((resolve) => setTimeout(resolve, 100));
  session.type(KEY.enter);
  await session.answer('Forankring', 'Personalmøtet 4. juni 2026');
  await session.answer('Begrunnelse', '');
  await session.answer('Legge til et mål til?', '');
  await session.answer('Oppgave', 'Lesegruppe i fellestida');
  await session.answer('Beskrivelse', 'Faggruppene prøver ut lesestrategier.');
  await session.waitFor('Ansvarlig');
  await session.waitFor('Ingrid Sæther');
  session.type('i');
  await new Promise((resolve) => setTimeout(resolve, 100));
  session.type(KEY.enter);
  await session.answer('Frist', '18.12.2026');
  await session.waitFor('Status');
  session.type(KEY.enter);
  await session.waitFor('M1 – Flere elever');
  session.type(KEY.space);
  await new Promise((resolve) => setTimeout(resolve, 100));
  session.type(KEY.enter);
  await session.answer('Legge til en oppgave til?', 'n');
}

describe('dekom init in a real terminal', () => {
  test.skipIf(unavailable !== undefined)(
    title('typed answers, Ctrl-C in the middle, a restart that goes on from the draft, and a plan that passes dekom check'),
    async () => {
      const first = start(['init', '--type', 'skoleplan', '--answers', 'svar.yaml', 'plan.yaml']);
      await typeUntilGoalDeadline(first);
      first.type(KEY.ctrlC);
      await first.waitFor('Avbrutt.');
      await first.waitFor('Kjør «dekom init plan.yaml» for å fortsette.');
      expect(await first.exit()).toBe(2);
      expect(existsSync(path.join(dir, 'plan.yaml'))).toBe(false);
      const draft = parse(readFileSync(path.join(dir, '.plan.yaml.draft'), 'utf8')) as { answers: { id: string }[]; given: Record<string, unknown> };
      expect(draft.answers.at(-1)!.id).toBe('mål[0].målverdi');
      expect(draft.given['tema']).toBe('Lesing i alle fag');

      // The answers file is not needed again: the draft carries it.
      const second = start(['init', 'plan.yaml']);
      await second.waitFor('Fant et utkast fra');
      await second.waitFor(`(skoleplan, ${draft.answers.length} svar)`);
      await second.waitFor('Fortsette der du slapp?');
      second.type(KEY.enter);
      await second.waitFor('Fortsetter fra utkastet:');
      await typeFromGoalDeadline(second);
      await second.waitFor('Skrev plan.yaml: skoleplan');
      await second.waitFor('dekom check plan.yaml');
      expect(await second.exit()).toBe(0);
      expect(existsSync(path.join(dir, '.plan.yaml.draft'))).toBe(false);

      const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
      expect(text.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^# yaml-language-server: \$schema=.*schemas\/skoleplan\.schema\.json$/), 'dekom: 1']);
      const plan = parse(text) as Record<string, unknown>;
      expect(plan).toMatchObject({
        tittel: 'Lesing i alle fag – Heimdal ungdomsskole',
        periode: { fra: '2026-08-01', til: '2028-06-30' },
        situasjonsbeskrivelse: '42 % av elevene er på de laveste mestringsnivåene.\n\nLærerne ser at elevene strever med fagtekster.\n',
        mål: [{ id: 'M1', frist: '2028-06-15', ansvarlig: 'Kari Nordmann' }],
        oppgaver: [{ oppgave: 'Lesegruppe i fellestida', ansvarlig: 'Ingrid Sæther', frist: '2026-12-18', status: 'planlagt', mål: ['M1'] }],
      });
      const check = dekom(['check', '--format', 'json', 'plan.yaml'], { cwd: dir });
      const report = JSON.parse(check.stdout) as { files: { problems: { severity: string; rule: string; message: string }[] }[] };
      expect(report.files[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(check.code).toBe(0);
    },
    120_000,
  );

  test.skipIf(unavailable !== undefined)(
    title('a closed terminal loses no answer already given'),
    async () => {
      const first = start(['init', '--type', 'kommuneplan', 'plan.yaml']);
      await first.answer('Tittel', 'Kommunens plan');
      await first.answer('Organisasjon', 'Lindesnes kommune');
      await first.waitFor('Ordning');
      first.hangUp();
      expect(await first.exit()).toBe(2);
      const draft = parse(readFileSync(path.join(dir, '.plan.yaml.draft'), 'utf8')) as { answers: { id: string; answer: string }[] };
      expect(draft.answers).toEqual([
        { id: 'tittel', answer: 'Kommunens plan' },
        { id: 'organisasjon', answer: 'Lindesnes kommune' },
      ]);

      const second = start(['init', 'plan.yaml']);
      await second.waitFor('(kommuneplan, 2 svar). Fortsette der du slapp?');
      second.type(KEY.enter);
      await second.waitFor('Fortsetter fra utkastet: 2 svar er hentet.');
      await second.waitFor('Ordning');
      second.type(KEY.ctrlC);
      expect(await second.exit()).toBe(2);
    },
    60_000,
  );

  test.skipIf(unavailable !== undefined)(
    title('a terminal closed in the middle of a longer answer: draft saved with the lines typed, exit 2, no stack trace; the next run goes on after them'),
    async () => {
      const first = start(['init', '--type', 'skoleplan', '--answers', 'svar.yaml', 'plan.yaml']);
      await typeUntilSituation(first);
      first.hangUp();
      expect(await first.exit()).toBe(2);
      expect(first.screen).not.toMatch(/Error|\n\s+at |Assertion|node:/);
      const draft = parse(readFileSync(path.join(dir, '.plan.yaml.draft'), 'utf8')) as { answers: { id: string; answer: string; partial?: boolean }[] };
      expect(draft.answers.at(-1)).toEqual({ id: 'situasjonsbeskrivelse', answer: 'Første linje om elevene.\nAndre linje om lærerne.', partial: true });

      const second = start(['init', 'plan.yaml']);
      await second.waitFor('Fortsette der du slapp?');
      second.type(KEY.enter);
      await second.waitFor('Første linje om elevene.');
      await second.waitFor('Andre linje om lærerne.');
      await second.answer('…', 'Tredje linje.');
      await second.answer('…', '');
      await second.waitFor('Legge til en part?');
      second.type(KEY.ctrlC);
      expect(await second.exit()).toBe(2);
      const resumed = parse(readFileSync(path.join(dir, '.plan.yaml.draft'), 'utf8')) as { answers: { id: string; answer: string; partial?: boolean }[] };
      expect(resumed.answers.find((a) => a.id === 'situasjonsbeskrivelse')).toEqual({
        id: 'situasjonsbeskrivelse',
        answer: 'Første linje om elevene.\nAndre linje om lærerne.\nTredje linje.',
      });
    },
    90_000,
  );

  test.skipIf(unavailable !== undefined)(
    title('Ctrl-C in the middle of a longer answer keeps the lines typed so far'),
    async () => {
      const first = start(['init', '--type', 'skoleplan', '--answers', 'svar.yaml', 'plan.yaml']);
      await typeUntilSituation(first);
      first.type(KEY.ctrlC);
      await first.waitFor('og 2 linjer av svaret du holdt på med');
      expect(await first.exit()).toBe(2);
      const draft = parse(readFileSync(path.join(dir, '.plan.yaml.draft'), 'utf8')) as { answers: { id: string; answer: string; partial?: boolean }[] };
      expect(draft.answers.at(-1)).toEqual({ id: 'situasjonsbeskrivelse', answer: 'Første linje om elevene.\nAndre linje om lærerne.', partial: true });
    },
    60_000,
  );
});

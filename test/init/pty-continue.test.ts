import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dekom, FIXTURES, tempDir } from '../helpers.js';
import { KEY, PtySession, ptyUnavailable } from './pty.js';

const unavailable = ptyUnavailable();
const title = (name: string) => (unavailable ? `${name} (skipped: ${unavailable})` : name);
const FIXTURE = path.join(FIXTURES, 'init', 'continue-plan.yaml');

let dir: string;
let cleanup: () => void;
const sessions: PtySession[] = [];
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(FIXTURE, path.join(dir, 'plan.yaml'));
});
afterEach(() => {
  for (const session of sessions.splice(0)) session.kill();
  cleanup();
});

/** Every comment of a text, as written, in order. */
const comments = (text: string) => text.split('\n').flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#'))] : []));

describe('dekom init --continue in a real terminal', () => {
  test.skipIf(unavailable !== undefined)(
    title('asks about a task without an owner and a wrong date, goes back one question, and leaves a plan check finds clean with its comments unchanged'),
    async () => {
      const session = new PtySession(['init', '--continue', 'plan.yaml'], { cwd: dir });
      sessions.push(session);
      await session.waitFor('dekom init --continue: 2 ting å rette eller fylle ut i plan.yaml');
      await session.waitFor('< går tilbake til forrige spørsmål');
      await session.waitFor('«2026-02-31» er ikke en gyldig dato');
      await session.answer('Oppgave 2: Frist', '01.09.2026');
      await session.waitFor('Oppgave 2: Frist 2026-09-01');
      await session.waitFor('Oppgave 3: Ansvarlig');
      await session.waitFor('Jonas Eide');
      await session.waitFor('< tilbake');
      // The date was wrong after all: back to it.
      session.type('<');
      await session.waitFor('Tilbake til forrige spørsmål.');
      await session.waitFor('Oppgave 2: Frist');
      await session.waitFor('(01.09.2026)');
      session.type('18.09.2026' + KEY.enter);
      await session.waitFor('Oppgave 2: Frist 2026-09-18');
      await session.waitFor('Oppgave 3: Ansvarlig');
      await session.waitFor('Jonas Eide');
      session.type('jon');
      await new Promise((resolve) => setTimeout(resolve, 150));
      session.type(KEY.enter);
      await session.answer('Legge til en oppgave til?', 'n');
      await session.waitFor('Skrev plan.yaml: skoleplan');
      expect(await session.exit()).toBe(0);

      const before = readFileSync(FIXTURE, 'utf8');
      const text = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
      expect(comments(text)).toEqual(comments(before));
      const plan = parse(text) as { oppgaver: Record<string, unknown>[] };
      expect(plan.oppgaver[1]).toMatchObject({ oppgave: 'Etablere elevpanel', frist: '2026-09-18' });
      expect(plan.oppgaver[2]).toMatchObject({ oppgave: 'Kartlegge lesepraksis', ansvarlig: 'Jonas Eide' });
      const check = dekom(['check', '--format', 'json', 'plan.yaml'], { cwd: dir });
      const report = JSON.parse(check.stdout) as { files: { problems: { severity: string }[] }[] };
      expect(report.files[0]!.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(check.code).toBe(0);
    },
    120_000,
  );
});

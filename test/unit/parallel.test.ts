import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJobs } from '../../src/check/parallel.js';
import type { Job } from '../../src/check/job.js';
import { DekomError } from '../../src/errors.js';
import { ROOT } from '../helpers.js';

const job = (file: string): Job => ({ name: file, absolute: path.join(ROOT, file), searched: false, rules: {}, ruleOptions: {}, today: '2026-11-24' });

describe('checking on worker threads', () => {
  it('gives the same results, in the same order, as one thread', async () => {
    const jobs = ['examples/skoleplan-heimdal-ungdomsskole.yaml', 'test/fixtures/draft/utkast-skoleplan.yaml', 'test/fixtures/draft/utkast-nettverksplan.yaml'].map(job);
    const single = await checkJobs(jobs, 'nb', 1);
    expect(await checkJobs(jobs, 'nb', 2)).toEqual(single);
    expect(single.map((result) => result?.file)).toEqual(jobs.map((j) => j.name));
  });

  it('brings a worker’s error back as the error it was, naming the file', async () => {
    const jobs = [job('examples/skoleplan-heimdal-ungdomsskole.yaml'), job('finnes-ikke.yaml')];
    const failure = await checkJobs(jobs, 'nb', 2).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DekomError);
    expect(failure).toMatchObject({ key: 'error.notFound', args: { path: 'finnes-ikke.yaml' } });
  });
});

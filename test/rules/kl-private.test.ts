import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('kl-private', () => {
  ruleTester('kl-private', {
    valid: [
      { name: 'a Kompetanseløftet plan with PPT, a private owner and Statped’s competence', fixture: 'pass' },
      { name: 'a plan outside Kompetanseløftet', fixture: '../base/kommuneplan' },
    ],
    invalid: [
      {
        name: 'a Kompetanseløftet plan without it, at parter',
        fixture: 'fail',
        problems: [{ line: 44, column: 1, path: 'parter', severity: 'warning', message: /eierform: privat/ }],
      },
    ],
  });
});

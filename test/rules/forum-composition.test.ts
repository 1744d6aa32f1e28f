import { describe } from 'vitest';
import { ruleTester } from './support.js';

describe('forum-composition: the members of a samarbeidsforum', () => {
  ruleTester('forum-composition', {
    valid: [
      { name: 'a recommendation whose forum seats every group', fixture: 'pass' },
      { name: 'a long-term plan whose forum seats every group', fixture: 'pass-langsiktig' },
      { name: 'a DEKOM-only forum needs neither PBL nor the kindergarten authority', fixture: 'pass-dekom' },
    ],
    invalid: [
      {
        name: 'no KS and no PBL, named in one problem at the members',
        fixture: 'fail',
        problems: [
          { line: 18, column: 1, path: 'medlemmer', severity: 'warning', message: /representerer KS eller PBL;/ },
        ],
      },
      {
        name: 'a REKOM forum without the municipality as kindergarten authority',
        fixture: 'fail-langsiktig',
        problems: [
          { line: 45, column: 1, path: 'medlemmer', severity: 'warning', message: /kommunen som barnehagemyndighet;/ },
        ],
      },
    ],
  });
});

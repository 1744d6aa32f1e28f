// Writes schemas/*.schema.json from the Zod model (via the built library). The files are
// committed for editors that fetch them; test/schemas.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';

const { schemaFiles } = await import('../dist/index.js');
for (const { file, schema } of schemaFiles()) {
  writeFileSync(new URL(`../schemas/${file}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${file}`);
}

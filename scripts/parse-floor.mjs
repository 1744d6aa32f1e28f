// The floor for `dekom check`: only find, read and parse the same files with the same YAML
// parser. Whatever `check` costs beyond this is dekom's own work (schema, rules, report).
// Usage: node scripts/parse-floor.mjs <paths...>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const YAML_FILE = /\.ya?ml$/;

// Same walk as `check` does on a directory: recursive, skipping node_modules and dot-folders.
function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* walk(join(dir, entry.name));
    } else if (entry.isFile() && YAML_FILE.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

let files = 0;
let broken = 0;
for (const path of process.argv.slice(2).length ? process.argv.slice(2) : ['.']) {
  for (const file of statSync(path).isDirectory() ? walk(path) : [path]) {
    const doc = parseDocument(readFileSync(file, 'utf8'));
    files++;
    if (doc.errors.length) broken++;
  }
}
// One short line: the floor must not pay for output that check would not also print.
console.log(`${files} files parsed, ${broken} with YAML errors`);

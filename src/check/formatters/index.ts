import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatName } from './names.js';
import type { Formatter } from './types.js';

export { FORMAT_NAMES, type FormatName } from './names.js';

/** One formatter per `--format` name; the record type keeps the two lists equal. */
export const FORMATTERS: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit };

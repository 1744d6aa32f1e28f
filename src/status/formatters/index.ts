import { csv } from './csv.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { table } from './table.js';
import type { StatusFormat, StatusFormatter } from './types.js';

export { STATUS_FORMATS, type StatusFormat } from './types.js';

/** Every text format of `status`; docx goes through the render pipeline from the Markdown. */
export const STATUS_FORMATTERS: Record<Exclude<StatusFormat, 'docx'>, StatusFormatter> = { table, md: markdown, csv, json };

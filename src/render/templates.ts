import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DekomError } from '../errors.js';
import { MAX_TEMPLATE_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { packageRoot } from '../util/package-root.js';
import { RenderError } from './errors.js';
import type { Kind } from '../kinds/index.js';
import type { TemplateSource } from './handlebars/environment.js';

/** The built-in templates, next to dist/ in the package. */
function templatesDir(): string {
  let dir: string;
  try {
    dir = fileURLToPath(new URL('templates/', packageRoot()));
  } catch {
    throw new RenderError('noTemplates');
  }
  if (!existsSync(dir)) throw new RenderError('noTemplates');
  return dir;
}

function read(file: string, display: string, name: string): TemplateSource {
  const content = readInputFile(file, display, MAX_TEMPLATE_BYTES);
  if (!('bytes' in content)) throw new DekomError('error.templateTooLarge', { path: display, size: `${(content.size / 1024 / 1024).toFixed(1)} MB` });
  return { name, display, source: Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString('utf8') };
}

/** The partials every template may use, one `templates/partials/<name>.hbs` each. */
export function builtInPartials(): TemplateSource[] {
  const dir = path.join(templatesDir(), 'partials');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.hbs'))
    .sort()
    .map((file) => read(path.join(dir, file), `templates/partials/${file}`, file.slice(0, -'.hbs'.length)));
}

/**
 * The template a kind is rendered with when the user names none: the generic one that
 * walks the kind's definition, or `templates/<kind>.md.hbs` for a kind whose layout the
 * definition cannot say.
 */
export function builtInTemplate(kind: Kind): TemplateSource {
  const own = `${kind}.md.hbs`;
  const file = existsSync(path.join(templatesDir(), own)) ? own : 'plan.md.hbs';
  return read(path.join(templatesDir(), file), `templates/${file}`, kind);
}

/** The user's own template; a missing or unreadable file is exit 2, like any missing input. */
export function customTemplate(file: string, display: string): TemplateSource {
  return read(file, display, path.basename(file));
}

import path from 'node:path';
import { partials, templates } from 'virtual:dekom-templates';
import { DekomError } from '../errors.js';
import type { Kind } from '../kinds/index.js';
import { MAX_TEMPLATE_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { createEnvironment, type CompiledTemplate, type TemplateSource } from './handlebars/environment.js';

/** The partials every template may use, one `templates/partials/<name>.hbs` each. */
export function builtInPartials(): readonly CompiledTemplate[] {
  return partials;
}

/**
 * The template a kind is rendered with when the user names none: the generic one that
 * walks the kind's definition, or `templates/<kind>.md.hbs` for a kind whose layout the
 * definition cannot say.
 */
export function builtInTemplate(kind: Kind): CompiledTemplate {
  const own = templates.find((template) => template.name === `${kind}.md.hbs`);
  return own ?? templates.find((template) => template.name === 'plan.md.hbs')!;
}

/** The user's own template; a missing, unreadable or oversized file is exit 2, like any missing input. */
export function customTemplate(file: string, display: string): TemplateSource {
  const content = readInputFile(file, display, MAX_TEMPLATE_BYTES);
  if (!('bytes' in content)) throw new DekomError('error.templateTooLarge', { path: display, size: `${(content.size / 1024 / 1024).toFixed(1)} MB` });
  return { name: path.basename(file), display, source: Buffer.from(content.bytes.buffer, content.bytes.byteOffset, content.bytes.byteLength).toString('utf8') };
}

/** A user's template compiled, with the built-in partials and the helpers there are; only this loads Handlebars' compiler. */
export async function compileCustomTemplate(template: TemplateSource): Promise<CompiledTemplate> {
  const { compileTemplate } = await import('./handlebars/compiler.js');
  return compileTemplate(template, createEnvironment(partials).names);
}

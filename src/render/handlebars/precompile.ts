import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars/runtime';
import { precompileTemplate } from './compiler.js';
import type { TemplateNames, TemplateSource } from './environment.js';
import { helperNames, registerHelpers } from './helpers.js';

function sources(dir: string, display: string, name: (file: string) => string): TemplateSource[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.hbs'))
    .sort()
    .map((file) => ({ name: name(file), display: `${display}/${file}`, source: readFileSync(path.join(dir, file), 'utf8') }));
}

/**
 * The module `virtual:dekom-templates`: every template and partial of `templates/`
 * compiled to JavaScript, so a render loads Handlebars' runtime and not its compiler,
 * and compiles nothing. The build runs this; nothing at run time does.
 */
export function precompiledTemplatesModule(templatesDir: string): string {
  const env = Handlebars.create();
  registerHelpers(env);
  const partials = sources(path.join(templatesDir, 'partials'), 'templates/partials', (file) => file.slice(0, -'.hbs'.length));
  const templates = sources(templatesDir, 'templates', (file) => file);
  const names: TemplateNames = { partials: new Set(partials.map((p) => p.name)), helpers: new Set(helperNames(env)) };
  const entry = (template: TemplateSource) =>
    `{ name: ${JSON.stringify(template.name)}, display: ${JSON.stringify(template.display)}, spec: ${precompileTemplate(template, names)} }`;
  return `export const partials = [\n${partials.map(entry).join(',\n')}\n];\nexport const templates = [\n${templates.map(entry).join(',\n')}\n];\n`;
}

import Handlebars from 'handlebars';
import type { CompiledTemplate, TemplateNames, TemplateSource } from './environment.js';
import { escapeForMarkdown } from './escape-transform.js';
import { TemplateError, syntaxError } from './errors.js';
import { findMissingReference } from './references.js';

/** The two compiler stages Handlebars runs on first render, not in its type definitions. */
interface CompilerStages {
  Compiler: new () => { compile(program: hbs.AST.Program, options: CompileOptions): unknown };
  JavaScriptCompiler: new () => { compile(environment: unknown, options: CompileOptions, context: undefined, asObject: boolean): unknown };
}

/**
 * A template as Handlebars' compiler sees it once dekom has checked it: every partial and
 * helper it names exists, and every escaped mustache goes through the Markdown escape.
 * Handlebars' own `compile` waits for the first render, where an error has lost its file
 * and line; the same steps taken here fail while both are known.
 */
function compiled(template: TemplateSource, names: TemplateNames, asObject: boolean): unknown {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(template.source);
  } catch (error) {
    throw syntaxError(error, template.display, template.source);
  }
  const missing = findMissingReference(ast, names);
  if (missing) {
    const available = [...(missing.kind === 'partial' ? names.partials : names.helpers)].sort();
    throw new TemplateError(missing.kind, template.display, missing.name, missing.line, available);
  }
  try {
    // Every helper is known and every call was checked above, so Handlebars can compile
    // direct helper calls rather than decide at run time what each name is.
    const knownHelpers = Object.fromEntries([...names.helpers].map((name) => [name, true]));
    const options = { knownHelpers, knownHelpersOnly: true, data: true };
    const program = escapeForMarkdown(ast, (name) => names.helpers.has(name));
    const stages = Handlebars as unknown as CompilerStages;
    const environment = new stages.Compiler().compile(program, options);
    return new stages.JavaScriptCompiler().compile(environment, options, undefined, asObject);
  } catch (error) {
    throw syntaxError(error, template.display);
  }
}

/** A user's own template, compiled when it is used. */
export function compileTemplate(template: TemplateSource, names: TemplateNames): CompiledTemplate {
  return { name: template.name, display: template.display, spec: compiled(template, names, true) as TemplateSpecification };
}

/** A built-in template as JavaScript source, for the build to put in the bundle compiled. */
export function precompileTemplate(template: TemplateSource, names: TemplateNames): string {
  return compiled(template, names, false) as string;
}

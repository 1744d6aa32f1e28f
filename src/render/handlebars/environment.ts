import Handlebars from 'handlebars';
import { escapeForMarkdown } from './escape-transform.js';
import { TemplateError, runtimeError, syntaxError } from './errors.js';
import { helperNames, registerHelpers, type RenderData } from './helpers.js';
import { findMissingReference } from './references.js';

/** A template's text and the name its errors carry. */
export interface TemplateSource {
  name: string;
  /** The path shown in messages: as the user typed it, or relative to the package. */
  display: string;
  source: string;
}

/** The two compiler stages Handlebars runs on first render, not in its type definitions. */
interface CompilerStages {
  Compiler: new () => { compile(program: hbs.AST.Program, options: CompileOptions): unknown };
  JavaScriptCompiler: new () => { compile(environment: unknown, options: CompileOptions, context: undefined, asObject: true): unknown };
}

export type RenderTemplate = (plan: unknown, data: RenderData) => string;

/**
 * One Handlebars environment per render, so helpers and partials never leak between
 * renders or into another library's Handlebars in the same process.
 */
export function createEnvironment(partials: readonly TemplateSource[]): { compile(template: TemplateSource): RenderTemplate } {
  const env = Handlebars.create();
  registerHelpers(env);
  const helpers = new Set(helperNames(env));
  const known = { partials: new Set(partials.map((p) => p.name)), helpers };
  const knownHelpers = Object.fromEntries([...helpers].map((name) => [name, true]));

  const compile = (template: TemplateSource) => {
    let ast: hbs.AST.Program;
    try {
      ast = env.parse(template.source);
    } catch (error) {
      throw syntaxError(error, template.display, template.source);
    }
    const missing = findMissingReference(ast, known);
    if (missing) {
      const available = missing.kind === 'partial' ? [...known.partials].sort() : [...helpers];
      throw new TemplateError(missing.kind, template.display, missing.name, missing.line, available);
    }
    try {
      // Every helper is known and every call was checked above, so Handlebars can compile
      // direct helper calls rather than decide at run time what each name is. Handlebars'
      // own `compile` waits for the first render, where an error has lost its file and
      // line; the same steps taken here fail while both are known.
      const options = { knownHelpers, knownHelpersOnly: true, data: true };
      const program = escapeForMarkdown(ast, (name) => helpers.has(name));
      const stages = env as unknown as CompilerStages;
      const compiled = new stages.Compiler().compile(program, options);
      const spec = new stages.JavaScriptCompiler().compile(compiled, options, undefined, true);
      return { fn: env.template(spec as TemplateSpecification) as Handlebars.TemplateDelegate, display: template.display };
    } catch (error) {
      throw syntaxError(error, template.display);
    }
  };

  for (const partial of partials) env.registerPartial(partial.name, guard(compile(partial)));

  return {
    compile(template) {
      const compiled = guard(compile(template));
      return (plan, data) => compiled(plan, { data });
    },
  };
}

/**
 * Runs a compiled template with prototype access off (the Handlebars default, stated so it
 * stays so): a template sees the plan's own data and nothing of the objects behind it.
 * The first failure is named by the innermost template it happened in.
 */
function guard({ fn, display }: { fn: Handlebars.TemplateDelegate; display: string }): Handlebars.TemplateDelegate {
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return fn(context, { ...options, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw error instanceof TemplateError ? error : runtimeError(error, display);
    }
  };
}

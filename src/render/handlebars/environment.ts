import Handlebars from 'handlebars/runtime';
import { TemplateError, runtimeError } from './errors.js';
import { helperNames, registerHelpers, type RenderData } from './helpers.js';

/** A template's text and the name its errors carry. */
export interface TemplateSource {
  name: string;
  /** The path shown in messages: as the user typed it, or relative to the package. */
  display: string;
  source: string;
}

/** A template compiled, at build time for the built-in ones, when used for a user's own. */
export interface CompiledTemplate {
  name: string;
  display: string;
  spec: TemplateSpecification;
}

/** What a template may name: the partials and the helpers there are. */
export interface TemplateNames {
  partials: ReadonlySet<string>;
  helpers: ReadonlySet<string>;
}

export type RenderTemplate = (plan: unknown, data: RenderData) => string;

/**
 * One Handlebars environment per render, so helpers and partials never leak between
 * renders or into another library's Handlebars in the same process. Only Handlebars'
 * runtime: the templates come compiled.
 */
export function createEnvironment(partials: readonly CompiledTemplate[]): { names: TemplateNames; load(template: CompiledTemplate): RenderTemplate } {
  const env = Handlebars.create();
  registerHelpers(env);
  const names = { partials: new Set(partials.map((p) => p.name)), helpers: new Set(helperNames(env)) };
  for (const partial of partials) env.registerPartial(partial.name, guard(env, partial));
  return {
    names,
    load(template) {
      const render = guard(env, template);
      return (plan, data) => render(plan, { data });
    },
  };
}

/**
 * Runs a compiled template with prototype access off (the Handlebars default, stated so it
 * stays so): a template sees the plan's own data and nothing of the objects behind it.
 * The first failure is named by the innermost template it happened in.
 */
function guard(env: typeof Handlebars, { spec, display }: CompiledTemplate): Handlebars.TemplateDelegate {
  let fn: Handlebars.TemplateDelegate;
  try {
    fn = env.template(spec) as Handlebars.TemplateDelegate;
  } catch (error) {
    throw runtimeError(error, display);
  }
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return fn(context, { ...options, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw error instanceof TemplateError ? error : runtimeError(error, display);
    }
  };
}

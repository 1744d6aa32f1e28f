/** The built-in templates compiled by the build (scripts/templates-module.mjs). */
declare module 'virtual:dekom-templates' {
  /** `templates/partials/<name>.hbs`, by name. */
  export const partials: readonly import('./environment.js').CompiledTemplate[];
  /** `templates/<file>.hbs`, named by file (`plan.md.hbs`). */
  export const templates: readonly import('./environment.js').CompiledTemplate[];
}

import { DekomError, EXIT } from '../errors.js';
import type { Lang } from '../messages/catalogue.js';
import { renderMessage, type RenderMessageKey } from '../messages/render.js';
import type { MessageArgs } from '../messages/format.js';
import { TemplateError } from './handlebars/errors.js';

/** A render failure worded from the render messages; the command turns it into a DekomError. */
export class RenderError extends Error {
  constructor(
    readonly key: RenderMessageKey,
    readonly args: MessageArgs = {},
  ) {
    super(key);
    this.name = 'RenderError';
  }
}

const TEMPLATE_MESSAGES: Record<TemplateError['kind'], RenderMessageKey> = {
  syntax: 'templateSyntax',
  unclosed: 'unclosedBlock',
  partial: 'missingPartial',
  helper: 'missingHelper',
  runtime: 'templateRuntime',
};

/**
 * Render errors in the user's language, as the one-line `DekomError` every command ends
 * with (exit 2: the command could not run). Anything else passes through unchanged.
 */
export function asDekomError(error: unknown, lang: Lang): unknown {
  if (error instanceof RenderError) {
    return new DekomError('error.usage', { message: renderMessage(lang, error.key, error.args) }, EXIT.usage);
  }
  if (error instanceof TemplateError) {
    const message = renderMessage(lang, TEMPLATE_MESSAGES[error.kind], {
      where: error.line === undefined ? error.file : `${error.file}:${error.line}`,
      detail: error.detail,
      name: error.detail,
      available: error.available.join(', '),
    });
    return new DekomError('error.usage', { message }, EXIT.usage);
  }
  return error;
}

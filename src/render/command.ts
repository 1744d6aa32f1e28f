import type { CommandContext } from '../cli/main.js';
import type { RenderFlags } from '../cli/commands/render.js';
import { DekomError } from '../errors.js';

export async function runRender(file: string, _flags: RenderFlags, _context: CommandContext): Promise<number> {
  throw new DekomError('error.usage', { message: `render is not available in this build (${file})` });
}

import type { CommandContext } from '../cli/main.js';
import type { InitFlags } from '../cli/commands/init.js';
import { DekomError } from '../errors.js';

export async function runInit(file: string, _flags: InitFlags, _context: CommandContext): Promise<number> {
  throw new DekomError('error.usage', { message: `init is not available in this build (${file})` });
}

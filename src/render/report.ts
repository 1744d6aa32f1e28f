import { summarise } from '../check/summarise.js';
import type { FileResult } from '../check/types.js';
import type { Io } from '../util/io.js';
import type { Lang } from '../messages/catalogue.js';

/** The same report `dekom check` prints, on standard error so standard output stays the document's. */
export async function printReport(result: FileResult, { lang, io }: { lang: Lang; io: Io }): Promise<void> {
  const [{ stylish }, { Chalk }, { colourLevel }] = await Promise.all([
    import('../check/formatters/stylish.js'),
    import('chalk'),
    import('../util/io.js'),
  ]);
  const chalk = new Chalk({ level: colourLevel(io, io.stderrIsTTY) });
  io.stderr(stylish({ files: [result], summary: summarise([result]) }, { lang, chalk }));
}

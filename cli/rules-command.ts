/** `poa rules`: not built yet in this checkout (its engineer replaces this file). */
import { UsageError, type CliIo } from './cli-io.js';

export async function runRules(_argv: string[], _io: CliIo): Promise<number> {
    throw new UsageError('the rules command is not available in this build yet');
}

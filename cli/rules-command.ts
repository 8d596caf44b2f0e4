/** `poa rules [--format md|json]`: print the rule catalog (docs/rules.md is this command's Markdown). */
import { rulesJson, rulesMarkdown } from '../language/rules/rules-reference.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';

export async function runRules(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv);
    rejectUnknownOptions(args, ['format']);
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'. Usage: poa rules [--format md|json]`);
    const format = stringOption(args, 'format') ?? 'md';
    if (format === 'json') io.stdout(JSON.stringify(rulesJson(), null, 2) + '\n');
    else if (format === 'md') io.stdout(rulesMarkdown());
    else throw new UsageError(`unknown format '${format}' (use md or json)`);
    return 0;
}

/** `poa check FILE... [--format text|json]`: parse, link and check instruments. */
import { resolve } from 'node:path';
import { loadPoa } from '../language/poa-document.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';
import { readSource } from './read-source.js';

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['final']);
    rejectUnknownOptions(args, ['format', 'final']);
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format '${format}' (use text or json)`);
    if (args.positionals.length === 0) throw new UsageError('no files given. Usage: poa check FILE... [--format text|json]');
    const results = [];
    for (const file of args.positionals) {
        const text = await readSource(resolve(io.cwd, file));
        const { diagnostics } = await loadPoa(text);
        for (const d of diagnostics) {
            results.push({
                file, line: d.range.start.line + 1, column: d.range.start.character + 1,
                endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
                severity: d.severity, code: d.code, message: d.message
            });
        }
    }
    if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
    else for (const r of results) io.stdout(`${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code}: ${r.message}\n`);
    return results.some((r) => r.severity === 'error') ? 1 : 0;
}

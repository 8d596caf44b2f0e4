/**
 * `poa import FILE.txt|FILE.docx|FILE.pdf [-o OUT.poa] [--kind K] [--jurisdiction J] [--format text|json] [--force]`:
 * recognises an existing power of attorney and writes it as a `.poa` file
 * (to standard output without `-o`), with a report on standard error. A
 * document that cannot be read gets one clear line and exit code 2, and no
 * file is written; an existing file is never overwritten without `--force`.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Kind } from '../language/model/poa-model.js';
import { formatReport, ImportError, importDocument, KINDS, MAX_IMPORT_BYTES } from '../language/import/index.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';
import { writeErrorMessage, writeOutput } from './write-output.js';

const USAGE = 'Usage: poa import FILE.txt|FILE.docx|FILE.pdf [-o OUT.poa] [--kind K] [--jurisdiction J] [--format text|json] [--force]';

export async function runImport(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['force']);
    rejectUnknownOptions(args, ['o', 'output', 'kind', 'jurisdiction', 'format', 'force']);
    const [file, ...extra] = args.positionals;
    if (!file || extra.length) throw new UsageError(USAGE);
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown format '${format}' (use text or json)`);
    const kind = stringOption(args, 'kind');
    if (kind && !KINDS.includes(kind as Kind)) throw new UsageError(`unknown kind '${kind}' (use ${KINDS.join(', ')})`);
    const out = stringOption(args, 'o', 'output');

    const bytes = await readDocument(resolve(io.cwd, file), file);
    let result;
    try {
        result = await importDocument(bytes, file, { kind: kind as Kind | undefined, jurisdiction: stringOption(args, 'jurisdiction') });
    } catch (e) {
        if (e instanceof ImportError) throw new UsageError(e.message);
        throw e;
    }
    if (out) {
        try {
            await writeOutput(resolve(io.cwd, out), result.poa, { force: args.options.has('force'), inputs: [resolve(io.cwd, file)] });
        } catch (e) {
            throw new UsageError(writeErrorMessage(out, e));
        }
    } else {
        io.stdout(result.poa);
    }
    io.stderr(format === 'json' ? `${JSON.stringify(result.report, null, 2)}\n` : formatReport(result.report));
    return 0;
}

async function readDocument(path: string, shown: string): Promise<Uint8Array> {
    let info;
    try {
        info = await stat(path);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `${shown}: no such file` : `${shown}: cannot read (${code ?? 'unknown error'})`);
    }
    if (info.isDirectory()) throw new UsageError(`${shown}: is a directory, not a document`);
    if (info.size > MAX_IMPORT_BYTES) {
        throw new UsageError(`${shown} is too large to be a power of attorney (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB)`);
    }
    try {
        return await readFile(path);
    } catch (e) {
        throw new UsageError(`${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

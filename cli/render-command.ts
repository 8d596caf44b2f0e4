/**
 * `poa render FILE [--format text|md|html|docx|pdf] [-o OUT] [--data D.json|D.csv] [--force]`:
 * write the rendered instrument. Text formats go to standard output when no
 * `-o` is given; DOCX and PDF need `-o`. An existing file is never
 * overwritten without `--force`, and a file is never left half-written.
 */
import { resolve } from 'node:path';
import type { ParameterData } from '../language/model/build-model.js';
import { describeProblem } from '../language/templates/data-rows.js';
import { bindRow, unknownColumns } from '../language/templates/bind-rows.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';
import { FORMATS, isBinaryFormat, cliFormat } from './export-format.js';
import { readDataFile } from './read-data.js';
import { prepareTemplate, readUserSource, renderWithData } from './template-job.js';
import { writeErrorMessage, writeOutput } from './write-output.js';

const USAGE = 'Usage: poa render FILE [--format text|md|html|docx|pdf] [-o OUT] [--data D.json|D.csv] [--force]';

export async function runRender(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['force']);
    rejectUnknownOptions(args, ['format', 'o', 'output', 'data', 'force']);
    const named = stringOption(args, 'format') ?? 'text';
    const format = cliFormat(named);
    if (!format) throw new UsageError(`unknown format '${named}' (use ${FORMATS.join(', ')})`);
    const [file, ...extra] = args.positionals;
    if (!file || extra.length) throw new UsageError(USAGE);
    const out = stringOption(args, 'o', 'output');
    if (isBinaryFormat(format) && !out) throw new UsageError(`${format.toUpperCase()} is a binary format: name the output file with -o, for example -o instrument.${format}`);

    const loaded = await prepareTemplate(await readUserSource(io.cwd, file), file);
    if ('error' in loaded) {
        io.stderr(`${loaded.error}\n`);
        return 1;
    }
    const { template } = loaded;
    for (const line of template.notPrinted) io.stderr(`${line}\n`);

    let data: ParameterData = {};
    const dataFile = stringOption(args, 'data');
    if (dataFile) {
        const table = await readDataFile(io.cwd, dataFile);
        if (table.rows.length !== 1) {
            throw new UsageError(`${dataFile}: holds ${table.rows.length} rows of data; render takes one (use poa batch for one document per row)`);
        }
        for (const column of unknownColumns(template.parameters, table)) {
            io.stderr(`poa render: ${dataFile}: column "${column}" is not a parameter of ${file}; its values are not used\n`);
        }
        const bound = bindRow(template.parameters, table.rows[0]);
        if (bound.problems.length) {
            for (const p of bound.problems) io.stderr(`poa render: ${dataFile}: ${describeProblem(p)}\n`);
            return 1;
        }
        data = bound.data;
    }

    const output = await renderWithData(template, data, format);
    if (!out) {
        io.stdout(typeof output === 'string' ? output : Buffer.from(output).toString('utf8'));
        return 0;
    }
    const target = resolve(io.cwd, out);
    try {
        await writeOutput(target, output, { force: args.options.has('force'), inputs: [resolve(io.cwd, file), ...(dataFile ? [resolve(io.cwd, dataFile)] : [])] });
    } catch (e) {
        throw new UsageError(writeErrorMessage(out, e));
    }
    return 0;
}

/** `poa render FILE [--format text|md] [-o OUT] [--force]`: write the rendered instrument. */
import { existsSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadPoa } from '../language/poa-document.js';
import { renderDocument } from '../language/render/render-document.js';
import { renderText } from '../language/render/render-text.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';
import { readSource } from './read-source.js';

export async function runRender(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['force']);
    rejectUnknownOptions(args, ['format', 'o', 'output', 'force']);
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text') throw new UsageError(`format '${format}' is not available yet (use text)`);
    const [file, ...extra] = args.positionals;
    if (!file || extra.length) throw new UsageError('Usage: poa render FILE [--format text] [-o OUT] [--force]');
    const { model, diagnostics } = await loadPoa(await readSource(resolve(io.cwd, file)), { validate: false });
    const syntax = diagnostics.find((d) => d.severity === 'error');
    if (syntax) throw new UsageError(`${file}:${syntax.range.start.line + 1}:${syntax.range.start.character + 1}: ${syntax.message}`, 1);
    const output = renderText(renderDocument(model), { width: 80 });
    const out = stringOption(args, 'o', 'output');
    if (!out) {
        io.stdout(output);
        return 0;
    }
    const target = resolve(io.cwd, out);
    if (existsSync(target) && !args.options.has('force')) throw new UsageError(`${out} already exists; use --force to overwrite it`);
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, output);
    await rename(temp, target);
    return 0;
}

/** Reading a `--data` file (JSON or CSV) for `poa render` and `poa batch`, with one clear message for each failure. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dataFormatOf, DataFileError, parseData, type DataTable } from '../language/templates/data-rows.js';
import { UsageError } from './cli-io.js';

export const MAX_DATA_BYTES = 64 * 1024 * 1024;

export async function readDataFile(cwd: string, file: string): Promise<DataTable> {
    let buffer: Buffer;
    try {
        buffer = await readFile(resolve(cwd, file));
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : code === 'EISDIR' ? `${file}: is a folder, not a data file` : `${file}: cannot read (${code ?? 'unknown error'})`);
    }
    if (buffer.length > MAX_DATA_BYTES) throw new UsageError(`${file}: data file is too large (the limit is ${MAX_DATA_BYTES / 1048576} MB)`);
    if (buffer.includes(0)) throw new UsageError(`${file}: is a binary file, not JSON or CSV`);
    const text = buffer.toString('utf8');
    try {
        return parseData(text, dataFormatOf(file, text));
    } catch (e) {
        if (e instanceof DataFileError) throw new UsageError(`${file}: ${e.message}`);
        throw e;
    }
}

/** Reading a `.poa` file for a command, with one clear message for each way it can fail. */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from './cli-io.js';

/** Files larger than this are refused rather than parsed (the editor handles huge files on its own). */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

export async function readSource(path: string): Promise<string> {
    let info;
    try {
        info = await stat(path);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'unknown error'})`);
    }
    if (info.isDirectory()) throw new UsageError(`${path}: is a directory, not a .poa file`);
    if (info.size > MAX_SOURCE_BYTES) throw new UsageError(`${path}: file is too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1048576} MB)`);
    let buffer: Buffer;
    try {
        buffer = await readFile(path);
    } catch (e) {
        throw new UsageError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    if (buffer.includes(0)) throw new UsageError(`${path}: is a binary file, not a .poa text file`);
    return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

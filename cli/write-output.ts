/**
 * Writing an exported file without ever leaving half a file or overwriting
 * one the user has not asked to replace: the bytes go to a temporary file in
 * the same folder, which then takes the final name in one step.
 */
import { existsSync, realpathSync } from 'node:fs';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class OutputExistsError extends Error {
    constructor(readonly path: string) {
        super(`${path} already exists; use --force to overwrite it`);
    }
}

/** The output would replace a file the command reads: refused even with --force, which is for replacing earlier output. */
export class OutputIsInputError extends Error {
    constructor(readonly path: string) {
        super(`${path} is a file this command reads; write the output to another file`);
    }
}

/** The same file, through any link or relative path. */
function sameFile(a: string, b: string): boolean {
    const real = (p: string) => { try { return realpathSync(p); } catch { return p; } };
    return real(a) === real(b);
}

/**
 * Writes `content` to `path` (absolute). `inputs`: the absolute paths of the files the command reads, which the
 * output may never replace, with or without `force`.
 */
export async function writeOutput(path: string, content: string | Uint8Array, options: { force?: boolean; inputs?: readonly string[] } = {}): Promise<void> {
    if (options.inputs?.some((input) => sameFile(input, path))) throw new OutputIsInputError(path);
    // The process id and a random part keep the name apart from any other writer's, and 'wx' refuses a name taken
    // anyway; Math.random suffices for that, and spares every start the loading of node:crypto.
    const random = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, '0');
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`);
    await writeFile(temp, content, { flag: 'wx' });
    try {
        if (options.force) {
            await rename(temp, path);
            return;
        }
        // A hard link fails if the name is taken, so a file that appears meanwhile is not overwritten either.
        try {
            await link(temp, path);
        } catch (e) {
            const code = (e as NodeJS.ErrnoException).code;
            if (code === 'EEXIST') throw new OutputExistsError(path);
            if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
            // File systems without hard links: check, then rename.
            if (existsSync(path)) throw new OutputExistsError(path);
            await rename(temp, path);
        }
    } finally {
        await unlink(temp).catch(() => undefined);
    }
}

/** A one-line reason for a failed write ("permission denied", "no such folder"). */
export function writeErrorMessage(path: string, e: unknown): string {
    if (e instanceof OutputExistsError) return `${path} already exists; use --force to overwrite it`;
    if (e instanceof OutputIsInputError) return `${path} is a file this command reads; write the output to another file`;
    const code = (e as NodeJS.ErrnoException).code;
    const reason: Record<string, string> = {
        ENOENT: 'the folder does not exist',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'it is a folder',
        ENOSPC: 'the disk is full',
        EROFS: 'the file system is read-only',
        ENOTDIR: 'a part of the path is not a folder'
    };
    return `cannot write ${path}: ${(code && reason[code]) ?? (e instanceof Error ? e.message : String(e))}`;
}

/**
 * `poa batch TEMPLATE --data D.csv|D.json --out DIR --format docx|pdf|html|md|text [--name-from PARAM] [--force] [--jobs N]`:
 * one document per data row. File names come from a parameter (slugged,
 * unique). A bad row is reported with its line number and the others carry
 * on; the exit code is 1 if any row failed. Each file is written whole or not
 * at all, and an existing file is never overwritten without --force. Large
 * batches are rendered on worker threads, one per core.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ParameterData } from '../language/model/build-model.js';
import { bindRow, unknownColumns } from '../language/templates/bind-rows.js';
import { describeProblem } from '../language/templates/data-rows.js';
import { slugify, UniqueNames } from './batch-names.js';
import type { WorkerJob, WorkerReply, WorkerSetup } from './batch-worker.js';
import { parseArgs, rejectUnknownOptions, stringOption, isUsageError, UsageError, type CliIo } from './cli-io.js';
import { EXTENSIONS, FORMATS, cliFormat, type CliFormat } from './export-format.js';
import { readDataFile } from './read-data.js';
import { prepareTemplate, readUserSource, renderWithData, type PreparedTemplate } from './template-job.js';
import { writeErrorMessage, writeOutput } from './write-output.js';

const USAGE = 'Usage: poa batch TEMPLATE --data D.csv|D.json --out DIR [--format docx|pdf|html|md|text] [--name-from PARAM] [--force] [--jobs N]';

/** Batches larger than this are rendered on worker threads. */
export const PARALLEL_THRESHOLD = 50;

interface Job {
    id: number;
    line: number;
    data: ParameterData;
    fileName: string;
}

export async function runBatch(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['force']);
    rejectUnknownOptions(args, ['data', 'out', 'format', 'name-from', 'force', 'jobs']);
    const [file, ...extra] = args.positionals;
    const dataFile = stringOption(args, 'data');
    const outDir = stringOption(args, 'out');
    if (!file || extra.length || !dataFile || !outDir) throw new UsageError(USAGE);
    const named = stringOption(args, 'format') ?? 'pdf';
    const format = cliFormat(named);
    if (!format) throw new UsageError(`unknown format '${named}' (use ${FORMATS.join(', ')})`);
    const jobsOption = stringOption(args, 'jobs');
    const jobsWanted = jobsOption === undefined ? undefined : Number(jobsOption);
    if (jobsWanted !== undefined && !(Number.isInteger(jobsWanted) && jobsWanted >= 1 && jobsWanted <= 64)) {
        throw new UsageError(`--jobs must be a whole number from 1 to 64, not '${jobsOption}'`);
    }
    const force = args.options.has('force');

    const text = await readUserSource(io.cwd, file);
    const loaded = await prepareTemplate(text, file);
    if ('error' in loaded) throw new UsageError(loaded.error, 1);
    const { template } = loaded;
    for (const line of template.notPrinted) io.stderr(`${line}\n`);

    const nameFrom = stringOption(args, 'name-from') ?? template.parameters.find((p) => p.type === 'person')?.name;
    if (nameFrom !== undefined && !template.parameters.some((p) => p.name === nameFrom)) {
        const names = template.parameters.map((p) => p.name);
        throw new UsageError(`--name-from ${nameFrom}: ${file} has no such parameter${names.length ? ` (its parameters: ${names.join(', ')})` : ''}`);
    }

    if (!template.parameters.length) {
        throw new UsageError(`${file} has no parameters: a batch fills a template's parameters from each row of data (docs/exports-and-batch.md); use poa render for one document`);
    }
    const table = await readDataFile(io.cwd, dataFile);
    if (!table.rows.length) throw new UsageError(`${dataFile}: holds no rows of data`);
    if (!table.columns.some((c) => template.parameters.some((p) => p.name === c))) {
        throw new UsageError(`${dataFile}: no column is named after a parameter of ${file} (its parameters: ${template.parameters.map((p) => p.name).join(', ')}); the first row names the columns, separated by commas`);
    }
    for (const column of unknownColumns(template.parameters, table)) {
        io.stderr(`poa batch: ${dataFile}: column "${column}" is not a parameter of ${file}; its values are not used\n`);
    }

    const dir = resolve(io.cwd, outDir);
    await ensureFolder(dir, outDir);

    let failed = 0;
    const report = (line: number, message: string) => {
        failed++;
        progress.clear();
        io.stderr(`poa batch: ${dataFile}: line ${line}: ${message}\n`);
    };

    // Check every row first, so names are handed out in row order whatever order the documents finish in.
    const names = new UniqueNames();
    const jobs: Job[] = [];
    const progress = new Progress(io, table.rows.length);
    for (const row of table.rows) {
        const bound = bindRow(template.parameters, row);
        if (bound.problems.length) {
            failed++;
            progress.clear();
            for (const p of bound.problems) io.stderr(`poa batch: ${dataFile}: ${describeProblem({ ...p, line: p.line ?? row.line })}\n`);
            progress.tick();
            continue;
        }
        // A value neither the row nor a default gives is printed as a blank line to fill by hand: say so, row by row.
        const unset = template.parameters.filter((p) => bound.data[p.name] === undefined && p.default === undefined).map((p) => p.name);
        if (unset.length) {
            progress.clear();
            io.stderr(`poa batch: ${dataFile}: line ${row.line}: no value for ${unset.join(', ')}; the document prints a blank to fill in by hand\n`);
        }
        const base = (nameFrom && bound.data[nameFrom] ? slugify(bound.data[nameFrom]!) : '') || `row-${row.line}`;
        jobs.push({ id: jobs.length, line: row.line, data: bound.data, fileName: names.take(base) + EXTENSIONS[format] });
    }

    let written = 0;
    const deliver = async (job: Job, result: { output?: string | Uint8Array; error?: string }) => {
        if (result.error !== undefined || result.output === undefined) {
            report(job.line, `could not render the document: ${result.error ?? 'no output'}`);
        } else {
            const path = join(dir, job.fileName);
            try {
                await writeOutput(path, result.output, { force, inputs: [resolve(io.cwd, file), resolve(io.cwd, dataFile)] });
                written++;
            } catch (e) {
                report(job.line, writeErrorMessage(join(outDir, job.fileName), e));
            }
        }
        progress.tick();
    };

    const script = workerScript();
    const workers = script ? workerCount(jobs.length, jobsWanted) : 1;
    if (workers > 1) await renderOnWorkers(script!, { text, file, format }, jobs, workers, deliver);
    else await renderHere(template, format, jobs, deliver);
    progress.clear();

    const total = table.rows.length;
    io.stdout(`Wrote ${written} of ${total} ${total === 1 ? 'document' : 'documents'} (${format}) to ${outDir}${workers > 1 ? ` on ${workers} threads` : ''}${failed ? `; ${failed} ${failed === 1 ? 'row' : 'rows'} failed` : ''}.\n`);
    return failed ? 1 : 0;
}

async function ensureFolder(dir: string, shown: string): Promise<void> {
    try {
        const info = await stat(dir);
        if (!info.isDirectory()) throw new UsageError(`--out ${shown}: is a file, not a folder`);
        return;
    } catch (e) {
        if (isUsageError(e)) throw e;
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--out ${shown}: cannot use the folder (${(e as NodeJS.ErrnoException).code})`);
    }
    try {
        await mkdir(dir, { recursive: true });
    } catch (e) {
        throw new UsageError(`--out ${shown}: cannot create the folder (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

function workerCount(jobs: number, wanted: number | undefined): number {
    if (wanted !== undefined) return Math.min(wanted, jobs);
    if (jobs <= PARALLEL_THRESHOLD) return 1;
    return Math.min(availableParallelism(), jobs);
}

/** The bundled worker (dist/batch-worker.js beside dist/cli.js); absent when running from source. */
function workerScript(): string | undefined {
    const candidate = typeof __dirname === 'string' ? join(__dirname, 'batch-worker.js') : undefined;
    return candidate && existsSync(candidate) ? candidate : undefined;
}

type Deliver = (job: Job, result: { output?: string | Uint8Array; error?: string }) => Promise<void>;

async function renderHere(template: PreparedTemplate, format: CliFormat, jobs: readonly Job[], deliver: Deliver): Promise<void> {
    for (const job of jobs) {
        let result: { output?: string | Uint8Array; error?: string };
        try {
            result = { output: await renderWithData(template, job.data, format) };
        } catch (e) {
            result = { error: e instanceof Error ? e.message : String(e) };
        }
        await deliver(job, result);
    }
}

/** Hands rows to `count` workers, the next row to whichever finishes first; writes happen here as results arrive. */
async function renderOnWorkers(script: string, setup: WorkerSetup, jobs: readonly Job[], count: number, deliver: Deliver): Promise<void> {
    let next = 0;
    const writes: Promise<void>[] = [];
    const runWorker = () => new Promise<void>((done) => {
        const worker = new Worker(script, { workerData: setup });
        let current: Job | undefined;
        let finished = false;
        const finish = () => {
            if (finished) return;
            finished = true;
            void worker.terminate();
            done();
        };
        const feed = () => {
            current = next < jobs.length ? jobs[next++] : undefined;
            if (!current) return finish();
            worker.postMessage({ id: current.id, data: { ...current.data } as Record<string, string> } satisfies WorkerJob);
        };
        worker.on('message', (reply: WorkerReply) => {
            if ('ready' in reply) {
                if (reply.error) {
                    // Cannot happen once the main thread has loaded the same text; fail the rows it would have taken.
                    writes.push(...drain().map((job) => deliver(job, { error: reply.error })));
                    return finish();
                }
                return feed();
            }
            const job = current!;
            writes.push(deliver(job, 'error' in reply ? { error: reply.error } : { output: reply.output }));
            feed();
        });
        worker.on('error', (e) => {
            if (current) writes.push(deliver(current, { error: e.message }));
            current = undefined;
            finish();
        });
        worker.on('exit', () => {
            if (current && !finished) writes.push(deliver(current, { error: 'the worker thread stopped unexpectedly' }));
            finish();
        });
    });
    const drain = () => jobs.slice(next, (next = jobs.length));
    await Promise.all(Array.from({ length: count }, runWorker));
    await Promise.all(writes);
}

/** A progress bar on standard error when it is a terminal; nothing otherwise. */
class Progress {
    private done = 0;
    private shown = false;

    constructor(private readonly io: CliIo, private readonly total: number) {}

    tick(): void {
        this.done++;
        if (!this.io.isTty) return;
        const width = 30;
        const filled = Math.round((this.done / this.total) * width);
        this.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total}`);
        this.shown = true;
    }

    clear(): void {
        if (this.shown) this.io.stderr('\r\x1b[2K');
        this.shown = false;
    }
}

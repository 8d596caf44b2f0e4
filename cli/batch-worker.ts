/**
 * A worker thread of `poa batch`: loads the template once, then renders the
 * rows the main thread sends, one at a time, and sends back the bytes. The
 * main thread does all the writing.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CliFormat } from './export-format.js';
import { prepareTemplate, renderWithData, type PreparedTemplate } from './template-job.js';

export interface WorkerSetup {
    text: string;
    file: string;
    format: CliFormat;
}

export interface WorkerJob {
    id: number;
    data: Record<string, string>;
}

export type WorkerReply =
    | { ready: true; error?: string }
    | { id: number; output: string | Uint8Array }
    | { id: number; error: string };

async function start(): Promise<void> {
    const port = parentPort;
    if (!port) return;
    const setup = workerData as WorkerSetup;
    const loaded = await prepareTemplate(setup.text, setup.file);
    if ('error' in loaded) {
        port.postMessage({ ready: true, error: loaded.error } satisfies WorkerReply);
        return;
    }
    const template: PreparedTemplate = loaded.template;
    port.on('message', (job: WorkerJob) => {
        renderWithData(template, job.data, setup.format).then(
            (output) => {
                if (typeof output === 'string') port.postMessage({ id: job.id, output } satisfies WorkerReply);
                else {
                    // A copy owns its memory, so handing it over cannot detach a buffer pool shared with other data.
                    const own = output.slice();
                    port.postMessage({ id: job.id, output: own } satisfies WorkerReply, [own.buffer]);
                }
            },
            (e: unknown) => port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply)
        );
    });
    port.postMessage({ ready: true } satisfies WorkerReply);
}

void start();

/**
 * Custom requests to the server for one document. Just after a file is opened
 * the server may not have built it yet and answers "No POA document is open";
 * the request is then retried for a short while instead of failing.
 */
import type * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type LanguageClient, type RequestType } from 'vscode-languageclient/node';

const RETRIES = 25;
const DELAY_MS = 100;

export async function requestForDocument<P, R>(client: LanguageClient, type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
    for (let attempt = 0; ; attempt++) {
        try {
            return await client.sendRequest(type, params, token);
        } catch (err) {
            const notYetKnown = err instanceof ResponseError && err.code === ErrorCodes.InvalidParams && /No POA document is open/.test(err.message);
            if (!notYetKnown || attempt >= RETRIES || token?.isCancellationRequested) throw err;
            await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
        }
    }
}

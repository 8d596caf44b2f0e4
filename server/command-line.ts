/**
 * The server's command line: the transport an editor starts it with. Without
 * one, `createConnection` would throw; the server prints how to start it and
 * exits with status 2 instead.
 */
export const USAGE = 'usage: poa-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n'
    + 'The POA language server speaks the Language Server Protocol; an editor starts it (see docs/editors.md).';

/** True when the arguments name a transport `createConnection` understands. */
export function hasTransport(args: readonly string[]): boolean {
    return args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=./.test(a));
}

/** What to do with the command line: run, or print the usage and exit with the given status. */
export function commandLineAction(args: readonly string[]): { run: true } | { run: false; output: string; stream: 'stdout' | 'stderr'; status: number } {
    if (args.includes('--help') || args.includes('-h')) return { run: false, output: USAGE, stream: 'stdout', status: 0 };
    if (!hasTransport(args)) return { run: false, output: USAGE, stream: 'stderr', status: 2 };
    return { run: true };
}

/**
 * The `poa` command line: check, render, batch, new, rules. Each command lives
 * in its own file and reports problems the user can fix as one clear line
 * (exit 2); anything unexpected is reported the same way, never as a stack
 * trace.
 */
import { isUsageError, type CliIo } from './cli-io.js';
import { quickAnswer, type CommandName } from './usage.js';


type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded when used: a start-up only pays for the command it
 * runs (`poa render` never loads the rule catalog, `poa new` not even the
 * parser), and a failure in one never blocks the others.
 */
const commands: Record<CommandName, () => Promise<Command>> = {
    check: async () => (await import('./check-command.js')).runCheck,
    render: async () => (await import('./render-command.js')).runRender,
    new: async () => (await import('./new-command.js')).runNew,
    batch: async () => (await import('./batch-command.js')).runBatch,
    rules: async () => (await import('./rules-command.js')).runRules,
    import: async () => (await import('./import-command.js')).runImport
};

export async function main(argv: string[], io: CliIo): Promise<number> {
    const quick = quickAnswer(argv);
    if (quick) {
        io[quick.stream](quick.text);
        return quick.code;
    }
    const [name, ...rest] = argv;
    const load = commands[name as CommandName];
    try {
        return await (await load())(rest, io);
    } catch (e) {
        if (isUsageError(e)) {
            io.stderr(`poa ${name}: ${e.message}\n`);
            return e.exitCode;
        }
        const message = e instanceof Error ? e.message : String(e);
        io.stderr(`poa ${name}: internal error: ${message}\n`);
        return 2;
    }
}

/** Runs the CLI as a process: called by `bin/poa.js`, or when the bundle is run directly. */
export function runCli(): void {
    const io: CliIo = {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        isTty: Boolean(process.stderr.isTTY),
        cwd: process.cwd()
    };
    process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); });
    main(process.argv.slice(2), io).then(
        (code) => { process.exitCode = code; },
        (e) => { io.stderr(`poa: internal error: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 2; }
    );
}

declare const module: { exports: unknown } | undefined;
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) runCli();

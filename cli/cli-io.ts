/**
 * What a command needs from the outside world, so commands can be tested
 * without a process: arguments come in, text goes out, an exit code comes back.
 */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** True when stdout/stderr is a terminal (progress bars, colours). */
    isTty: boolean;
    cwd: string;
}

/**
 * A problem the user can fix (bad usage, missing file): one clear line, exit code 2.
 * A command bundled as a chunk of its own (`poa import`, see esbuild.mjs) carries its own copy of
 * this class, so it is recognised by its brand (`isUsageError`), not by `instanceof`.
 */
export class UsageError extends Error {
    readonly poaUsageError = true;
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}

/** Whether `e` is a `UsageError`, from this module or from a chunk's copy of it. */
export function isUsageError(e: unknown): e is UsageError {
    return e instanceof UsageError || (e instanceof Error && (e as { poaUsageError?: unknown }).poaUsageError === true
        && typeof (e as { exitCode?: unknown }).exitCode === 'number');
}

export interface ParsedArgs {
    positionals: string[];
    options: Map<string, string | true>;
}

/**
 * Parses `--name value`, `--name=value`, `-o value` and bare flags. `flags`
 * lists the options that take no value.
 */
export function parseArgs(argv: readonly string[], flags: readonly string[] = []): ParsedArgs {
    const positionals: string[] = [];
    const options = new Map<string, string | true>();
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg.startsWith('-') && arg !== '-') {
            const eq = arg.indexOf('=');
            const name = (eq > 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '');
            if (eq > 0) options.set(name, arg.slice(eq + 1));
            else if (flags.includes(name)) options.set(name, true);
            else {
                const value = argv[i + 1];
                if (value === undefined || (value.startsWith('-') && value !== '-')) throw new UsageError(`option ${arg} needs a value`);
                options.set(name, value);
                i++;
            }
        } else positionals.push(arg);
    }
    return { positionals, options };
}

export function stringOption(args: ParsedArgs, ...names: string[]): string | undefined {
    for (const n of names) {
        const v = args.options.get(n);
        if (typeof v === 'string') return v;
    }
    return undefined;
}

/** Rejects options the command does not know, naming them. */
export function rejectUnknownOptions(args: ParsedArgs, known: readonly string[]): void {
    for (const name of args.options.keys()) {
        if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    }
}

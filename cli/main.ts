/**
 * The `poa` command line: check, render, batch, new, rules. Each command lives
 * in its own file and reports problems the user can fix as one clear line
 * (exit 2); anything unexpected is reported the same way, never as a stack
 * trace.
 */
import { UsageError, type CliIo } from './cli-io.js';

const USAGE = `Usage: poa <command> [options]

Commands:
  check FILE... [--format text|json|sarif] [--final]
                         check instruments; exit 0 when clean, 1 on errors, 2 on usage or I/O problems
  render FILE [--format text|md|html|docx|pdf] [-o OUT] [--data D.json|D.csv] [--force]
                         write the rendered instrument (text formats to stdout when no -o)
  batch TEMPLATE --data D.csv --out DIR --format docx|pdf|html|md|text [--name-from PARAM] [--force]
                         render one document per data row
  new --kind KIND [NAME] [--jurisdiction J] [--style SET] [-o FILE]
  new --form FORM-ID [NAME] [-o FILE]   (statutory forms: docs/forms.md)
                         write a starter file (section16, securities, general, limited, healthcare);
                         --style SET writes "style SET" (plain-defaults, edgar-classic, ...: docs/language.md)
  import FILE.txt|FILE.docx|FILE.pdf [-o OUT.poa] [--kind K] [--jurisdiction J] [--format text|json] [--force]
                         recognise an existing power of attorney and write it as a .poa file
  rules [--format md|json]
                         print the rule catalog
  help                   show this help
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command is loaded when used: a start-up only pays for the command it
 * runs (`poa render` never loads the rule catalog, `poa new` not even the
 * parser), and a failure in one never blocks the others.
 */
const commands: Record<string, () => Promise<Command>> = {
    check: async () => (await import('./check-command.js')).runCheck,
    render: async () => (await import('./render-command.js')).runRender,
    new: async () => (await import('./new-command.js')).runNew,
    batch: async () => (await import('./batch-command.js')).runBatch,
    rules: async () => (await import('./rules-command.js')).runRules,
    import: async () => (await import('./import-command.js')).runImport
};

export async function main(argv: string[], io: CliIo): Promise<number> {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        (name ? io.stdout : io.stderr)(USAGE);
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!load) {
        io.stderr(`poa: unknown command '${name}'. Run 'poa help' for the list of commands.\n`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        io.stdout(USAGE);
        return 0;
    }
    try {
        return await (await load())(rest, io);
    } catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`poa ${name}: ${e.message}\n`);
            return e.exitCode;
        }
        const message = e instanceof Error ? e.message : String(e);
        io.stderr(`poa ${name}: internal error: ${message}\n`);
        return 2;
    }
}

declare const __POA_VERSION__: string | undefined;
const VERSION = typeof __POA_VERSION__ === 'string' ? __POA_VERSION__ : '0.1.0';

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

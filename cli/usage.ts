/**
 * What `poa` answers without running a command: the help text, the version,
 * and the unknown-command message. Kept apart from the commands so that
 * `bin/poa.js` can answer `poa --help` from this small file (dist/cli-usage.js)
 * without loading the 2 MB CLI bundle; `main.ts` answers the same way through it.
 */
export const USAGE = `Usage: poa <command> [options]

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

/** The commands `poa` runs (cli/main.ts loads each on demand). */
export const COMMAND_NAMES = ['check', 'render', 'new', 'batch', 'rules', 'import'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

declare const __POA_VERSION__: string | undefined;
export const VERSION = typeof __POA_VERSION__ === 'string' ? __POA_VERSION__ : '0.1.0';

/** An answer that needs no command: what to print, where, and the exit code. */
export interface QuickAnswer {
    stream: 'stdout' | 'stderr';
    text: string;
    code: number;
}

export function isCommandName(name: string): name is CommandName {
    return (COMMAND_NAMES as readonly string[]).includes(name);
}

/** The answer to a command line that asks for help or the version, or names no known command; undefined when a command is to run. */
export function quickAnswer(argv: readonly string[]): QuickAnswer | undefined {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') return { stream: name ? 'stdout' : 'stderr', text: USAGE, code: name ? 0 : 2 };
    if (name === '--version' || name === '-v') return { stream: 'stdout', text: `${VERSION}\n`, code: 0 };
    if (!isCommandName(name)) return { stream: 'stderr', text: `poa: unknown command '${name}'. Run 'poa help' for the list of commands.\n`, code: 2 };
    if (rest.includes('--help') || rest.includes('-h')) return { stream: 'stdout', text: USAGE, code: 0 };
    return undefined;
}

/** `poa new --kind KIND [NAME] [--jurisdiction J] [--style SET] [-o FILE]` or `poa new --form FORM-ID [NAME]`: write a starter instrument. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isKind, KINDS, starterSource } from '../language/starter-templates.js';
import { STATUTORY_FORM_IDS, statutoryForm } from '../language/forms/form-registry.js';
import { formStarterSource } from '../language/forms/form-starter.js';
import { STYLE_SETS, styleSet } from '../language/phrasebook/style-sets.js';
import { parseArgs, rejectUnknownOptions, stringOption, UsageError, type CliIo } from './cli-io.js';

export async function runNew(argv: string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['force', 'stdout']);
    rejectUnknownOptions(args, ['kind', 'form', 'jurisdiction', 'style', 'o', 'output', 'force', 'stdout']);
    const formId = stringOption(args, 'form');
    const form = formId === undefined ? undefined : statutoryForm(formId);
    if (formId !== undefined && !form) throw new UsageError(`unknown form '${formId}' (use one of ${STATUTORY_FORM_IDS.join(', ')})`);
    const kind = stringOption(args, 'kind') ?? form?.kind;
    if (!kind) throw new UsageError(`--kind is required (one of ${KINDS.join(', ')}), or --form FORM-ID`);
    if (!isKind(kind)) throw new UsageError(`unknown kind '${kind}' (use one of ${KINDS.join(', ')})`);
    const [name = form ? `new-${form.id}` : `new-${kind}`, ...extra] = args.positionals;
    if (extra.length) throw new UsageError('Usage: poa new --kind KIND [NAME] | poa new --form FORM-ID [NAME]');
    const style = stringOption(args, 'style');
    if (style !== undefined && form) throw new UsageError('--style applies to --kind starters; a statutory form keeps the statute\'s words');
    if (style !== undefined && !styleSet(style)) throw new UsageError(`unknown style set '${style}' (use one of ${STYLE_SETS.map((s) => s.id).join(', ')})`);
    const source = form ? formStarterSource(form, name) : starterSource(kind, name, stringOption(args, 'jurisdiction'), style);
    if (args.options.has('stdout')) {
        io.stdout(source);
        return 0;
    }
    const out = stringOption(args, 'o', 'output') ?? (name.endsWith('.poa') ? name : `${name}.poa`);
    const target = resolve(io.cwd, out);
    if (existsSync(target) && !args.options.has('force')) throw new UsageError(`${out} already exists; use --force to overwrite it`);
    await writeFile(target, source, { flag: args.options.has('force') ? 'w' : 'wx' });
    // A path with spaces or quotes is quoted, so that the command given can be run as printed.
    const shown = /^[\w./-]+$/.test(out) ? out : `"${out.replace(/(["\\$`])/g, '\\$1')}"`;
    io.stdout(`Wrote ${out}: a ${kind} power of attorney to complete. Check it with: poa check ${shown}\n`);
    return 0;
}

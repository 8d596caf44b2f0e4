/**
 * Inputs for the property tests: random token soup built from the grammar's
 * own keywords, and mutations of every example (lines deleted, duplicated or
 * swapped; truncation; random Unicode, NUL bytes, very long lines; CRLF and
 * a byte-order mark). The number of runs comes from POA_FUZZ_RUNS: small in
 * `npm test`, large in `npm run fuzz`.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs per property: a handful in `npm test`, thousands in `npm run fuzz`. */
export const RUNS = Number(process.env.POA_FUZZ_RUNS ?? 12);
/** True in `npm run fuzz`: also the slow exhaustive sweeps (truncation at every offset of every example). */
export const FUZZ = RUNS >= 200;
/** A seed to replay a failure: POA_FUZZ_SEED=... npm run fuzz. */
export const SEED = process.env.POA_FUZZ_SEED ? Number(process.env.POA_FUZZ_SEED) : undefined;

/** Shows a failing input shortened (a 200,000-character line would drown the report), with the seed to replay it. */
function report(details: fc.RunDetails<unknown>): void {
    if (!details.failed) return;
    const input = JSON.stringify(details.counterexample);
    const shown = input && input.length > 1500 ? `${input.slice(0, 1000)} ... (${input.length} characters) ... ${input.slice(-400)}` : input;
    const cause = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`Property failed after ${details.numRuns} runs (replay: POA_FUZZ_SEED=${details.seed}, path ${details.counterexamplePath})\nInput: ${shown}\nCause: ${cause.split('\n').slice(0, 8).join('\n')}`);
}

export const params = (runs = RUNS): fc.Parameters<unknown> => ({ numRuns: runs, seed: SEED, endOnFailure: true, asyncReporter: async (d) => report(d) });

const ROOT = join(__dirname, '..', '..');

function examplesIn(dir: string): { name: string; text: string }[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const path = join(dir, e.name);
        if (e.isDirectory()) return examplesIn(path);
        return e.name.endsWith('.poa') ? [{ name: path.slice(ROOT.length + 1), text: readFileSync(path, 'utf8') }] : [];
    });
}

/** Every example instrument and template in `examples/`. */
export const EXAMPLES = examplesIn(join(ROOT, 'examples'));

const KEYWORDS = [
    'poa', 'template', 'kind', 'section16', 'securities', 'general', 'limited', 'healthcare', 'jurisdiction', 'federal', 'NY', 'CA',
    'voice', 'undersigned', 'first-person', 'layout', 'numbered', 'prose', 'dates', 'legal', 'plain', 'title', 'parameter', 'person',
    'date', 'text', 'pronoun', 'choice', 'default', 'principal', 'entity', 'he', 'she', 'they', 'it', 'role', 'capacities', 'individual',
    'fiduciary', 'other', 'address', 'organized', 'in', 'as', 'corporation', 'signed', 'by', 'agents', 'jointly', 'severally',
    'any-one-or-more', 'majority', 'called', 'agent', 'office', 'of', 'successors', 'issuer', 'defined', 'define', 'grant', 'comply',
    'with', 'act1934', 'act1933', 'sec', 'file', 'form3', 'form4', 'form5', 'form144', 'under', 'section16a', 'rule144', 'including',
    'amendments', 'successor-forms', 'relating', 'to', 'sales', 'edgar', 'access', 'any', 'action', 'subjects', 'all', 'realProperty',
    'expressly', 'gifts', 'health-care', 'decisions', 'purpose', 'limitation', 'power', 'substitution', 'revocation', 'and',
    'resubstitution', 'ratification', 'acknowledgment', 'no-assumption', 'indemnification', 'third-party', 'reliance', 'compensation',
    'none', 'reasonable', 'expenses-only', 'supersedes', 'nothing', 'prior', 'authorizations', 'powers', 'for', 'revoking', 'them',
    'instrument', 'dated', 'term', 'starts', 'immediately', 'on', 'incapacity', 'determined', 'physician', 'ends', 'after', 'days',
    'years', 'when', 'revoked', 'no', 'longer', 'subject', 'death', 'completion', 'durable', 'not', 'delivered', 'signed-writing',
    'executed', 'at', 'testimonium', 'hand', 'signature', 'conformed', 'witnesses', 'notary', 'county', 'worded'
];

const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...KEYWORDS) },
    { weight: 3, arbitrary: fc.constantFrom('{', '}', '[', ']', '(', ')', ',', '"', '//', '/*', '*/', '\n', '  ') },
    { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)) },
    { weight: 1, arbitrary: fc.constantFrom('2024-02-30', '2007-07-26', '0000-00-00', '42', '99999999999999999999') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '\u202Eevil\u202C', '\u200F\u05E9\u05DC\u05D5\u05DD', '\uFEFF', '\u0000', '\r\n', '\r', '{Company}', '{x') }
);

/** Random token soup: mostly grammar words, with punctuation, strings, dates, binary and hostile text; often wrapped in `poa X { ... }`. */
export const tokenSoup: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.array(token, { maxLength: 60 })).map(([wrap, tokens]) => {
    const body = tokens.join(' ');
    return wrap ? `poa Soup {\n${body}\n}\n` : body;
});

type Mutation =
    | { op: 'delete' | 'duplicate'; line: number }
    | { op: 'swap'; a: number; b: number }
    | { op: 'truncate'; at: number }
    | { op: 'insert'; at: number; text: string }
    | { op: 'longLine'; at: number; length: number }
    | { op: 'crlf' | 'bom' | 'cr' };

const position = fc.nat({ max: 100_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), line: position }),
    fc.record({ op: fc.constant('swap' as const), a: position, b: position }),
    fc.record({ op: fc.constant('truncate' as const), at: position }),
    fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\u0000', '\u0000\u0000\u0000', '"', '{', '}', '\u202E', '\uD800', '\n\n')) }),
    fc.record({ op: fc.constant('longLine' as const), at: position, length: fc.integer({ min: 1000, max: FUZZ ? 200_000 : 20_000 }) }),
    fc.record({ op: fc.constantFrom('crlf' as const, 'bom' as const, 'cr' as const) })
);

export function applyMutation(text: string, m: Mutation): string {
    const lines = text.split('\n');
    const line = (n: number) => n % Math.max(1, lines.length);
    switch (m.op) {
        case 'delete': lines.splice(line(m.line), 1); return lines.join('\n');
        case 'duplicate': lines.splice(line(m.line), 0, lines[line(m.line)]); return lines.join('\n');
        case 'swap': {
            const a = line(m.a), b = line(m.b);
            [lines[a], lines[b]] = [lines[b], lines[a]];
            return lines.join('\n');
        }
        case 'truncate': return text.slice(0, m.at % (text.length + 1));
        case 'insert': { const at = m.at % (text.length + 1); return text.slice(0, at) + m.text + text.slice(at); }
        case 'longLine': {
            const at = m.at % (text.length + 1);
            return text.slice(0, at) + 'x'.repeat(m.length) + text.slice(at);
        }
        case 'crlf': return text.replace(/\r?\n/g, '\r\n');
        case 'cr': return text.replace(/\r?\n/g, '\r');
        case 'bom': return '\uFEFF' + text;
    }
}

/** An example with one to four mutations applied. */
export const mutatedExample: fc.Arbitrary<{ name: string; text: string }> = fc
    .tuple(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([example, mutations]) => ({ name: example.name, text: mutations.reduce(applyMutation, example.text) }));

/** Either kind of random input. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(tokenSoup, mutatedExample.map((m) => m.text));

/** The lines of a text as an LSP client counts them (\r\n, \r and \n all end a line). */
export function linesOf(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

export interface Range { start: { line: number; character: number }; end: { line: number; character: number } }

/** Why a range does not lie inside the text, or undefined when it does. */
export function rangeProblem(text: string, range: Range): string | undefined {
    const lines = linesOf(text);
    const inside = (p: { line: number; character: number }) =>
        Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
    if (!inside(range.start)) return `start ${JSON.stringify(range.start)} is outside the text`;
    if (!inside(range.end)) return `end ${JSON.stringify(range.end)} is outside the text`;
    if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) return 'end before start';
    return undefined;
}

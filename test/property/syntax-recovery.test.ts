/**
 * One syntax error is one diagnostic (issue 11, section 6): deleting any one
 * line of any example (examples/**\/*.poa) produces no "missing" finding for
 * a clause whose opening keyword is still in the file. The keywords are read
 * with the language's own lexer; the map from each missing-clause code to the
 * keywords that open its clause is stated here, independently of the rules.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { poaServices } from '../../language/poa-document.js';
import { RULES } from '../../language/rules/rule-catalog.js';
import { check } from '../checks/check-helpers.js';
import { poaFiles } from '../helpers.js';

/** The keyword(s) that open the clause (or line) each missing-clause finding is about. */
const OPENING: Record<string, string[]> = {
    'poa/missing-principal': ['principal'],
    // An agents block with its only agent line deleted rightly has no agent: the keyword is `agent`,
    // within the agents block (an `agent` line among the successors is not an agent).
    'poa/missing-agent': ['agents>agent'],
    'poa/missing-grant': ['grant'],
    'poa/missing-execution': ['executed'],
    'poa/missing-signature': ['signature'],
    'poa/missing-kind': ['kind'],
    'poa/missing-jurisdiction': ['jurisdiction'],
    'poa/missing-issuer': ['issuer'],
    // Reports Forms 3, 4 and 5 not named (identifiers, not a clause): deleting that line rightly reports it.
    'poa/missing-section16-forms': [],
    'poa/missing-securities-filing': ['file'],
    'poa/missing-term': ['ends'],
    'poa/missing-end': ['ends'],
    'poa/missing-revocation': ['revocation'],
    'poa/missing-no-assumption': ['acknowledgment'],
    'poa/missing-supersession': ['supersedes'],
    'poa/missing-durability': ['durable'],
    'poa/missing-subjects': ['subjects', 'power'],
    'poa/missing-purpose': ['purpose'],
    'poa/missing-health-care-authority': ['health-care']
};

const root = join(__dirname, '..', '..', 'examples');

/** Keywords that open a block (the next `{` belongs to the last one seen). */
const BLOCK_OPENERS = ['poa', 'template', 'principal', 'agents', 'successors', 'agent', 'issuer', 'grant', 'term', 'executed'];

/**
 * The keywords the lexer finds in a text (tokens whose type is the keyword itself), and
 * `block>keyword` for a keyword written inside a block opened by another (`agents>agent`).
 */
function keywords(text: string): Set<string> {
    const { tokens } = poaServices().Poa.parser.Lexer.tokenize(text);
    const found = new Set<string>();
    const open: string[] = [];
    let last = '';
    let previousLine = 0;
    for (const t of tokens) {
        // A clause opens its line; the same word inside another clause (`substitution with revocation`) opens nothing.
        const opensLine = (t.startLine ?? 0) !== previousLine;
        previousLine = t.endLine ?? previousLine;
        const keyword = t.tokenType.name === t.image && opensLine;
        if (t.image === '{') open.push(last);
        else if (t.image === '}') open.pop();
        else if (keyword) {
            found.add(t.image);
            const block = open[open.length - 1];
            if (block) found.add(`${block}>${t.image}`);
        }
        if (BLOCK_OPENERS.includes(t.image)) last = t.image;
    }
    return found;
}

describe('a deleted line does not make written clauses "missing"', () => {
    it('every missing-clause rule has its opening keywords here', () => {
        const missing = RULES.filter((r) => r.code.startsWith('poa/missing-')).map((r) => r.code);
        expect(missing.filter((c) => OPENING[c] === undefined)).toEqual([]);
    });
    for (const path of poaFiles(root)) {
        const name = relative(root, path);
        it(name, async () => {
            const lines = readFileSync(path, 'utf8').split('\n');
            const problems: string[] = [];
            for (let i = 0; i < lines.length; i++) {
                const text = lines.filter((_, j) => j !== i).join('\n');
                const written = keywords(text);
                const { diagnostics } = await check(text);
                for (const d of diagnostics) {
                    const opening = OPENING[d.code];
                    if (opening?.some((k) => written.has(k))) problems.push(`line ${i + 1} deleted (${JSON.stringify(lines[i].trim())}): ${d.code}`);
                }
            }
            expect(problems).toEqual([]);
        }, 120_000);
    }
});

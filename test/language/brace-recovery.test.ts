/**
 * Parser recovery (issue 11, section 6): when the line that opens a block is
 * deleted, its closing brace no longer ends the instrument; the parser resumes
 * at the next clause, so the clauses written after it stay in the model (and in
 * the preview), and the damage is reported by one or two syntax diagnostics,
 * not by a cascade. A stray brace in an otherwise sound file is one diagnostic.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRAY_BRACE_MESSAGE } from '../../language/langium/brace-recovery.js';
import type { PoaModel } from '../../language/model/poa-model.js';
import { check } from '../checks/check-helpers.js';
import { poaFiles } from '../helpers.js';

const root = join(__dirname, '..', '..', 'examples');
/** The lead's examples (the corpus models, written elsewhere, are covered by the deleted-line property test). */

/** The block a line opens, by its first word, and the model property that holds it. */
const BLOCKS: Record<string, keyof PoaModel> = {
    principal: 'principals', agents: 'agents', successors: 'successors', issuer: 'issuers',
    grant: 'grant', term: 'term', executed: 'execution'
};

function present(model: PoaModel): Set<string> {
    const blocks: string[] = Object.values(BLOCKS).filter((k) => {
        const v = model[k];
        return Array.isArray(v) ? v.length > 0 : v !== undefined;
    });
    const clauses = (['revocation', 'supersession', 'acknowledgment'] as const).filter((k) => model[k] !== undefined);
    return new Set([...blocks, ...clauses]);
}

const isSyntax = (code: string) => code === 'lexing-error' || code === 'parsing-error';

describe('a deleted block opener does not drop the clauses after it', () => {
    for (const path of poaFiles(root, [join(root, 'corpus')])) {
        const name = relative(root, path);
        it(name, async () => {
            const text = readFileSync(path, 'utf8');
            const lines = text.split('\n');
            const whole = present((await check(text)).model);
            let tried = 0;
            for (let i = 0; i < lines.length; i++) {
                const first = lines[i].trim().split(/\s+/)[0];
                if (!lines[i].trim().endsWith('{') || !BLOCKS[first]) continue;
                tried++;
                const { model, diagnostics } = await check(lines.filter((_, j) => j !== i).join('\n'));
                const kept = present(model);
                const lost = [...whole].filter((c) => c !== BLOCKS[first] && !kept.has(c));
                expect(lost, `line ${i + 1} deleted: ${lines[i].trim()}`).toEqual([]);
                const syntax = diagnostics.filter((d) => isSyntax(d.code));
                expect(syntax.length, `line ${i + 1} deleted: ${syntax.map((d) => d.message).join(' | ')}`).toBeGreaterThan(0);
                expect(syntax.length, `line ${i + 1} deleted: ${syntax.map((d) => d.message).join(' | ')}`).toBeLessThanOrEqual(2);
            }
            expect(tried).toBeGreaterThan(0);
        }, 60_000);
    }

    it('a stray closing brace in a sound file is one diagnostic, and nothing is lost', async () => {
        const text = readFileSync(join(root, 'hartford-2007-section16.poa'), 'utf8');
        const damaged = text.replace('    ratification\n', '    ratification\n    }\n');
        expect(damaged).not.toBe(text);
        const { model, diagnostics } = await check(damaged);
        const syntax = diagnostics.filter((d) => isSyntax(d.code));
        expect(syntax.map((d) => d.message)).toEqual([STRAY_BRACE_MESSAGE]);
        expect(present(model)).toEqual(present((await check(text)).model));
        expect(diagnostics.filter((d) => d.severity === 'error' && !isSyntax(d.code)).map((d) => d.code)).toEqual([]);
    });
});

import { expectFoldings, expectSymbols, highlightHelper } from 'langium/test';
import type { AbstractSemanticTokenProvider } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { Poa, referenceText, SMALL } from './lsp-services.js';

const symbols = expectSymbols(Poa);
const foldings = expectFoldings(Poa);
const highlight = highlightHelper(Poa);

describe('document symbols', () => {
    test('the reference instrument\'s clauses, in the order of the instrument', async () => {
        await symbols({
            text: referenceText(),
            assert: (list) => {
                expect(list.map((s) => s.name)).toEqual(['Power of attorney Kreczko2007']);
                expect(list[0].children!.map((s) => s.name)).toEqual([
                    'Kind: section16', 'Jurisdiction: federal', 'Voice', 'Principal: Alan J. Kreczko', 'Appointment of agents',
                    'Issuer: THE HARTFORD FINANCIAL SERVICES GROUP, INC.', 'Grant of authority', 'Ratification', 'Supersession',
                    'Term', 'Revocation', 'Execution: 2007-07-26'
                ]);
                const agents = list[0].children!.find((s) => s.name === 'Appointment of agents')!;
                expect(agents.detail).toBe('any one or more');
                expect(agents.children!.map((s) => s.name)).toEqual(['Ricardo A. Anzaldua', 'Richard G. Costello', 'Amanda Grabowski Aquino', 'Donald C. Hunt', 'Terence D. Shields']);
                const grant = list[0].children!.find((s) => s.name === 'Grant of authority')!;
                expect(grant.children!.map((s) => `${s.name} ${s.detail ?? ''}`.trim())).toEqual([
                    'Compliance act1934, act1933, sec', 'File Form 3, Form 4, Form 5 under section16a', 'File Form 144 under rule144'
                ]);
            }
        });
    });
});

describe('folding ranges', () => {
    test('braced blocks and a run of comment lines fold', async () => {
        await foldings({
            text: '<|// one\n// two|>\n<|poa X {\n    principal p "P" {\n        pronoun he\n    }\n    grant {\n        file form4 under section16a\n    }\n}|>',
            assert: (ranges) => {
                const pairs = ranges.map((r) => [r.startLine, r.endLine]).sort((a, b) => a[0] - b[0]);
                expect(pairs).toEqual([[0, 1], [2, 8], [3, 4], [6, 7]]);
            }
        });
    });
});

describe('semantic tokens', () => {
    test('parties, terms, forms and statutes are coloured by role', async () => {
        const result = await highlight(SMALL);
        const token = (text: string) => result.tokens.find((t) => t.text === text);
        expect(token('smith')?.tokenType).toBe('class');
        expect(token('doe')?.tokenType).toBe('variable');
        expect(token('acme')?.tokenType).toBe('namespace');
        expect(token('act1934')?.tokenType).toBe('macro');
        expect(token('form4')?.tokenType).toBe('enumMember');
        expect(token('section16a')?.tokenType).toBe('type');
        // A standard term is marked as known to the language.
        const defaultLibrary = (Poa.lsp.SemanticTokenProvider as AbstractSemanticTokenProvider).tokenModifiers.defaultLibrary;
        const sec = result.tokens.find((t) => t.text === 'sec');
        expect(sec?.tokenType).toBe('macro');
        expect((sec!.tokenModifiers as number) & defaultLibrary).toBe(defaultLibrary);
        expect((token('act1934')!.tokenModifiers as number) & defaultLibrary).toBe(0);
        // {doe} inside the worded override is coloured as the agent it names.
        const inWording = result.tokens.filter((t) => t.text === 'doe');
        expect(inWording.length).toBe(3);
        expect(inWording.every((t) => t.tokenType === 'variable')).toBe(true);
    });
});

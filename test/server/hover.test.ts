import { expectHover, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { Poa, referenceText, SMALL } from './lsp-services.js';

const hover = expectHover(Poa);
const at = (text: string, marker: string, delta = 1) => text.replace(marker, marker.slice(0, delta) + '<|>' + marker.slice(delta));

describe('hover', () => {
    test('on an SEC form: what the form is and the statute it is filed under', async () => {
        await hover({
            text: at(SMALL, 'form4 under'), index: 0,
            hover: /^\*\*SEC Form 4\*\*\n\nStatement of Changes in Beneficial Ownership[\s\S]*Filed under Section 16\(a\) of the Securities Exchange Act of 1934\.$/
        });
    });

    test('on a statute: its citation and description', async () => {
        await hover({ text: at(SMALL, 'section16a'), index: 0, hover: /^\*\*Section 16\(a\) of the Securities Exchange Act of 1934\*\*\n\nSection 16\(a\) .* requires directors, officers/ });
    });

    test('on the status that ends the term: the statute, not the kind of instrument', async () => {
        const text = 'poa X { issuer i "I" term { ends when no longer subject to section16 for i } }';
        await hover({ text: at(text, 'section16 for'), index: 0, hover: /^\*\*Section 16 of the Securities Exchange Act of 1934\*\*\n\nSection 16 of the Securities Exchange Act of 1934: reporting/ });
    });

    test('on a party: who it is and where it is used', async () => {
        // doe is used in the acknowledgment and in the worded override: line 18 twice.
        await hover({ text: at(SMALL, 'doe "John'), index: 0, hover: '**John Doe**, attorney-in-fact\n\nUsed 2 times: line 18.' });
        await hover({ text: at(SMALL, 'acme "ACME'), index: 0, hover: '**ACME CORP.**, the issuer (the "Company")\n\nUsed once: line 18.' });
    });

    test('on a use of a party inside a worded override: the party', async () => {
        await hover({ text: at(SMALL, '{smith}', 2), index: 0, hover: /^\*\*Jane Q\. Smith\*\*, principal\n\nReferred to as "she" \/ "her"\./ });
    });

    test('on a defined term, and on a standard term the language knows', async () => {
        await hover({ text: at(SMALL, 'act1934, sec'), index: 0, hover: /^\*\*"Exchange Act"\*\*: defined term for the Securities Exchange Act of 1934, as amended/ });
        await hover({ text: at(SMALL, 'sec\n'), index: 0, hover: /^\*\*"SEC"\*\*: the Securities and Exchange Commission \(a standard term; no definition needed\)/ });
    });

    test('on a clause: its legal effect and source', async () => {
        await hover({ text: at(SMALL, 'acknowledgment no-assumption'), index: 0, hover: /^\*\*Section 16 acknowledgment\*\*[\s\S]*do not assume the principal's own responsibility[\s\S]*Source: Securities Exchange Act of 1934 § 16\(a\)\.$/ });
    });

    test('on a clause of the reference instrument: the text it renders to', async () => {
        const text = referenceText();
        const document = await parseHelper(Poa)(text);
        const offset = text.indexOf('ratification');
        const result = await Poa.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + 2) });
        const value = (result?.contents as { value: string }).value;
        expect(value).toMatch(/^\*\*Ratification\*\*/);
        expect(value).toContain('Restatement (Third) of Agency § 4.01');
        // The rendered words of the clause, as in the filed instrument.
        expect(value).toContain('hereby ratifying and confirming all that said attorneys and agents, or any of them, shall do or cause to be done by virtue thereof');
    });

    test('on a fact about a witness: what it says, denied or stated, and the statutes that read it', async () => {
        const text = 'poa X { executed 2024-01-01 { witnesses "Ann Lee" { witness "Ann Lee" is not-related, ombudsman, cousin } } }';
        await hover({ text: at(text, 'not-related'), index: 0, hover: /^\*\*The witness is not related to the principal by blood, marriage or adoption\*\*\n\nRead against D\.C\. Code § 21-2205\(d\)/ });
        await hover({ text: at(text, 'ombudsman'), index: 0, hover: /^\*\*The witness is a patient advocate or ombudsman designated by the California Department of Aging/ });
        await hover({ text: at(text, 'cousin'), index: 0, hover: /^\*\*cousin\*\* is not a fact about a witness the checks know \(agent, not-agent, / });
    });

    test('on the keywords of a witness statement and of the principal\'s facility', async () => {
        await hover({ text: at('poa X { executed 2024-01-01 { witnesses 2 { witness 1 is related } } }', 'witness 1'), index: 0, hover: /^In the witnesses' block: what one witness/ });
        await hover({ text: at('poa X { principal p "P" { patient in skilled-nursing-facility } }', 'patient in'), index: 0, hover: /Cal\. Prob\. Code § 4675/ });
    });

    test('user text in a hover is shown as text, not markup', async () => {
        await hover({ text: 'poa X { principal <|>p "<script>alert(1)</script>" }', index: 0, hover: /^\*\*\\<script\\>alert\(1\)\\<\/script\\>\*\*, principal/ });
    });
});

describe('hover on a statutory form', () => {
    const text = 'poa X {\n    form sd-59-12-41\n    initials realProperty, gifts\n}';
    test('on the form id: the form, its citation and the stored source it was read from', async () => {
        await hover({ text: at(text, '59-12'), index: 0, hover: /^\*\*South Dakota Statutory Form Power of Attorney\*\*, SDCL § 59-12-41\n\nThe statute's words, read from `saint1415\/us-statutes` .* at commit `7dd72f1b58b2` on 2026-11-30\.$/ });
    });

    test('on an initialled power: its words on the form', async () => {
        await hover({ text: at(text, 'realProperty'), index: 0, hover: /^\*\*Real Property \(§59-12-26\)\*\*\n\nA power on the form of SDCL § 59-12-41, initialled by the principal\.$/ });
    });
});

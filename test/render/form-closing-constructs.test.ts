/**
 * What statutory and printed forms print after their text, and how they print their blanks: a notice after
 * the signatures (California's notice to the agent, the Uniform Act's information for the agent), a
 * certificate left to be attached, the signature with the signer's address beneath, numbered witness lines
 * with addresses, and blanks printed as rows of dots. Words of the notices are the forms' own (Cal. Prob.
 * Code § 4401 as test/heldout/texts/ca-4401-uniform-statutory-form-2021.txt prints it; S.D. Codified Laws
 * § 59-12-41 as ../shared/corpus/statutory_south-dakota-upoaa-59-12-41.txt prints it).
 */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderSource, squash, syntaxErrors } from '../helpers.js';

const CA_NOTICE = 'BY ACCEPTING OR ACTING UNDER THE APPOINTMENT, THE AGENT ASSUMES THE FIDUCIARY AND OTHER LEGAL RESPONSIBILITIES OF AN AGENT.';
const ATTACH = '[Include certificate of acknowledgment of notary public in compliance with Section 1189 of the Civil Code or other applicable law.]';
const SD_DUTIES = 'When you accept the authority granted under this power of attorney, a special legal relationship is created between you and the principal.';

const form = (execution: string, extra = '') => `poa F {
    kind general
    jurisdiction CA
    voice first-person
    principal p "Jane Roe" { pronoun she }
    agents { agent a "John Doe" }
    grant { subjects realProperty }
    ${extra}
    executed 2024-03-01 {
        ${execution}
    }
}`;

/** The ids of the rendered blocks after the testimonium, in order. */
async function closingBlocks(source: string): Promise<{ id: string; text: string }[]> {
    const { model } = await loadPoa(source, { validate: false });
    const blocks = renderDocument(model).blocks;
    const from = blocks.findIndex((b) => b.kind === 'testimonium');
    return blocks.slice(from + 1).map((b) => ({ id: b.id, text: [...b.runs, ...(b.lines ?? []).flatMap((l) => l.runs)].map((r) => r.text).join('') }));
}

describe('a notice printed after the signatures', () => {
    test('written before the notary, it prints between the signature and the certificate', async () => {
        const source = form(`signature\n notice "${CA_NOTICE}"\n notary acknowledgment`);
        expect(await syntaxErrors(source)).toEqual([]);
        const ids = (await closingBlocks(source)).map((b) => b.id);
        expect(ids).toEqual(['signature-1', 'notice-1', 'notary']);
        expect(squash(await renderSource(source))).toContain(`Jane Roe ${CA_NOTICE} ACKNOWLEDGMENT`);
    });

    test('written after the notary, it prints under the certificate, with its heading above it', async () => {
        const source = form(`signature\n notary acknowledgment\n notice titled "IMPORTANT INFORMATION FOR AGENT" "${SD_DUTIES}"`);
        const blocks = await closingBlocks(source);
        expect(blocks.map((b) => b.id)).toEqual(['signature-1', 'notary', 'notice-1-heading', 'notice-1']);
        expect(blocks[2].text).toBe('IMPORTANT INFORMATION FOR AGENT');
        expect(blocks[3].text).toBe(SD_DUTIES);
    });

    test('several notices keep the order written', async () => {
        const source = form('signature\n notice "First this."\n notary acknowledgment\n notice "Then this."\n notice "And this."');
        const blocks = await closingBlocks(source);
        expect(blocks.map((b) => b.id)).toEqual(['signature-1', 'notice-1', 'notary', 'notice-2', 'notice-3']);
        expect(blocks.filter((b) => b.id.startsWith('notice')).map((b) => b.text)).toEqual(['First this.', 'Then this.', 'And this.']);
    });

    test('a certificate\'s instruction names a party as worded text does', async () => {
        const text = squash(await renderSource(form('signature\n notary acknowledgment worded "[Attach the certificate acknowledging the signature of {p}.]"')));
        expect(text).toContain('[Attach the certificate acknowledging the signature of Jane Roe.]');
    });

});

describe('a certificate left to be attached', () => {
    test('`notary acknowledgment worded` prints the form\'s instruction in place of the certificate', async () => {
        const text = squash(await renderSource(form(`signature\n notary acknowledgment worded "${ATTACH}"`)));
        expect(text).toContain(`Jane Roe ${ATTACH}`);
        expect(text).not.toContain('PENALTY OF PERJURY');
        expect(text).not.toContain('Notary Public');
    });

    test('without `worded` the jurisdiction\'s certificate is printed as before', async () => {
        expect(squash(await renderSource(form('signature\n notary acknowledgment')))).toContain('I certify under PENALTY OF PERJURY under the laws of the State of California');
    });
});

describe('the signature with the signer\'s address beneath', () => {
    test('a blank form prints a line to sign and a line for the address, each as long as written', async () => {
        const source = form('signature blank 20 style signature-address').replace('principal p "Jane Roe" { pronoun she }', 'principal p blank 12 "" { address blank 15 }');
        const text = squash(await renderSource(source));
        expect(text).toContain(`Signature ${'_'.repeat(20)} Address ${'_'.repeat(15)}`);
    });

    test('a signed instrument prints the conformed signature and the address written', async () => {
        const source = form('signature conformed style signature-address').replace('{ pronoun she }', '{ pronoun she address "12 Elm Street, Springfield" }');
        expect(squash(await renderSource(source))).toContain('Signature /s/ Jane Roe Address 12 Elm Street, Springfield');
    });

    test('with no address written, a line is left to write it on', async () => {
        expect(squash(await renderSource(form('signature style signature-address')))).toContain(`Signature ${'_'.repeat(30)} Address ${'_'.repeat(30)}`);
    });
});

describe('numbered witness lines with addresses', () => {
    test('each witness is numbered in the order listed, with a line to sign and an address line', async () => {
        const text = squash(await renderSource(form('signature\n witnesses 2', 'phrasing witness style numbered-address')));
        const line = '_'.repeat(30);
        expect(text).toContain(`Witness 1 ${line} Address ${line} Witness 2 ${line} Address ${line}`);
    });

    test('a named witness is printed under the line, and the witnesses\' statement stays their worded', async () => {
        const source = form('signature\n witnesses "Ann Lee" worded "I declare that the person who signed this document is personally known to me."', 'phrasing witness style numbered-address');
        const text = squash(await renderSource(source));
        expect(text).toContain(`I declare that the person who signed this document is personally known to me. Witness 1 ${'_'.repeat(30)} Ann Lee Address`);
    });
});

describe('blanks printed as rows of dots', () => {
    test('`blank 12 dotted` prints twelve dots and the caption, marked as a blank', async () => {
        const source = form('signature').replace('agent a "John Doe"', 'agent a blank 12 dotted "name and address of the person appointed"');
        const { model } = await loadPoa(source, { validate: false });
        const runs = renderDocument(model).blocks.flatMap((b) => b.runs);
        const blank = runs.find((r) => r.text.startsWith('.'));
        expect(blank).toMatchObject({ text: '............ (name and address of the person appointed)', role: 'blank' });
    });

    test('a dotted blank date prints its day, month and year as dots; an undotted one as before', async () => {
        const dotted = squash(await renderSource(form('signature').replace('executed 2024-03-01', 'executed blank 6 dotted')));
        expect(dotted).toContain('this ...... day of ......, ......');
        const lined = squash(await renderSource(form('signature').replace('executed 2024-03-01', 'executed blank 6')));
        expect(lined).toContain('this ______ day of ______, ______');
    });
});

describe('on a statutory form', () => {
    test('a notice or a certificate\'s instruction is reported as not printed by the form, not silently dropped', async () => {
        const { checkPoa } = await import('../../language/checks/check-poa.js');
        const source = `poa Client {
    form sd-59-12-41
    kind general
    jurisdiction SD
    principal jordan "Jordan A. Lee" { pronoun she }
    agents { agent sam "Sam Lee" }
    initials realProperty
    executed 2025-05-18 {
        signature
        notary acknowledgment worded "[Attach a certificate.]"
        notice "A notice."
    }
}`;
        const { model } = await loadPoa(source, { validate: false });
        const found = checkPoa(model, { today: '2025-06-30' }).filter((f) => f.code === 'poa/form-clause-not-rendered');
        expect(found.map((f) => f.message)).toEqual([
            expect.stringContaining('The notice clause is not part of the statutory form sd-59-12-41'),
            expect.stringContaining('The notary instruction (`worded`) clause is not part of the statutory form sd-59-12-41')
        ]);
    });
});

describe('a name in a certificate\'s instruction', () => {
    test('that names nothing in the file is reported where it is written, as in any worded text', async () => {
        const { checkPoa } = await import('../../language/checks/check-poa.js');
        const { model } = await loadPoa(form('signature\n notary acknowledgment worded "[Attach the certificate for {nobody}.]"'), { validate: false });
        const found = checkPoa(model, { today: '2025-06-30' }).filter((f) => f.code === 'poa/wording-unknown-reference');
        expect(found).toHaveLength(1);
    });
});

/**
 * The constructs of signature-page and exhibit powers: the words of appointment and the
 * "KNOW ALL ... BY THESE PRESENTS" formula chosen apart from the opening, tables of signatures
 * (read the same by every writer), schedules, the securities a registration statement
 * registers, governing law, and a conformed signature over a typed line.
 */
import { describe, expect, test } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { renderSource, squash, syntaxErrors } from '../helpers.js';
import { docxText, pdfPages, readDocx } from '../writers/read-back.js';

const power = (extra: string, body = '') => `poa X {
    kind securities
    style signature-page
    opening style named-signatories
    ${extra}
    principal signatories "each person whose signature appears below"
    agents severally { called "attorneys-in-fact and agents" agent a "Ann Lee" agent b "Bo Chan" }
    issuer co "Acme Corp."
    define sec "the Securities and Exchange Commission"
    grant { file formS8 under registration style sign-post-effective-schedule }
    ${body}
}`;

const table = `executed none
    signatures style signature-title-date {
        signer "Jane Roe" conformed as "Director" dated 2024-03-01
        signer "Rick Poe" signature "/s/ R. Poe" as "Chief Financial Officer (Principal Financial Officer)" dated 2024-03-04
    }
    schedule "Schedule A" titled "Registration Statements" {
        columns "File Number", "Filed"
        row "333-1", "Filed 1/2/03"
    }`;

describe('opening words chosen apart', () => {
    test('the verb and the formula are choices of their own; the default verb is "constitutes and appoints"', async () => {
        expect(squash(await renderSource(power('')))).toContain('Each person whose signature appears below hereby constitutes and appoints Ann Lee and Bo Chan');
        const chosen = squash(await renderSource(power('phrasing presents style know-all-men\n    phrasing appointing-verb style authorizes-appoints')));
        expect(chosen).toContain('KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below hereby authorizes and appoints Ann Lee');
        const makes = squash(await renderSource(power('phrasing appointing-verb style makes-constitutes-appoints')));
        expect(makes).toContain('below hereby makes, constitutes and appoints Ann Lee');
    });

    test('the verb agrees with several principals', async () => {
        const source = `poa X {
            kind general
            opening style undersigned-verb
            phrasing appointing-verb style constitutes-designates-appoints
            principal a "Ann Roe" principal b "Bob Roe"
            agents { agent c "Cy Lee" }
            grant { power "sign checks" }
            executed 2024-03-01 { signature by a signature by b }
        }`;
        expect(squash(await renderSource(source))).toContain('The undersigned hereby constitute, designate and appoint Cy Lee');
    });
});

describe('a table of signatures and a schedule', () => {
    test('parse without errors', async () => {
        expect(await syntaxErrors(power('', table))).toEqual([]);
    });

    test('plain text: the sentence before the table, the column heads, then each signer\'s cells in order, and the schedule', async () => {
        const text = await renderSource(power('', table));
        expect(squash(text)).toContain('This authorization has been signed by the following persons in the capacities and on the dates indicated. Signature Title Date /s/ Jane Roe Jane Roe Director March 1, 2024 /s/ R. Poe Rick Poe Chief Financial Officer (Principal Financial Officer) March 4, 2024');
        expect(squash(text)).toContain('Schedule A \u2013 Registration Statements File Number Filed 333-1 Filed 1/2/03');
        expect(text).toContain('indicated on Schedule A hereto');
        // No signature block of its own: the table signs.
        expect(text).not.toContain('____');
    });

    test('a table printed two across sets two signers side by side in plain text', async () => {
        const source = power('', `executed none
    signatures style name-title-across "Directors" {
        signer "Jane Roe" conformed as "Director"
        signer "Rick Poe" conformed as "Chair"
        signer "Sam Oh" conformed as "Director"
    }`);
        const { model } = await loadPoa(source, { validate: false });
        const text = renderText(renderDocument(model));
        expect(text).toContain('Directors\n\n/s/ Jane Roe          /s/ Rick Poe\nJane Roe, Director    Rick Poe, Chair\n\n/s/ Sam Oh\nSam Oh, Director');
        // The other writers lay the same cells out two to a row.
        expect(renderMarkdown(renderDocument(model))).toContain('| /s/ Jane Roe<br>Jane Roe, Director | /s/ Rick Poe<br>Rick Poe, Chair |');
    });

    test('Markdown, HTML, DOCX and PDF read the same table', async () => {
        const { model } = await loadPoa(power('', table), { validate: false });
        const doc = renderDocument(model);
        const markdown = renderMarkdown(doc);
        expect(markdown).toContain('| Signature | Title | Date |\n| --- | --- | --- |\n| /s/ Jane Roe<br>Jane Roe | Director | March 1, 2024 |');
        const html = renderHtml(doc);
        expect(html).toContain('<thead><tr><th>Signature</th><th>Title</th><th>Date</th></tr></thead>');
        expect(html).toContain('<td><div class="line">/s/ R. Poe</div><div class="line">Rick Poe</div></td><td><div class="line">Chief Financial Officer (Principal Financial Officer)</div></td><td><div class="line">March 4, 2024</div></td>');
        const docx = docxText(await readDocx(await renderDocx(doc)));
        for (const words of ['Signature', 'Title', 'Date', '/s/ Jane Roe', 'Rick Poe', 'March 4, 2024', 'Schedule A', '333-1']) expect(docx).toContain(words);
        const pdf = squash((await pdfPages(await renderPdf(doc))).join('\n'));
        for (const words of ['Signature', 'Date', '/s/ Jane Roe', 'Chief Financial Officer', 'March 4, 2024', 'Filed 1/2/03']) expect(pdf).toContain(words);
    });

    test('a schedule the power refers to and the file does not write is shown as missing', async () => {
        expect(await renderSource(power('', 'executed none'))).toContain('indicated on [SCHEDULE] hereto');
    });

    test('a table of signatures answers the missing-signature check', async () => {
        const withTable = await loadPoa(power('', 'executed 2024-03-01\n    signatures { signer "Jane Roe" conformed }'));
        expect(withTable.diagnostics.map((d) => d.code)).not.toContain('poa/missing-signature');
        const without = await loadPoa(power('', 'executed 2024-03-01'));
        expect(without.diagnostics.map((d) => d.code)).toContain('poa/missing-signature');
    });
});

describe('registration statements, governing law and typed signature lines', () => {
    test('the securities registered are enumerated in the opening that contemplates filing, with every issuer in the role', async () => {
        const source = `poa X {
            kind securities
            style signature-page
            opening style contemplates-filing
            principal signatories "each of the undersigned" { role "director or officer" }
            agents severally { agent a "Ann Lee" }
            issuer co "Acme Inc." { organized in "Delaware" as corporation  defined as "Company" }
            issuer op "Acme OP LLC"
            grant { file formS3 under registration registering "debt securities of the Company", "guarantees" }
            executed none
        }`;
        expect(await syntaxErrors(source)).toEqual([]);
        expect(squash(await renderSource(source))).toContain('Each of the undersigned, a director or officer of Acme Inc., a Delaware corporation (the "Company"), or Acme OP LLC, that contemplates filing a Registration Statement on Form S-3 ("Form S-3") with the Securities and Exchange Commission (the "SEC") under the provisions of the Securities Act of 1933, as amended (the "1933 Act"), for the purpose of registering under such Act (i) debt securities of the Company, and (ii) guarantees, hereby constitutes and appoints Ann Lee');
    });

    test('governing law, with or without the federal securities laws', async () => {
        const text = squash(await renderSource(power('', 'executed none\n    governing law "Delaware" and federal-securities-laws style construed-with')));
        expect(text).toContain('This authorization shall be governed by and construed with the laws of the State of Delaware and applicable federal securities laws.');
        const plain = squash(await renderSource(power('phrasing instrument-name style power-of-attorney', 'executed none\n    governing law "New York"')));
        expect(plain).toContain('This Power of Attorney shall be governed by and construed in accordance with the laws of the State of New York.');
    });

    test('a conformed signature over a typed line of hyphens in text, a rule elsewhere', async () => {
        const source = `poa X {
            kind section16
            principal p "Mark Kessel"
            agents { agent a "Ann Lee" }
            grant { power "sign Forms 3, 4 and 5" }
            executed 2001-03-29 { signature conformed as "Director" style typed-name-ruled }
        }`;
        const { model } = await loadPoa(source, { validate: false });
        const doc = renderDocument(model);
        expect(renderText(doc)).toContain('/s/ Mark Kessel\n' + '-'.repeat(36) + '\nMark Kessel\nDirector');
        expect(renderHtml(doc)).toContain('<div class="line"><bdi class="party">/s/ Mark Kessel</bdi></div>\n  <div class="line rule"></div>\n  <div class="line"><bdi class="party">Mark Kessel</bdi></div>');
    });
});

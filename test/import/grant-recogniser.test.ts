/**
 * The powers listed under an enumerated Section 16 grant recognised as items of the `.poa` grant block, from the
 * phrasebook's own styles of `filing`, `edgar-access`, `venues` and `transaction-information`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVenues, recogniseGrantItem, splitInlineItems, statuteId } from '../../language/import/grant-recogniser.js';
import { importText } from '../../language/import/index.js';
import { renderSource, ROOT } from '../helpers.js';

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');

// The Endeavor 2021 power of Elon Musk (../shared/corpus/sec16_endeavor-musk-2021.txt, EX-24, EDGAR accession
// 0000899243-21-017509), items (1) and (2) without their list markers and joining "; and".
const ENDEAVOR_FILING = "execute for and on behalf of the undersigned, in the undersigned's capacity as an officer and/or director of Endeavor Group Holdings, Inc. (the \"Company\"), Forms 3, 4, and 5 in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder";
const ENDEAVOR_VENUES = 'do and perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete and execute any such Form 3, 4, or 5, complete and execute any amendment or amendments thereto, and timely file such form with the SEC and any stock exchange or similar authority';
// The Yelp 2012 power of Keith Rabois (../shared/corpus/sec16_yelp-rabois-formid-2012.txt, EDGAR accession 0001209191-12-014763), items (1) and (3).
const YELP_FORM_ID = 'prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the U.S. Securities and Exchange Commission (the "SEC") a Form ID, including amendments thereto, and any other documents necessary or appropriate to obtain codes and passwords enabling the undersigned to make electronic filings with the SEC of reports required by Section 16(a) of the Securities Exchange Act of 1934 (the "Exchange Act") or any rule or regulation of the SEC';
const YELP_BROKERS = "seek or obtain, as the undersigned's representative and on the undersigned's behalf, information on transactions in the Company's securities from any third party, including brokers, employee benefit plan administrators and trustees, and the undersigned hereby authorizes any such person to release any such information to the undersigned and approves and ratifies any such release of information";

/** An instrument whose issuer is Endeavor, defined as "the Company"; every name asked about is recorded. */
function context(issuer = /^(?:Endeavor Group Holdings, Inc\.(?: \(the "Company"\))?|the Company)$/) {
    const asked: string[] = [];
    return { asked, issuerRef: (text: string) => (asked.push(text), issuer.test(text) ? 'endeavor' : undefined) };
}

describe('a listed power recognised as a grant item', () => {
    it('reads the classic filing item: its forms, statute, the principal\'s capacity and the issuer it defines', () => {
        const ctx = context();
        expect(recogniseGrantItem(ENDEAVOR_FILING, ctx)).toMatchObject({
            clause: 'filing',
            style: 'classic',
            line: 'file form3, form4, form5 under section16a',
            role: 'officer and/or director',
            serialComma: true
        });
        // The issuer is asked about as written, its definition included, not cut at its first comma.
        expect(ctx.asked).toContain('Endeavor Group Holdings, Inc. (the "Company")');
    });

    it('reads the venues of the "do and perform" item, and notes the SEC named only by its abbreviation', () => {
        expect(recogniseGrantItem(ENDEAVOR_VENUES, context())).toMatchObject({ clause: 'venues', style: 'do-and-perform', line: 'with sec, exchanges', bareSec: true });
    });

    it('writes the style of an item that is not the enumerated grant\'s default', () => {
        expect(recogniseGrantItem(YELP_FORM_ID, context())).toMatchObject({ line: 'edgar access style form-id-reports' });
        expect(recogniseGrantItem(YELP_BROKERS, context())).toMatchObject({ clause: 'transaction-information', line: 'transaction information' });
    });

    it('folds the venues a filing names itself into it (the Yelp 2012 item (2))', () => {
        const yelp = 'prepare, execute, acknowledge, deliver and file Forms 3, 4, and 5 (including any amendments thereto) with respect to the securities of Yelp! Inc., a Delaware corporation (the "Company"), with the SEC, any national securities exchanges and the Company, as considered necessary or advisable under Section 16(a) of the Exchange Act and the rules and regulations promulgated thereunder, as amended from time to time';
        const ctx = context(/^(?:Yelp! Inc\., a Delaware corporation \(the "Company"\)|the Company)$/);
        expect(recogniseGrantItem(yelp, ctx)?.line).toBe('file form3, form4, form5 under section16a style prepare-execute-file\nwith sec, nationalExchanges, company style folded');
    });

    it('prefers the style with more words of its own, and folds the EDGAR access a venues item names (the Yahoo 2012 items (1) and (2))', () => {
        const ctx = context(/^Yahoo! Inc\.$/);
        const filing = 'Execute for and on behalf of the undersigned Forms 3, 4 and 5 with respect to securities of Yahoo! Inc., in accordance with Section 16(a) of the Securities Exchange Act of 1934, as amended and the rules thereunder';
        expect(recogniseGrantItem(filing, ctx)?.line).toBe('file form3, form4, form5 under section16a style classic-with-respect-to');
        const venues = 'Perform any and all acts for and on behalf of the undersigned which may be necessary or desirable to complete the execution of any such Form 3, 4 or 5 and the timely filing of such form with the United States Securities and Exchange Commission and any other authority, including the execution of an application for EDGAR codes on Form ID';
        expect(recogniseGrantItem(venues, ctx)?.line).toBe('with sec, authorities style perform-execution\nedgar access style folded');
    });

    it('recognises nothing when the issuer named is not the instrument\'s, or the words are no style\'s', () => {
        expect(recogniseGrantItem(ENDEAVOR_FILING, context(/^Acme Corp\.$/))).toBeUndefined();
        expect(recogniseGrantItem('execute for and on behalf of the undersigned any and all Form 3, 4 or 5 reports', context())).toBeUndefined();
        expect(recogniseGrantItem(ENDEAVOR_FILING.replace('Section 16(a)', 'Section 99'), context())).toBeUndefined();
    });
});

describe('powers listed in the grant\'s own sentence', () => {
    it('are split at their markers in order, the joining words kept, so the pieces make the text again', () => {
        const text = '(1) execute Forms 3, 4 and 5 under Section 16(a) of the Exchange Act; (2) do and perform any and all acts; and (3) take any other action';
        const pieces = splitInlineItems(text);
        expect(pieces).toEqual(['(1) execute Forms 3, 4 and 5 under Section 16(a) of the Exchange Act;', '(2) do and perform any and all acts; and', '(3) take any other action']);
        expect(pieces!.join(' ')).toBe(text);
        expect(splitInlineItems('(a) prepare; and (b) execute')).toEqual(['(a) prepare; and', '(b) execute']);
    });

    it('are no list unless the markers follow each other from the first word', () => {
        expect(splitInlineItems('execute Forms 3, 4 and 5; (2) file them')).toBeUndefined();
        expect(splitInlineItems('(1) execute Forms 3, 4 and 5; (3) file them')).toBeUndefined();
        expect(splitInlineItems('(1) execute reports under Section 16(a) and (b) of the Act')).toBeUndefined();
    });
});

describe('the slots read back', () => {
    it('names the statute by the catalog\'s citation, however the act is named', () => {
        expect(statuteId('Section 16(a) of the Securities Exchange Act of 1934')).toBe('section16a');
        expect(statuteId('Section 16(a) of the Exchange Act')).toBe('section16a');
        expect(statuteId('Section 16 of the Exchange Act')).toBe('section16');
        expect(statuteId('Rule 144 under the Securities Act of 1933')).toBe('rule144');
        expect(statuteId('Section 17 of the Exchange Act')).toBeUndefined();
    });

    it('reads the venues from the catalog\'s names, the SEC however named and the issuer', () => {
        const ctx = context();
        expect(parseVenues('the SEC, any national securities exchanges and the Company', ctx)).toEqual(['sec', 'nationalExchanges', 'company']);
        expect(parseVenues('the United States Securities and Exchange Commission and any stock exchange or similar authority', ctx)).toEqual(['sec', 'exchanges']);
        expect(parseVenues('the SEC and the Tokyo Stock Exchange', ctx)).toBeUndefined();
    });
});

describe.skipIf(!existsSync(CORPUS))('import of an enumerated Section 16 grant', () => {
    it('writes the Endeavor grant as structured items, the issuer and role from its first power, and renders its words back', async () => {
        const source = readFileSync(join(CORPUS, 'sec16_endeavor-musk-2021.txt'), 'utf8');
        const { poa, report } = await importText(source, 'sec16_endeavor-musk-2021.txt');
        expect(poa).toContain([
            '    grant style numbered {',
            '        file form3, form4, form5 under section16a',
            '        with sec, exchanges',
            '        any other action style classic',
            '    }'
        ].join('\n'));
        expect(poa).toContain('principal musk "Elon Musk" { role "officer and/or director" }');
        expect(poa).toContain('define sec "the SEC"');
        expect(report.keptAsWritten.some((k) => k.clause === 'grant')).toBe(false);
        const words = (t: string) => ` ${(t.match(/[A-Za-z0-9]+/g) ?? []).join(' ').toLowerCase()} `;
        const rendered = words(await renderSource(poa));
        for (const item of [ENDEAVOR_FILING, ENDEAVOR_VENUES]) expect(rendered).toContain(words(item));
    });

    it('reads the powers the renderer lists in the grant\'s sentence: the Endeavor model\'s own rendering imports with structured items', async () => {
        const model = readFileSync(join(ROOT, 'examples', 'corpus', 'sec16_endeavor-musk-2021.poa'), 'utf8');
        const rendered = await renderSource(model);
        expect(rendered).toMatch(/attorney-in-fact\s+to: \(1\) execute/);
        const { poa, report } = await importText(rendered, 'endeavor.txt');
        expect(poa).toContain('        file form3, form4, form5 under section16a\n        with sec, exchanges\n');
        expect(poa).not.toMatch(/grant[^\n]*worded/);
        expect(report.keptAsWritten.some((k) => k.clause === 'grant')).toBe(false);
    });
});

describe('a title over several lines', () => {
    it('is the title, not words kept on the grant, so the grant keeps its items (the Yelp 2012 heading)', async () => {
        const endeavor = readFileSync(join(ROOT, 'examples', 'corpus', 'sec16_endeavor-musk-2021.poa'), 'utf8');
        const rendered = (await renderSource(endeavor)).replace(/^\s*Exhibit 24\s*\n/, '').replace(/^\s*POWER OF ATTORNEY\s*\n/m, 'LIMITED POWER OF ATTORNEY FOR\nSECTION 16 REPORTING OBLIGATIONS\n');
        const { poa } = await importText(rendered, 'endeavor.txt');
        expect(poa).toContain('    title "LIMITED POWER OF ATTORNEY FOR SECTION 16 REPORTING OBLIGATIONS"\n');
        expect(poa).toContain('        file form3, form4, form5 under section16a\n');
    });

    it('takes no date nor sentence into the title', async () => {
        const { poa } = await importText('POWER OF ATTORNEY\n\nJanuary 9, 2023\n\nThe undersigned hereby appoints Ann Lee as attorney-in-fact.', 'x.txt');
        expect(poa).toContain('    title "POWER OF ATTORNEY"\n');
    });
});

/**
 * A listed power naming the filings of several statutes in one list (the securities-power `filings-several`
 * variant), read as one `file` line per statute.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseFilingsSeveral } from '../../language/import/filings-several.js';
import { importText } from '../../language/import/index.js';
import { ROOT } from '../helpers.js';

const CORPUS = process.env.POA_CORPUS ?? join(ROOT, '..', 'shared', 'corpus');

// The Rumble 2023 power of David Sacks (../shared/corpus/sec16_rumble-sacks-13d13g-2023.txt, EX-24, EDGAR accession
// 0001213900-23-056008), item (1) without its list marker and closing semicolon.
const RUMBLE_FILINGS = "execute for and on behalf of the undersigned, in the undersigned's capacity as an executive officer and/or director of Rumble Inc. (the \"Company\"), a Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable, and any other documents necessary to facilitate the filing of reports in accordance with Section 16(a) of the Securities Exchange Act of 1934 and the rules thereunder";

function context() {
    const asked: string[] = [];
    return { asked, issuerRef: (text: string) => (asked.push(text), /^Rumble Inc\.(?: \(the "Company"\))?$/.test(text) ? 'rumble' : undefined) };
}

describe('the filings of several statutes named in one list', () => {
    it('reads Form ID, Forms 3 to 5 and the Schedules 13D and 13G as three filings, the Schedules written in the Forms\' series', () => {
        const ctx = context();
        expect(recogniseFilingsSeveral(RUMBLE_FILINGS, ctx)).toMatchObject({
            clause: 'securities-power',
            style: 'classic',
            line: 'file formID under regulationST\nfile form3, form4, form5 under section16a\nfile schedule13D, schedule13G under section13',
            phrasings: ['phrasing securities-power style classic'],
            role: 'executive officer and/or director',
            serialComma: true,
            formsOneSeries: true
        });
        expect(ctx.asked).toContain('Rumble Inc. (the "Company")');
    });

    it('reads two statutes without a serial comma nor a shared series', () => {
        const text = RUMBLE_FILINGS.replace('a Form ID, Forms 3, 4, 5, 13D, and 13G', 'a Form ID, Forms 3, 4 and 5');
        const item = recogniseFilingsSeveral(text, context());
        expect(item?.line).toBe('file formID under regulationST\nfile form3, form4, form5 under section16a');
        expect(item?.serialComma).toBeUndefined();
        expect(item?.formsOneSeries).toBeUndefined();
    });

    it('leaves forms of one statute alone, and a capacity at an issuer the instrument does not know', () => {
        expect(recogniseFilingsSeveral(RUMBLE_FILINGS.replace('a Form ID, Forms 3, 4, 5, 13D, and 13G', 'Forms 3, 4, and 5'), context())).toBeUndefined();
        expect(recogniseFilingsSeveral(RUMBLE_FILINGS.replace('Rumble Inc.', 'Other Corp.'), context())).toBeUndefined();
    });

    it.runIf(existsSync(join(CORPUS, 'sec16_rumble-sacks-13d13g-2023.txt')))('writes the Rumble grant\'s filings as structured items', async () => {
        const source = readFileSync(join(CORPUS, 'sec16_rumble-sacks-13d13g-2023.txt'), 'utf8');
        const { poa } = await importText(source, 'sec16_rumble-sacks-13d13g-2023.txt');
        expect(poa).toContain('        file formID under regulationST\n        file form3, form4, form5 under section16a\n        file schedule13D, schedule13G under section13\n        with sec, exchanges\n');
        expect(poa).toContain('    lists serial-comma forms-one-series\n');
        expect(poa).toContain('principal sacks "David Sacks" { role "executive officer and/or director" }');
    });
});

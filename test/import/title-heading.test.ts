/**
 * The title as filed: a heading of several lines (sec16_yelp-rabois-formid-2012, sec16_mongodb-botha-sequoia-2017
 * in ../shared/corpus) is one title, its lines joined.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../language/import/index.js';

const body = "Know all by these presents, that the undersigned hereby constitutes and appoints Ann Lee the undersigned's true and lawful attorney-in-fact to:";

describe('the title', () => {
    it('joins a heading wrapped over lines of one paragraph, or over paragraphs, into one title', async () => {
        const wrapped = await importText(['LIMITED POWER OF ATTORNEY', 'FOR CERTAIN FILINGS WITH THE', 'SECURITIES AND EXCHANGE COMMISSION', '', body].join('\n'), 'a.txt');
        expect(wrapped.poa).toContain('title "LIMITED POWER OF ATTORNEY FOR CERTAIN FILINGS WITH THE SECURITIES AND EXCHANGE COMMISSION"');
        const parted = await importText(['LIMITED POWER OF ATTORNEY FOR', '', 'SECTION 16 REPORTING OBLIGATIONS', '', body].join('\n'), 'b.txt');
        expect(parted.poa).toContain('title "LIMITED POWER OF ATTORNEY FOR SECTION 16 REPORTING OBLIGATIONS"');
    });

    it('does not take a later heading for the title\'s next line', async () => {
        const { poa } = await importText(['POWER OF ATTORNEY', '', body, '', 'WITNESSES'].join('\n'), 'c.txt');
        expect(poa).toContain('title "POWER OF ATTORNEY"\n');
    });
});

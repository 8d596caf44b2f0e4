/** The securities power: the frame that holds the compliance purpose and the filings. */
import type { ClausePhrases } from './phrase-style.js';

export const securitiesPower: ClausePhrases = {
    clause: 'securities-power',
    styles: [
        {
            id: 'any-and-all-acts',
            label: 'to do any and all acts ... to enable the undersigned to comply with ..., in connection with the preparation, execution and filing of (i) ...',
            template: 'to do any and all acts and things and execute and file any and all instruments which {said-agents}{agents:|,} may deem necessary or advisable to enable {object}[ ({capacity})] to comply with {compliance}, in connection with the preparation, execution and filing of {filings}',
            variants: {
                'compliance-only': 'to do any and all acts and things and execute and file any and all instruments which {said-agents}{agents:|,} may deem necessary or advisable to enable {object}[ ({capacity})] to comply with {compliance}',
                'filings-only': 'to do any and all acts and things and execute and file any and all instruments which {said-agents}{agents:|,} may deem necessary or advisable in connection with the preparation, execution and filing of {filings}'
            },
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'classic',
            label: 'the filings alone, each in its own words (the numbered Section 16 form)',
            template: '{filings-each}',
            variants: { 'compliance-only': '{filings-each}', 'filings-only': '{filings-each}' },
            example: 'sec16_endeavor-musk-2021'
        }
    ]
};

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
        },
        {
            id: 'forms-together',
            label: 'to complete and execute such Forms 144, Forms 3, 4 and 5 and other forms as ... required or advisable pursuant to Rule 144 ..., Section 16 ... (every filing in one sentence)',
            template: 'complete and execute such {grant-forms} and other forms as any such {designation-one} and agent shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
            variants: {
                'compliance-only': 'complete and execute such {grant-forms} and other forms as any such {designation-one} and agent shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
                'filings-only': 'complete and execute such {grant-forms} and other forms as any such {designation-one} and agent shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}'
            },
            note: 'Names the forms of every filing together, then their statutes together: the "Securities Law Compliance" form, where one power covers Rule 144 and Section 16.',
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'chained',
            label: 'Forms 3, 4, and 5 ... in accordance with Section 16(a) ..., as well as any reports on Schedules 13D or 13G ... or any Forms 144 ...',
            template: '{filings-chained}',
            note: 'The filings one after the other in their own styles\' words, each style carrying its connector: pair the first with a style such as `classic-amendments`, the next with `as-well-as-reports` or `or-any`.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'each-an-item',
            label: 'each filing an item of its own: (i) to execute and file ... Forms 3, 4, and 5 ...; ... (iv) to prepare, file, and submit ... under Rule 144',
            template: '{filing}',
            note: 'Each `file` line is an item of the grant where it is written, in its filing style\'s words (no compliance purpose).',
            example: 'sec16_23andme-botha-ocr-2024'
        }
    ]
};

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
            variants: {
                'compliance-only': '{filings-each}',
                'filings-only': '{filings-each}',
                'filings-several': 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] {a-grant-forms-applicable}, and any other documents necessary to facilitate the filing of reports in accordance with {reports-statute} and the rules thereunder'
            },
            note: 'Filings under several statutes (`file formID under regulationST`, `file form3, form4, form5 under section16a`, `file schedule13D, schedule13G under section13`) are named in one list, "as applicable", each filed as its own statute requires.',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
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
            id: 'sign-statements-granting',
            label: 'sign any and all SEC statements of beneficial ownership of securities of the Company on Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the 1934 Act ..., granting unto said attorneys-in-fact and agents ...',
            template: 'sign any and all {sec-adjective} statements of beneficial ownership of securities of {issuer} on {forms-as-required}, and any amendments thereto, and to file the same with all exhibits thereto, and other documents in connection therewith, with {venues}, granting unto said {designation}{agents:|, and each of them,} full power and authority to do and perform each act and thing requisite and necessary to be done under said {statutes-said}, as fully and to all intents and purposes as {subject} might or could do in person, hereby ratifying and confirming all that said {designation}{agents:|, and each of them,} may lawfully do or cause to be done by virtue hereof',
            variants: {
                'filings-only': 'sign any and all {sec-adjective} statements of beneficial ownership of securities of {issuer} on {forms-as-required}, and any amendments thereto, and to file the same with all exhibits thereto, and other documents in connection therewith, with {venues}, granting unto said {designation}{agents:|, and each of them,} full power and authority to do and perform each act and thing requisite and necessary to be done under said {statutes-said}, as fully and to all intents and purposes as {subject} might or could do in person, hereby ratifying and confirming all that said {designation}{agents:|, and each of them,} may lawfully do or cause to be done by virtue hereof'
            },
            note: 'Every filing in one item, each form "as required under" its statute, the act named once; pair with the venues style `folded`. The statutes are named as the citation style names them (`section-13`: "Section 13").',
            example: 'sec16_founder-spac-selby-13d-2021'
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
        },
        {
            id: 'any-documents-held',
            label: 'to execute, acknowledge, deliver and/or file any documents or filings ... in respect of any securities or other investments held by the Trust ... Without limitation, this authorization extends to and includes any questionnaires, ... reports ... with any governmental office or agency ..., any securities exchange or market ...',
            template: 'to execute, acknowledge, deliver and/or file any documents or filings and any amendments thereto made by or on behalf of [{role-of} or ]{object} in respect of any securities or other investments held by {holder}, directly, indirectly or beneficially. Without limitation, this authorization extends to and includes any questionnaires, required or discretionary reports and any and all documents and forms with any governmental office or agency, whether U.S., foreign, state or local (including, without limitation, {sec} and state securities administrators or commissions), any securities exchange or market[ (including, without limitation, {venues})], as may be required, or as {subject} {determines|determine} to be advisable, under applicable laws[ (including without limitation, {compliance-or}, and rules and regulations under each of such laws)], or rules and regulations of any securities exchange or market',
            variants: {
                'compliance-only': 'to execute, acknowledge, deliver and/or file any documents or filings and any amendments thereto made by or on behalf of [{role-of} or ]{object} in respect of any securities or other investments held by {holder}, directly, indirectly or beneficially. Without limitation, this authorization extends to and includes any questionnaires, required or discretionary reports and any and all documents and forms with any governmental office or agency, whether U.S., foreign, state or local (including, without limitation, {sec} and state securities administrators or commissions), any securities exchange or market[ (including, without limitation, {venues})], as may be required, or as {subject} {determines|determine} to be advisable, under applicable laws[ (including without limitation, {compliance-or}, and rules and regulations under each of such laws)], or rules and regulations of any securities exchange or market'
            },
            note: 'Every securities filing, not only Section 16 reports: the laws come from `comply with act1933, act1934`, the exchanges from `with nasdaq style folded`. A principal acting for a trust or other holder (`role "Co-Trustees" of trust`) files for it.',
            example: 'sec16_gates-foundation-trust-cotrustees-2007'
        },
        {
            id: 'forms-together-such-attorney',
            label: '... and other forms as such attorney shall in his discretion determine to be required or advisable pursuant to Rule 144 ..., Section 16 ... (forms-together, the agent "such attorney")',
            template: 'complete and execute such {grant-forms} and other forms as such attorney shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
            variants: {
                'compliance-only': 'complete and execute such {grant-forms} and other forms as such attorney shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
                'filings-only': 'complete and execute such {grant-forms} and other forms as such attorney shall in {agent-possessive} discretion determine to be required or advisable pursuant to {grant-statutes} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}'
            },
            note: 'The `forms-together` power as the 2012 form words it: "as such attorney shall in his discretion", not "as any such attorney-in-fact and agent".',
            example: 'sec16_solarcity-musk-witness-2012'
        }
    ]
};

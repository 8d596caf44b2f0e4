/**
 * The grant paragraph: the appointment followed by the powers. `{powers}`
 * lists them as the default wording does (", to ..." for one power, ": (1) to
 * ...; and (2) to ..." for several); `{powers-enumerated}` always numbers them.
 */
import type { ClausePhrases } from './phrase-style.js';

export const grant: ClausePhrases = {
    clause: 'grant',
    styles: [
        { id: 'infinitives', label: '..., with full power of substitution, to ... hereby ratifying ...', template: '{appointment}{powers}[, {ratification}].', example: 'Hartford 2007 Section 16 power' },
        {
            id: 'numbered',
            label: '... true and lawful attorney-in-fact to: (1) execute ...; (2) do and perform ...; and (3) take any other action ...',
            template: '{appointment} to: {powers-enumerated}[, {ratification}].',
            note: 'The classic EDGAR Section 16 form; pair it with the `classic` style of each power.',
            example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022'
        },
        {
            id: 'numbered-capitals',
            label: '... attorney-in-fact to: (1) Execute ...; (2) Perform ...; and (3) Take any other action ...',
            template: '{appointment} to: {powers-enumerated-capitals}[, {ratification}].',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012, sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'lettered',
            label: '... attorneys-in-fact and agents ..., to: (a) prepare ...; (b) execute ...; (c) do and perform ...; and (d) take any other action ...',
            template: '{appointment} to: {powers-lettered}[, {ratification}].',
            note: 'The classic EDGAR Section 16 form lettered instead of numbered.',
            example: 'sec16_affirm-levchin-2021'
        },
        {
            id: 'numbered-dots',
            label: '... attorneys-in-fact to: 1. complete and execute ...; and 2. do all acts ... The undersigned hereby ratifies ...',
            template: '{appointment} to: {powers-dotted}.[ {ratification-sentence}]',
            note: 'The ratification is a sentence of its own: `ratifies-sentence` unless the file chooses another sentence style.',
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'joined',
            label: '... attorney-in-fact and agent to complete and execute ..., and to do all acts ... The undersigned hereby ratifies ...',
            template: '{appointment} {powers-joined}.[ {ratification-sentence}]',
            note: 'The powers in one unnumbered sentence, each with its "to"; the ratification is a sentence of its own (`ratifies-sentence` unless the file chooses another sentence style).',
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'one-sentence',
            label: '..., to sign ..., granting unto said attorneys-in-fact full power and authority ..., hereby ratifying ...',
            template: '{appointment}{powers}[, {incidental-authority}][, {ratification}].',
            note: 'Incidental authority inside the grant sentence, as signature-page powers write it.',
            example: 'regstmt_medicis-10k-1999'
        },
        {
            id: 'letter-confirms',
            label: 'This letter confirms that A, B and C are authorized and designated to sign ..., on my behalf.',
            template: 'This letter confirms that {agents} {agents:is|are} authorized and designated to sign {powers-enumerated}, {on-behalf}.',
            note: 'A confirming letter to the SEC (with `letter { ... }` and `voice first-person`).',
            example: 'sec16_tpg-boyce-letter-3yr-2003'
        },
        {
            id: 'will-confirm',
            label: 'This will confirm that, effective as of the date above, I have granted each of the individuals listed below the authority to, on my behalf, ... as my Attorney-In-Fact.',
            template: '[{supersession-sentence} ]This will confirm that, effective as of the date above, {subject} {has|have} granted each of the individuals listed below the authority to, {on-behalf}, {powers-enumerated}, as {pronoun-possessive} {designation-one}.',
            note: 'A confirming letter to the SEC (with `letter { ... }` and `voice first-person`); list the agents with `phrasing agents-list style as-follows`. A `supersedes ... worded "..."` is said first, before the confirmation, as the letter does.',
            example: 'sec16_microsoft-hoffman-letter-2024'
        },
        { id: 'roman-or', label: '...: (i) to ...; (ii) to ...; or (v) take any other action ...', template: '{appointment}: {powers-roman-or}.', example: 'sec16_23andme-botha-ocr-2024' },
        { id: 'then-ratification', label: '..., to sign .... The undersigned hereby ratifies ... (the ratification a sentence of its own)', template: '{appointment}{powers}.[ {ratification-sentence}]', note: 'The ratification is a sentence of its own: `ratifies-sentence` unless the file chooses another sentence style (`ratify-lawfully-sentence`).', example: 'other_dea-quota-certification-poa-21cfr1315-33' },
        {
            id: 'kept-whole',
            label: 'The whole grant paragraph in the instrument\'s own words, its appointment included (with `worded`)',
            template: '{powers-joined}',
            note: 'For a grant sentence kept whole as written ("The undersigned, as an officer or director of ..., hereby constitutes and appoints ..."): `grant style kept-whole { } worded "..."` prints the worded text alone, with no appointment of its own before it, where another style would print "The undersigned ... appoints [ATTORNEY-IN-FACT], ..." and then the text. Name the agents in an `agents` block too, so that the checks know them.',
            example: 'sec16_palantir-thiel-lawfirm-agents-2020'
        }
    ]
};

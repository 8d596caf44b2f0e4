/** Ratification: the principal confirms in advance what the agents do. */
import type { ClausePhrases } from './phrase-style.js';

export const ratification: ClausePhrases = {
    clause: 'ratification',
    styles: [
        { id: 'by-virtue-thereof', label: 'hereby ratifying and confirming all that said attorneys-in-fact shall do', template: 'hereby ratifying and confirming all that {said-agents}{agents:|,} shall do or cause to be done by virtue thereof', example: 'Hartford 2007 Section 16 power' },
        {
            id: 'substitutes',
            label: '... all that such attorney-in-fact, or such attorney-in-fact\'s substitute or substitutes, shall lawfully do',
            template: 'hereby ratifying and confirming all that such {designation-one}, or such {designation-one}\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            note: 'Covers the acts of substitutes as well as of the agents.',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'pronoun-substitutes',
            label: '... all that such attorney-in-fact, or her substitute or substitutes, shall lawfully do',
            template: 'hereby ratifying and confirming all that such {designation-one}, or {agent-possessive} substitute or substitutes, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            note: 'The pronoun is the agents\' (`pronoun she` on each agent), "his or her" when they do not state one.',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'of-for-and-on-behalf',
            label: 'hereby ratifying all that such attorney-in-fact of, for and on behalf of the undersigned, shall lawfully do ...',
            template: 'hereby ratifying all that such {designation-one} of, for and on behalf of {object}, shall lawfully do or cause to be done by virtue of this Limited {instrument}',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'ratifies-sentence',
            label: 'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do ... by virtue hereof. (a sentence of its own)',
            template: '{Subject} hereby {ratifies|ratify} and {confirms|confirm} all that said {designation} and agents shall do or cause to be done by virtue hereof.',
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022, sec16_solarcity-musk-witness-2012'
        },
        {
            id: 'each-of-said',
            label: 'hereby ratifying and confirming all that each of said attorneys-in-fact, or his substitute or substitutes, may do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that each of said {designation}, or his substitute or substitutes, may do or cause to be done by virtue hereof',
            example: 'regstmt_apple-10k-2024'
        },
        {
            id: 'their-substitutes',
            label: 'hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes may lawfully do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that said {designation}, or their substitute or substitutes may lawfully do or cause to be done by virtue hereof',
            example: 'regstmt_medicis-10k-1999'
        },
        {
            id: 'thereby-each-act',
            label: 'thereby ratifying and confirming each act that said attorneys-in-fact and agents may lawfully do ... by virtue thereof',
            template: 'thereby ratifying and confirming each act that said {designation} may lawfully do or cause to be done by virtue thereof',
            example: 'regstmt_s3-exhibit24-3-kessel-2001'
        },
        {
            id: 'pronoun-substitute',
            label: '... all that such attorney-in-fact, or his substitute, shall lawfully do ...',
            template: 'hereby ratifying and confirming all that such {designation-one}, or {agent-possessive} substitute, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            note: 'The pronoun is the agents\' (`pronoun he` on each agent), "his or her" when they do not state one.',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'lawfully',
            label: '... all that such attorney-in-fact shall lawfully do',
            template: 'hereby ratifying and confirming all that such {designation-one} shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'their-substitute',
            label: 'hereby ratifying and confirming all that said attorneys-in-fact, or their substitute, may do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that said {designation}, or their substitute, may do or cause to be done by virtue hereof',
            example: 'regstmt_microsoft-s8-posam-2004'
        },
        {
            id: 'their-substitutes-lawfully',
            label: 'hereby ratifying and confirming all that said attorneys-in-fact and agents, or their substitute or substitutes, may lawfully do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that said {designation}, or their substitute or substitutes, may lawfully do or cause to be done by virtue hereof',
            example: 'regstmt_gcm-grosvenor-s3-2025'
        },
        {
            id: 'or-any-of-them',
            label: 'hereby ratifying and confirming all that said attorneys-in-fact and agents, or any of them, may lawfully do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that said {designation}, or any of them, may lawfully do or cause to be done by virtue hereof',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'substitutes-and-prior-acts',
            label: 'hereby ratifying and confirming all that each such attorney-in-fact, or such attorney-in-fact\'s substitute or substitutes, shall lawfully do ... The undersigned also ratifies hereby any action previously taken ...',
            template: 'hereby ratifying and confirming all that each such {designation-one}, or such {designation-one}\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted. {Subject} also {ratifies|ratify} hereby any action previously taken by each {designation-one} that would have been authorized by this {instrument} if it has been in effect at the time such action was taken',
            note: 'Also ratifies what the agents did before the power was signed; "has" is the filing\'s own word.',
            example: 'sec16_rubicon-selby-ratify-2023'
        },
        {
            id: 'his-or-her-substitutes',
            label: 'hereby ratifying and confirming all that said attorney-in-fact, or his or her substitute or substitutes, may do ... by virtue hereof',
            template: 'hereby ratifying and confirming all that said {designation}, or his or her substitute or substitutes, may do or cause to be done by virtue hereof',
            note: 'The signature-page power of a Form 10-K signed by each person below, each naming the agents "his or her" own.',
            example: 'regstmt_salesforce-10k-2025 (held out)'
        },
        {
            id: 'ratify-lawfully-sentence',
            label: 'I hereby ratify and confirm all that said attorney must lawfully do or cause to be done by virtue hereof. (a sentence of its own)',
            template: '{Subject} hereby {ratifies|ratify} and {confirms|confirm} all that said {designation} must lawfully do or cause to be done by virtue hereof.',
            note: '"must" as the DEA format (21 CFR 1315.33(c)) prints it.',
            example: 'other_dea-quota-certification-poa-21cfr1315-33'
        },
        {
            id: 'whatever-shall-do',
            label: 'The undersigned ratifies and confirms whatever the attorney shall do by virtue of this agreement.',
            template: '{Subject} {ratifies|ratify} and {confirms|confirm} whatever the {designation} shall do by virtue of this {instrument}.',
            example: 'other_nhtsa-securities-bond-poa-49cfr591-appc'
        },
        {
            id: 'substitutes-lower-case',
            label: '... such attorney-in-fact\'s substitute or substitutes, shall lawfully do ... by virtue of this power of attorney (the instrument named in lower case)',
            template: 'hereby ratifying and confirming all that such {designation-one}, or such {designation-one}\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted',
            note: 'The classic EDGAR form names the instrument in lower case here and "This Power of Attorney" elsewhere: this style keeps the lower case whatever the instrument-name style.',
            example: 'sec16_endeavor-musk-2021, sec16_affirm-levchin-2021, sec16_abcellera-thiel-2020, sec16_mongodb-botha-cooley-form5-2020, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'ratifies-designation-sentence',
            label: 'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agents shall do ... by virtue hereof. (the agents as the appointment calls them)',
            template: '{Subject} hereby {ratifies|ratify} and {confirms|confirm} all that said {designation} shall do or cause to be done by virtue hereof.',
            note: 'As `ratifies-sentence`, for agents appointed as "attorney-in-fact and agent" (`called "attorneys-in-fact and agents"`): the designation already says "and agents".',
            example: 'sec16_solarcity-musk-witness-2012'
        },
        {
            id: 'substitutes-lower-case-all-such',
            label: '... hereby ratifying and confirming all such attorney-in-fact, or such attorney-in-fact\'s substitute or substitutes, shall lawfully do ... (without "that")',
            template: 'hereby ratifying and confirming all such {designation-one}, or such {designation-one}\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this power of attorney and the rights and powers herein granted',
            note: 'As `substitutes-lower-case`, with "all such" where that style says "all that such", as the filed power prints it.',
            example: 'sec16_eventbrite-botha-2018'
        },
        {
            id: 'ratifies-sentence-and-agent',
            label: 'The undersigned hereby ratifies and confirms all that said attorneys-in-fact and agent shall do ... by virtue hereof. ("and agent" in the singular, as filed)',
            template: '{Subject} hereby {ratifies|ratify} and {confirms|confirm} all that said {designation} and agent shall do or cause to be done by virtue hereof.',
            note: 'The `ratifies-sentence` form as some powers print it, "agent" left in the singular after the plural designation.',
            example: 'sec16_linkedin-hoffman-trust-2011'
        },
        {
            id: 'each-such-or-any-such-substitutes',
            label: '... hereby ratifying and confirming all that each such attorney-in-fact, or any such attorney-in-fact\'s substitute or substitutes, shall lawfully do ...',
            template: 'hereby ratifying and confirming all that each such {designation-one}, or any such {designation-one}\'s substitute or substitutes, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            note: 'The classic ratification (`substitutes`) for several agents each acting alone: "each such" agent and "any such" agent\'s substitutes.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'substitutes-plural-as-filed',
            label: '... all that such attorney-in-fact, or such attorneys-in-fact substitute or substitutes, shall lawfully do (the substitutes\' holder in the plural, no apostrophe, as filed)',
            template: 'hereby ratifying and confirming all that such {designation-one}, or such {designation-plural} substitute or substitutes, shall lawfully do or cause to be done by virtue of this {instrument} and the rights and powers herein granted',
            note: 'The classic ratification (`substitutes`) as some powers print it: "such attorneys-in-fact substitute" is the filing\'s own words, kept as filed.',
            example: 'sec16_joby-hoffman-annex-2021'
        }
    ]
};

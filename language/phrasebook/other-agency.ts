/**
 * The last of a filing's venues, "such other person or agency as the attorneys-in-fact shall deem appropriate"
 * (the venues `otherAgencies` and, for a power that speaks of one agent, `otherAgency`): the agents who choose the
 * venue are named as the instrument refers to them elsewhere, by their designation, after "the" or "such".
 */
import type { ClausePhrases } from './phrase-style.js';

export const otherAgency: ClausePhrases = {
    clause: 'other-agency',
    styles: [
        {
            id: 'the-attorneys-in-fact',
            label: 'such other person or agency as the attorneys-in-fact shall deem appropriate (the attorney-in-fact, for `otherAgency`)',
            template: 'such other person or agency as the attorneys-in-fact shall deem appropriate',
            variants: {
                'one': 'such other person or agency as the attorney-in-fact shall deem appropriate'
            },
            note: 'The venues\' catalog wording: `otherAgencies` speaks of the attorneys-in-fact, `otherAgency` (variant `one`) of one attorney-in-fact.',
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'the-attorney',
            label: 'such other person or agency as the attorney shall deem appropriate',
            template: 'such other person or agency as the attorney shall deem appropriate',
            note: 'The agents chosen as "the attorney", as the 2012 form of the "Securities Law Compliance" power words it (with `securities-power` `forms-together-such-attorney`).',
            example: 'sec16_solarcity-musk-witness-2012'
        },
        {
            id: 'such-designation-one-and-agent',
            label: 'such other person or agency as such attorney-in-fact and agent shall deem appropriate',
            template: 'such other person or agency as such {designation-one} and agent shall deem appropriate',
            note: 'As the `forms-together` power words the agents ("any such attorney-in-fact and agent"), for agents called attorneys-in-fact.',
            example: 'sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'such-designation-one',
            label: 'such other person or agency as such attorney-in-fact shall deem appropriate (the agents as the appointment calls them)',
            template: 'such other person or agency as such {designation-one} shall deem appropriate',
            note: 'For agents appointed under a designation of their own (`called "attorneys-in-fact and agents"`): "as such attorney-in-fact and agent".'
        },
        {
            id: 'the-designation',
            label: 'such other person or agency as the attorneys-in-fact shall deem appropriate (the agents as the appointment calls them, in their number)',
            template: 'such other person or agency as the {designation} shall deem appropriate',
            note: 'The agents\' designation in the singular for one agent, in the plural for several.'
        }
    ]
};

/**
 * An agent's authority ending when that agent leaves the company or firm
 * (`term { lapses for any agent on leaving acme and subsidiaries, "Cooley LLP" }`):
 * the power goes on for the other agents. A style whose template starts with
 * a comma continues the term's sentence; any other style is a sentence of its
 * own after it. Term styles that list the ends ("until the earliest of ...")
 * word the agent's departure as one of their items (`term-end` styles
 * `earliest-of` and `earliest-to-occur`), and then this clause adds nothing.
 */
import type { ClausePhrases, PhraseStyle } from './phrase-style.js';

export const agentDeparture: ClausePhrases = {
    clause: 'agent-departure',
    styles: [
        {
            id: 'expire-as-to-agent',
            label: 'This Power of Attorney shall expire as to any individual attorney-in-fact if such attorney-in-fact ceases to be an employee of the Company.',
            template: 'This {instrument} shall expire as to any individual {designation-one} if such {designation-one} ceases to be {departure-role} of {departure-employers}.',
            example: 'sec16_abcellera-thiel-2020'
        },
        {
            id: 'except-in-respect',
            label: '..., except that in respect of any person herein appointed as an attorney-in-fact ..., this Power of Attorney shall ... cease to be effective ... at such time as such person shall no longer be ... of the Company',
            template: ', except that in respect of any person herein appointed as {a-designation-one} of {object}, this {instrument} shall be revoked and shall cease to be effective immediately with respect to such person at such time as such person shall no longer be {departure-role} of {departure-employers}',
            note: 'Continues the term\'s sentence, after "unless earlier revoked ...".',
            example: 'sec16_affirm-levchin-2021'
        }
    ]
};

/** `term-end` styles that list the ends of the power, the agent's departure among them. */
export const earliestOfTermEnds: readonly PhraseStyle[] = [
    {
        id: 'earliest-of',
        label: 'shall remain in full force and effect until the earliest of: (1) the undersigned is no longer required to file ...; (2) this Power of Attorney is revoked ...; or (3) as to a specific attorney-in-fact, the employment of such attorney-in-fact with the Company is terminated',
        template: 'remain in full force and effect until revoked[ {revocation}]',
        variants: {
            'section16': 'remain in full force and effect until the earliest of: (1) {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of, and transactions in, securities issued by {status-issuer-or-company}[; (2) this {instrument} is revoked {revocation}][; or (3) as to a specific {designation-one}, the employment of such {designation-one} with {departure-employers} is terminated]',
            'status': 'remain in full force and effect until the earliest of: (1) {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of, and transactions in, securities issued by {status-issuer-or-company}[; (2) this {instrument} is revoked {revocation}][; or (3) as to a specific {designation-one}, the employment of such {designation-one} with {departure-employers} is terminated]'
        },
        note: 'Words the revocation and an agent\'s departure (`lapses for any agent on leaving ...`) as items of the list.',
        example: 'sec16_eventbrite-botha-2018'
    },
    {
        id: 'earliest-to-occur',
        label: 'shall remain in full force and effect until the earliest to occur of (a) the undersigned is no longer required to file ..., (b) revocation by the undersigned ... or (c) as to any attorney-in-fact individually, until such attorney-in-fact is no longer employed by the Company',
        template: 'remain in full force and effect until revoked[ {revocation}]',
        variants: {
            'section16': 'remain in full force and effect until the earliest to occur of (a) {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}[, [{or-unless-departure}](b) revocation {revocation}][ or (c) as to any {designation-one} individually, until such {designation-one} is no longer employed by {departure-employers}]',
            'status': 'remain in full force and effect until the earliest to occur of (a) {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}[, [{or-unless-departure}](b) revocation {revocation}][ or (c) as to any {designation-one} individually, until such {designation-one} is no longer employed by {departure-employers}]'
        },
        note: 'Words the revocation and an agent\'s departure (`lapses for any agent on leaving ...`) as items of the list.',
        example: 'sec16_mongodb-botha-cooley-form5-2020, sec16_rubicon-selby-ratify-2023'
    }
];

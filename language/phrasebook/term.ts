/**
 * Supersession, the term and revocation, which securities powers write as one
 * sentence: "This authorization shall supersede ..., and shall remain in
 * effect ..., unless earlier revoked by the undersigned in a signed writing
 * delivered to ...". Each part is a phrase; the renderer joins the parts.
 */
import type { ClausePhrases } from './phrase-style.js';

export const instrumentName: ClausePhrases = {
    clause: 'instrument-name',
    styles: [
        { id: 'by-kind', label: 'authorization (securities powers) / power of attorney', template: 'power of attorney', variants: { securities: 'authorization' }, example: 'Hartford 2007 Section 16 power' },
        { id: 'power-of-attorney', label: 'Power of Attorney', template: 'Power of Attorney', example: 'sec16_endeavor-musk-2021' },
        { id: 'limited-power-of-attorney', label: 'Limited Power of Attorney', template: 'Limited Power of Attorney', example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020' },
        { id: 'authorization-and-designation', label: 'authorization and designation (a confirming letter)', template: 'authorization and designation', example: 'sec16_tpg-boyce-letter-3yr-2003' }
    ]
};

export const supersession: ClausePhrases = {
    clause: 'supersession',
    styles: [
        {
            id: 'supersede',
            label: 'shall supersede all prior authorizations ..., which prior authorizations are hereby revoked',
            template: 'supersede all prior {prior-what} to act for {object}[ with respect to securities of {superseded-issuer} in these matters]',
            variants: {
                'all-revoking': 'supersede all prior {prior-what} to act for {object}[ with respect to securities of {superseded-issuer} in these matters], which prior {prior-what} are hereby revoked',
                'date': 'supersede the power of attorney granted by {object} and dated {superseded-dates}, which is hereby revoked',
                'dates': 'supersede the powers of attorney granted by {object} and dated {superseded-dates}, which are hereby revoked',
                'nothing': 'This {instrument} does not revoke any power of attorney previously granted by {object}.'
            },
            example: 'Hartford 2007 Section 16 power'
        }
    ]
};

export const termStart: ClausePhrases = {
    clause: 'term-start',
    styles: [
        {
            id: 'become-effective',
            label: 'shall become effective on ...',
            template: 'become effective on {start-date}',
            variants: {
                'immediately': 'become effective immediately',
                'springing': 'This {instrument} shall become effective upon {possessive} incapacity[, as determined {determination}].'
            }
        }
    ]
};

export const termEnd: ClausePhrases = {
    clause: 'term-end',
    styles: [
        {
            id: 'remain-in-effect',
            label: 'shall remain in effect for so long as ...',
            template: 'remain in effect until revoked',
            variants: {
                'date': 'remain in effect until {end-date}',
                'duration': 'remain in effect for {duration} from the date of its execution',
                'death': 'remain in effect until {death}',
                'completion': 'terminate upon the completion of the purpose for which it is given',
                'section16': 'remain in effect for so long as {subject}[ ({capacity})] {has|have} any obligations under {section16}[ with respect to securities of {status-issuer}]',
                'status': 'remain in effect for so long as {subject}[ ({capacity})] {is|are} required to file reports under {status-statute}[ with respect to securities of {status-issuer}]'
            },
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'no-longer-required',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4, and 5 ...',
            template: 'remain in full force and effect until revoked',
            variants: {
                'date': 'remain in full force and effect until {end-date}',
                'revoked': 'remain in full force and effect until revoked[ {revocation}]',
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}'
            },
            example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'no-longer-required-reports',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4 and 5 ... (the Section 16(a) reports only, though the grant also names Form ID)',
            template: 'remain in full force and effect until revoked',
            variants: {
                'date': 'remain in full force and effect until {end-date}',
                'revoked': 'remain in full force and effect until revoked[ {revocation}]',
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-reports} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-reports} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}'
            },
            note: 'As `no-longer-required`, but the term names only the forms Section 16(a) requires; use `no-longer-required` where the filing repeats every form of the grant (Rumble 2023).',
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'valid-from-letter',
            label: 'shall be valid for three years from the date of this letter',
            template: 'remain valid until revoked',
            variants: {
                'duration': 'be valid for {duration-words} from the date of this letter',
                'date': 'be valid until {end-date}'
            },
            example: 'sec16_tpg-boyce-letter-3yr-2003'
        },
        {
            id: 'anniversary',
            label: 'shall be effective as of the date written below, and unless sooner revoked, shall terminate upon the fifth (5th) anniversary ...',
            template: 'remain in full force and effect until revoked',
            variants: {
                'duration': 'be effective as of the date written below, and unless sooner revoked, shall terminate upon the {anniversary} anniversary of the date written below',
                'date': 'be effective as of the date written below, and unless sooner revoked, shall terminate on {end-date}'
            },
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        }
    ]
};

export const durability: ClausePhrases = {
    clause: 'durability',
    styles: [
        {
            id: 'lapse-of-time',
            label: 'shall not be affected by subsequent disability or incapacity, or by lapse of time',
            template: 'This {instrument} shall not be affected by {possessive} subsequent disability or incapacity, or by lapse of time.',
            variants: { 'not-durable': 'This {instrument} shall terminate upon {possessive} disability or incapacity.' }
        }
    ]
};

export const revocation: ClausePhrases = {
    clause: 'revocation',
    styles: [
        {
            id: 'by-the-undersigned',
            label: 'by the undersigned in a signed writing delivered to the foregoing attorneys-in-fact',
            template: 'by {object} in a signed writing[ delivered to {revocation-recipients}]',
            variants: { 'written-notice': 'by {object} by written notice[ delivered to {revocation-recipients}]' },
            example: 'Hartford 2007 Section 16 power'
        }
    ]
};

/** The words that tie revocation to the term, or stand alone when the term does not end by itself. */
export const revocationFrame: ClausePhrases = {
    clause: 'revocation-frame',
    styles: [
        {
            id: 'unless-earlier-revoked',
            label: ', unless earlier revoked ...',
            template: ', unless earlier revoked {revocation}',
            variants: { 'alone': 'This {instrument} may be revoked at any time {revocation}.' }
        }
    ]
};

/**
 * Each agent's authority ends when that agent leaves the company (`agents while "..."`):
 * a sentence of its own, or a tail of the term's sentence (a template that begins with a comma).
 */
export const agentTerm: ClausePhrases = {
    clause: 'agent-term',
    styles: [
        {
            id: 'expire-as-to',
            label: 'This Power of Attorney shall expire as to any individual attorney-in-fact if such attorney-in-fact ceases to be ...',
            template: 'This {instrument} shall expire as to any individual {designation-one} if such {designation-one} ceases to be {agent-status}.',
            example: 'sec16_abcellera-thiel-2020'
        },
        {
            id: 'except-that',
            label: '..., except that in respect of any person herein appointed as an attorney-in-fact ..., this Power of Attorney shall be revoked ... at such time as such person shall no longer be ...',
            template: ', except that in respect of any person herein appointed as an {designation-one} of {object}, this {instrument} shall be revoked and shall cease to be effective immediately with respect to such person at such time as such person shall no longer be {agent-status}',
            example: 'sec16_affirm-levchin-2021'
        }
    ]
};


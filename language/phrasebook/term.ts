/**
 * Supersession, the term and revocation, which securities powers write as one
 * sentence: "This authorization shall supersede ..., and shall remain in
 * effect ..., unless earlier revoked by the undersigned in a signed writing
 * delivered to ...". Each part is a phrase; the renderer joins the parts.
 */
import { earliestOfTermEnds } from './agent-departure.js';
import type { ClausePhrases } from './phrase-style.js';

export const instrumentName: ClausePhrases = {
    clause: 'instrument-name',
    styles: [
        { id: 'by-kind', label: 'authorization (securities powers) / power of attorney', template: 'power of attorney', variants: { securities: 'authorization' }, example: 'Hartford 2007 Section 16 power' },
        { id: 'power-of-attorney', label: 'Power of Attorney', template: 'Power of Attorney', example: 'sec16_endeavor-musk-2021' },
        { id: 'limited-power-of-attorney', label: 'Limited Power of Attorney', template: 'Limited Power of Attorney', example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020' },
        { id: 'authorization-and-designation', label: 'authorization and designation (a confirming letter)', template: 'authorization and designation', example: 'sec16_tpg-boyce-letter-3yr-2003' },
        { id: 'power-of-attorney-lower', label: 'power of attorney (lower case, whatever the kind)', template: 'power of attorney', example: 'regstmt_gcm-grosvenor-s3-2025, sec16_founder-spac-selby-13d-2021' },
        { id: 'agreement', label: 'agreement (a power of attorney and agreement, as the NHTSA bond form calls itself)', template: 'agreement', example: 'other_nhtsa-securities-bond-poa-49cfr591-appc' },
        { id: 'special-power-of-attorney', label: 'Special Power of Attorney', template: 'Special Power of Attorney', example: 'sec16_gates-foundation-trust-cotrustees-2007' }
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
        },
        {
            id: 'replaces-previous',
            label: 'This power of attorney replaces any previous power of attorney with respect to the subject matter hereof ... may be considered withdrawn and revoked.',
            template: 'This {instrument} replaces any previous {instrument} with respect to the subject matter hereof.',
            variants: { 'all-revoking': 'This {instrument} replaces any previous {instrument} with respect to the subject matter hereof and any previous {instrument} with respect to the subject matter hereof may be considered withdrawn and revoked.' },
            note: 'A sentence of its own: said where a grant or acknowledgment style places {supersession-sentence} (the acknowledgment style `no-duty`).',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'supersedes-capacity',
            label: 'This Power of Attorney supersedes any prior power of attorney in connection with the undersigned\'s capacity as an officer and/or director of the Company.',
            template: 'This {instrument} supersedes any prior power of attorney in connection with {possessive} capacity as {capacity-as}.',
            note: 'A sentence of its own after the term; the principal\'s role (`role "officer and/or director"`) names the capacity.',
            example: 'sec16_abcellera-thiel-2020'
        },
        {
            id: 'revokes-and-replaces',
            label: 'This Power of Attorney revokes and replaces any prior Power of Attorney executed by the undersigned with respect to ... securities of the Company.',
            template: 'This {instrument} revokes and replaces any prior Power of Attorney executed by {object} with respect to the ownership, acquisition, or disposition of securities of {issuer}.',
            note: 'A sentence of its own after the term.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'revoke-prior',
            label: 'I revoke my prior Microsoft Corporation - Power of Attorney. (a letter that replaces the power of the same title)',
            template: '{Subject} {revokes|revoke} {possessive} prior {superseded-issuer-name} - {instrument}.',
            variants: { 'all-revoking': '{Subject} {revokes|revoke} {possessive} prior {superseded-issuer-name} - {instrument}.' },
            note: 'A sentence of its own, which revokes: write `supersedes all prior powers for ISSUER securities revoking them`. The issuer\'s name is part of the prior instrument\'s title, so it is not the issuer\'s first mention (a short name the issuer is `called` comes later). Said first where a grant style places {supersession-sentence} (`will-confirm`).',
            example: 'sec16_microsoft-hoffman-letter-2024'
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
            note: 'The term names the forms the filings of its statutes govern: "Forms 3, 4 and 5", not a Form ID filed beside them.',
            example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022, sec16_rumble-sacks-13d13g-2023, sec16_solarcity-musk-witness-2012'
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
        },
        {
            id: 'until-either',
            label: 'shall remain in full force and effect until either (i) I am no longer subject to the reporting requirements under Section 16 ... or (ii) I have provided you with written notice withdrawing this authority',
            template: 'remain in full force and effect until revoked',
            variants: {
                'revoked': 'remain in full force and effect until {subject} {has|have} provided you with written notice withdrawing this authority',
                'section16': 'remain in full force and effect until either (i) {subject} {is|are} no longer subject to the reporting requirements under {section16} or (ii) {subject} {has|have} provided you with written notice withdrawing this authority',
                'status': 'remain in full force and effect until either (i) {subject} {is|are} no longer subject to the reporting requirements under {status-statute} or (ii) {subject} {has|have} provided you with written notice withdrawing this authority'
            },
            note: 'For a letter in the first person ("I am"); the revocation is worded in the term: pair with the revocation-frame style `in-term`.',
            example: 'sec16_microsoft-hoffman-letter-2024'
        },
        {
            id: 'continue-until-revokes',
            label: 'shall continue in full force and effect until the undersigned revokes such authorization by written instructions to the attorneys-in-fact',
            template: 'continue in full force and effect until revoked',
            variants: {
                'revoked': 'continue in full force and effect until {subject} {revokes|revoke} such authorization by written instructions to the {legal-designation}',
                'date': 'continue in full force and effect until {end-date}'
            },
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'be-in-effect',
            label: 'shall be in effect until December 31, 2020',
            template: 'be in effect until revoked',
            variants: { 'date': 'be in effect until {end-date}' },
            note: 'A short letter\'s term ("This authorization shall be in effect until ...").',
            example: 'sec16_sinclair-mccanna-letter-2020 (held out)'
        },
        ...earliestOfTermEnds,
        {
            id: 'until-withdrawn',
            label: 'shall remain in full force and effect until withdrawn by the undersigned',
            template: 'remain in full force and effect until withdrawn by {subject}',
            variants: {
                'date': 'remain in full force and effect until {end-date}, unless withdrawn earlier by {subject}'
            },
            example: 'sec16_gates-foundation-trust-cotrustees-2007'
        },
        {
            id: 'no-longer-required-reports',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file Form 3, 4 or 5 reports ...',
            template: 'remain in full force and effect until revoked',
            variants: {
                'date': 'remain in full force and effect until {end-date}',
                'revoked': 'remain in full force and effect until revoked[ {revocation}]',
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms-singular} reports with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms-singular} reports with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}'
            },
            note: 'The forms named in the singular, as a grant of "any and all Form 3, 4 or 5 reports" names them.',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'no-longer-required-holdings-and',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file Forms 3, 4, and 5 with respect to the undersigned\'s holdings and transactions in securities ...',
            template: 'remain in full force and effect until revoked',
            variants: {
                'date': 'remain in full force and effect until {end-date}',
                'revoked': 'remain in full force and effect until revoked[ {revocation}]',
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file {status-forms} with respect to {possessive} holdings and transactions in securities issued by {status-issuer-or-company}'
            },
            note: 'As `no-longer-required`, with "holdings and transactions" where that style says "holdings of and transactions".',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'no-longer-required-grant-forms',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file Form ID, Forms 3, 4, 5, 13D and 13G, as applicable, ... (every form of the grant)',
            template: 'remain in full force and effect until revoked',
            variants: {
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file {grant-forms-applicable} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file {grant-forms-applicable} with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}'
            },
            note: 'The term names every form the grant names, a Form ID included, as the powers list them.',
            example: 'sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'no-longer-required-such-forms',
            label: 'shall remain in full force and effect until the undersigned is no longer required to file such forms with respect to the undersigned\'s holdings of and transactions in securities ...',
            template: 'remain in full force and effect until revoked',
            variants: {
                'section16': 'remain in full force and effect until {subject} {is|are} no longer required to file such forms with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}',
                'status': 'remain in full force and effect until {subject} {is|are} no longer required to file such forms with respect to {possessive} holdings of and transactions in securities issued by {status-issuer-or-company}'
            },
            note: 'As `no-longer-required`, the forms named by "such forms": the forms the grant lists before it.',
            example: 'sec16_abcellera-thiel-2020'
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
            variants: {
                'written-notice': 'by {object} by written notice[ delivered to {revocation-recipients}]',
                'writing': 'by {object} in a writing[ delivered to {revocation-recipients}]'
            },
            note: '`revocation by writing`: "in a writing", where the power does not say the writing is signed (the "Securities Law Compliance" form).',
            example: 'Hartford 2007 Section 16 power, sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'to-attorney-in-fact',
            label: 'by the undersigned in a signed writing delivered to the foregoing attorney-in-fact (in the singular, whatever the number of agents)',
            template: 'by {object} in a signed writing[ delivered to {revocation-recipients-one}]',
            variants: {
                'written-notice': 'by {object} by written notice[ delivered to {revocation-recipients-one}]',
                'writing': 'by {object} in a writing[ delivered to {revocation-recipients-one}]'
            },
            note: 'Some powers that name several agents say "the foregoing attorney-in-fact" here, as the classic form says "such attorney-in-fact".',
            example: 'sec16_rubicon-selby-ratify-2023'
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
        },
        {
            id: 'unless-revoked-no-comma',
            label: 'unless earlier revoked ... (no comma before "unless")',
            template: ' unless earlier revoked {revocation}',
            variants: { 'alone': 'This {instrument} may be revoked at any time {revocation}.' },
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'in-term',
            label: '(nothing: the term itself words the revocation, as in "the earliest to occur of ... (b) revocation ...")',
            template: '',
            variants: { 'alone': 'This {instrument} may be revoked at any time {revocation}.' },
            example: 'sec16_rubicon-selby-ratify-2023'
        }
    ]
};

/** The subject of the term sentence, where a firm's form does not say "This power of attorney shall". */
export const termFrame: ClausePhrases = {
    clause: 'term-frame',
    styles: [
        { id: 'this-shall', label: 'This power of attorney shall ...', template: 'This {instrument} shall ' },
        {
            id: 'copy-filed',
            label: 'A copy of this power of attorney shall be filed with the SEC. The authorization set forth above shall ...',
            template: 'A copy of this {instrument} shall be filed with {sec}. The authorization set forth above shall ',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'such-power-of-attorney',
            label: 'Such power of attorney shall ... (a letter that grants "the authority" and then names it so)',
            template: 'Such power of attorney shall ',
            note: 'In lower case whatever the instrument-name style, as the letter words it after calling itself "this Power of Attorney".',
            example: 'sec16_microsoft-hoffman-letter-2024'
        }
    ]
};


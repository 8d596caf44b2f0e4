/**
 * Parts of printed forms that most powers do not have: the principal named at the head of the
 * form (a registrant's name, address and registration number) and the notary's certificate in the
 * words of an older form. (The attorney-in-fact's signed affirmation is a style of `agent-acceptance`.) Each is off (the default style) unless chosen.
 */
import type { ClausePhrases } from './phrase-style.js';

export const principalHeading: ClausePhrases = {
    clause: 'principal-heading',
    styles: [
        { id: 'no-heading', label: '(no heading: the principal is named in the opening)', template: '' },
        {
            id: 'name-address-registration',
            label: 'The registrant\'s name, address and registration number, a line each, above the opening',
            template: '{principal-name}\n{principal-address}\n{principal-registration}',
            note: 'A line the principal does not give (no `address`, no `registration-number`) is left out; `blank "..."` values print as captioned blanks.',
            example: 'other_dea-quota-certification-poa-21cfr1315-33'
        }
    ]
};

export const notary: ClausePhrases = {
    clause: 'notary',
    styles: [
        {
            id: 'by-jurisdiction',
            label: 'ACKNOWLEDGMENT: the certificate of the jurisdiction (N.Y. Real Prop. Law § 309-a, Cal. Civ. Code § 1189, else the short form of RULONA § 16)',
            template: '',
            note: 'Drawn by the renderer from `jurisdiction`.'
        },
        {
            id: 'before-me-personally-appeared',
            label: 'Before me, the undersigned, a notary public within and for the County of ... in the State of ..., personally appeared ... and acknowledged the execution of the foregoing power of attorney. Witness my hand and notarial seal this ... day of ...',
            template: 'Before me, the undersigned, a notary public within and for the County of {notary-county} in the State of {notary-state}, personally appeared {notary-appeared} and acknowledged the execution of the foregoing power of attorney.\nWitness my hand and notarial seal {notary-date}.',
            note: 'The older short form. `notary acknowledgment in blank 12 county blank 12` leaves the state and county blank; the date of the certificate is `dated blank 10`, or a date (else a blank).',
            example: 'other_nhtsa-securities-bond-poa-49cfr591-appc'
        },
        {
            id: 'certify-satisfactory-evidence',
            label: 'State of ... / County of ... / I certify that I know or have satisfactory evidence that ... is the person who appeared before me, and said person acknowledged that he signed this instrument as his free and voluntary act ... / Dated: ...',
            template: 'State of {notary-state}\nCounty of {notary-county}\nI certify that I know or have satisfactory evidence that {notary-appeared} is the person who appeared before me, and said person acknowledged that {notary-pronoun} signed this instrument as {notary-possessive} free and voluntary act for the uses and purposes mentioned in the instrument.\nDated: {notary-plain-date}\n{notary-signature}\n{notary-name}',
            note: 'The Washington certificate for an individual, in the words of the Special Limited Power of Attorney given by Michael Larson for William H. Gates III, August 12, 2008 (EDGAR accession 0001104659-09-010124, exhibit 24.2, notarized in King County, Washington). The signer is named in the third person whatever the instrument\'s voice ("he", "she", "they" from the principal\'s pronoun); the date is written "August 12, 2008" (`notary acknowledgment in "Washington" county "King" dated 2008-08-12`), a blank when not given; the notary\'s conformed signature and name under it, when the file gives them (`by "Christine Welch" conformed "/s/Christine Welch"`).',
            example: 'gates-larson-special-limited-2008 (held out)'
        }
    ]
};

/** A power given as security (`secures ...`): the pledge of deposited securities and the power to sell them on default. */
export const securityPower: ClausePhrases = {
    clause: 'security-power',
    styles: [
        {
            id: 'deposited-securities',
            label: 'to collect or to sell, assign, and transfer the securities described below ...: the securities deposited as security for a bond, sold on default without notice, the authority irrevocable',
            template: 'to collect or to sell, assign, and transfer the securities described below as follows: The securities having been deposited by {pronoun-object} as security for the performance of the agreements undertaken in {obligation}[, executed on the date of {obligation-date}], the terms and conditions of which are incorporated by reference into this power of attorney and {instrument} and made a part hereof. {Subject} {agrees|agree} that in case of any default in the performance of any of the agreements the {designation} shall have full power to collect the securities or any part thereof, or to sell, assign, and transfer the securities or any part thereof, or to sell, assign, and transfer the securities of any part thereof at public or private sale, without notice, free from any equity of redemption and without appraisement or valuation, notice and right to redeem being waived and to apply the proceeds of the sale or collection in whole or in part to the satisfaction of any obligation arising by reason of default[. {Subject} further {agrees|agree} that the authority granted by this {instrument} is {irrevocable}]',
            variants: {
                'with-notice': 'to collect or to sell, assign, and transfer the securities described below as follows: The securities having been deposited by {pronoun-object} as security for the performance of the agreements undertaken in {obligation}[, executed on the date of {obligation-date}], the terms and conditions of which are incorporated by reference into this power of attorney and {instrument} and made a part hereof. {Subject} {agrees|agree} that in case of any default in the performance of any of the agreements the {designation} shall have full power to collect the securities or any part thereof, or to sell, assign, and transfer the securities or any part thereof at public or private sale, and to apply the proceeds of the sale or collection in whole or in part to the satisfaction of any obligation arising by reason of default[. {Subject} further {agrees|agree} that the authority granted by this {instrument} is {irrevocable}]'
            },
            note: 'The words of the NHTSA form (49 CFR Part 591, Appendix C, including its "securities of any part thereof"); the variant `with-notice` (no `without notice`) leaves out the waiver of notice and redemption. Pair with the grant style `joined`.',
            example: 'other_nhtsa-securities-bond-poa-49cfr591-appc'
        }
    ]
};

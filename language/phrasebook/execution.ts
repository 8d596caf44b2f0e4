/** The testimonium and the date of execution. */
import type { ClausePhrases } from './phrase-style.js';

export const testimonium: ClausePhrases = {
    clause: 'testimonium',
    styles: [
        {
            id: 'witness-whereof',
            label: 'IN WITNESS WHEREOF, I have hereunto set my hand / the undersigned has executed this Power of Attorney',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} executed this Power of Attorney {when}[, at {place}].',
            variants: {
                'hand': 'IN WITNESS WHEREOF, I have hereunto set my hand {when}[, at {place}].',
                'hand-plural': 'IN WITNESS WHEREOF, we have hereunto set our hands {when}[, at {place}].',
                'entity': 'IN WITNESS WHEREOF, {subject} {has|have} caused this Power of Attorney to be executed by {its|their} duly authorized {signatory|signatories} {when}[, at {place}].'
            },
            note: '`testimonium hand` or `testimonium executed` in the execution block chooses the variant; an entity principal always gets the entity variant.',
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'no-testimonium',
            label: '(no testimonium: the signature follows the text, as on a counterpart signature page)',
            template: '',
            example: 'regstmt_s3-exhibit24-3-kessel-2001'
        },
        {
            id: 'caused',
            label: 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of ...',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} caused this {instrument} to be executed {when}[, at {place}].',
            example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022, sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'date-below',
            label: 'This Limited Power of Attorney is executed at San Mateo, California, as of the date set forth below.',
            template: 'This {instrument} is executed[ at {place},] as of the date set forth below.',
            note: 'The date is given under the signature: pair with a signature style that ends "Dated: ...".',
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'executed-instrument',
            label: 'IN WITNESS WHEREOF, the undersigned has executed this instrument as of the 12th day of January, 2021.',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} executed this instrument {when}[, at {place}].',
            example: 'sec16_affirm-levchin-2021'
        }
    ]
};

export const dating: ClausePhrases = {
    clause: 'dating',
    styles: [
        {
            id: 'this-day',
            label: 'this 26th day of July, 2007 / as of the 26th day of July, 2007 / on July 26, 2007',
            template: 'this {legal-date}',
            variants: { 'legal-as-of': 'as of the {legal-date}', 'plain': 'on {plain-date}', 'plain-as-of': 'as of {plain-date}' },
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'as-of-this',
            label: 'as of this 28th day of April, 2021',
            template: 'as of this {legal-date}',
            variants: { 'legal-as-of': 'as of this {legal-date}', 'plain': 'as of {plain-date}', 'plain-as-of': 'as of {plain-date}' },
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        }
    ]
};

/**
 * A signature line for a principal who signs in person, one template line per
 * printed line. The default (`signed-line`) is drawn by the renderer: a conformed
 * signature or a rule, with the name beneath unless the signature shows it.
 */
export const signature: ClausePhrases = {
    clause: 'signature',
    styles: [
        { id: 'signed-line', label: '/s/ Alan J. Kreczko, or a line to sign above the name', template: '{conformed}\n[{name}]' },
        { id: 'typed-name', label: '/s/ Elon Musk, with the typed name beneath', template: '{conformed}\n{name}', example: 'sec16_endeavor-musk-2021' },
        { id: 'print-name', label: 'Signature: /s/ ... / Print Name: ...', template: 'Signature: {conformed}\nPrint Name: {name}', example: 'sec16_yahoo-levchin-5yr-expiry-2012, sec16_meta-thiel-2022' },
        { id: 'print-name-dated', label: 'Signature: /s/ ... / Print Name: ... / Dated: September 14, 2020', template: 'Signature: {conformed}\nPrint Name: {name}\nDated: {plain-date}', example: 'sec16_palantir-thiel-lawfirm-agents-2020' },
        { id: 'typed-name-dated', label: '/s/ Elon Musk, the typed name, then Dated: August 2, 2012', template: '{conformed}\n{name}\nDated: {plain-date}', example: 'sec16_solarcity-musk-witness-2012' },
        { id: 'dated-typed-name', label: 'Dated: March 29, 2001, then /s/ Mark Kessel with the typed name and title beneath', template: 'Dated: {plain-date}\n{conformed}\n{name}\n[{title}]', example: 'regstmt_s3-exhibit24-3-kessel-2001' },
        { id: 'by-name', label: 'By: /s/ ... / Name: ...', template: 'By: {conformed}\nName: {name}', example: 'sec16_joby-hoffman-annex-2021' },
        { id: 'by-typed-name', label: 'By: /s/ ... with the typed name beneath', template: 'By: {conformed}\n{name}', example: 'sec16_reinvent-spac-hoffman-2021' },
        { id: 'signature-name', label: 'Signature: /s/ ... / Name: ...', template: 'Signature: {conformed}\nName: {name}', example: 'sec16_natera-botha-exhibit-a-2022' },
        { id: 'signature-printed-name', label: '/s/ ... above the word Signature, then Printed Name: ...', template: '{conformed}\nSignature\nPrinted Name: {name}', example: 'sec16_rumble-sacks-13d13g-2023' },
        { id: 'by-ruled-typed-name', label: 'By: /s/ ... on a ruled line, the typed name beneath', template: 'By: {conformed}\n-------------------------\n{name}', note: 'The signature line as filed copies print it, a rule of dashes.', example: 'sec16_reinvent-spac-hoffman-2021' },
        { id: 'by-ruled-name', label: 'By: /s/ ... and Name: ..., each on a ruled line', template: 'By: {conformed}\n-------------------------\nName: {name}\n-------------------------', note: 'The signature and name lines as filed copies print them, rules of dashes.', example: 'sec16_joby-hoffman-annex-2021' }
    ]
};

/**
 * A line before the testimonium when the signatures stand on a page of their own, as many filers print
 * it: `phrasing signature-page style follows`. The default prints nothing.
 */
export const signaturePage: ClausePhrases = {
    clause: 'signature-page',
    styles: [
        { id: 'no-line', label: '(nothing before the testimonium)', template: '' },
        { id: 'follows', label: '[Signature Page Follows]', template: '\\[Signature Page Follows\\]', example: 'sec16_affirm-levchin-2021, sec16_mongodb-botha-sequoia-2017' },
        { id: 'follows-capitals', label: '[SIGNATURE PAGE FOLLOWS]', template: '\\[SIGNATURE PAGE FOLLOWS\\]', example: 'sec16_rumble-sacks-13d13g-2023' }
    ]
};

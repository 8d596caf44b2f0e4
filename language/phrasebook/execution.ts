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
            note: '`testimonium hand` or `testimonium executed` in the execution block chooses the variant; an entity principal always gets the entity variant, in the third person whatever the voice ("the undersigned has caused ... by its duly authorized signatory").',
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
            id: 'undersigned-hands',
            label: 'IN WITNESS WHEREOF, the undersigned have hereunto set their hands as of this 28th day of March, 2025.',
            template: 'IN WITNESS WHEREOF, the undersigned have hereunto set their hands {when}[, at {place}].',
            note: 'For a power signed by several signatories in a table of signatures (`signatures { ... }`).',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'caused-date-below',
            label: 'IN WITNESS WHEREOF, the undersigned has caused this Power of Attorney to be executed as of the date written below.',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} caused this {instrument} to be executed as of the date written below.',
            note: 'The date is given with the signature: pair with signature `date-by-typed-name`.',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'executed-instrument',
            label: 'IN WITNESS WHEREOF, the undersigned has executed this instrument as of the 12th day of January, 2021.',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} executed this instrument {when}[, at {place}].',
            example: 'sec16_affirm-levchin-2021'
        },
        {
            id: 'set-hand',
            label: 'IN WITNESS WHEREOF, the undersigned has hereunto set his hand ... (in the voice of the text)',
            template: 'IN WITNESS WHEREOF, {subject} {has|have} hereunto set {pronoun-possessive} hand {when}[, at {place}].',
            note: '`testimonium hand` prints the first person ("I have hereunto set my hand") whatever the voice, as the Hartford power does; this style follows the voice and the pronoun.',
            example: 'first-empire-s8-wilmers-1996 (held out)'
        },
        {
            id: 'witnessed-signed',
            label: 'Witnessed and signed this ... day of ..., ....',
            template: 'Witnessed and signed {when}[, at {place}].',
            example: 'other_nhtsa-securities-bond-poa-49cfr591-appc'
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
        },
        {
            id: 'date-first-above',
            label: 'as of the date first set forth above (the date is printed above the text)',
            template: 'as of the date first set forth above',
            variants: { 'legal-as-of': 'as of the date first set forth above', 'plain': 'as of the date first set forth above', 'plain-as-of': 'as of the date first set forth above' },
            note: 'Pair with a date line above the text (`letter { dated ... }`).',
            example: 'sec16_rubicon-selby-ratify-2023'
        },
        {
            id: 'date-specified',
            label: 'as of the date specified (the date is printed with the signature)',
            template: 'as of the date specified',
            variants: { 'legal-as-of': 'as of the date specified', 'plain': 'as of the date specified', 'plain-as-of': 'as of the date specified' },
            note: 'Pair with a signature style that prints the date ("Dated: ..."), such as `dated-typed-line`.',
            example: 'first-empire-s8-wilmers-1996 (held out)'
        },
        {
            id: 'as-of-this-two-digit-day',
            label: 'as of this 07 day of February, 2022 (the day in two digits, with no ordinal)',
            template: 'as of this {two-digit-day-date}',
            variants: { 'legal-as-of': 'as of this {two-digit-day-date}', 'plain': 'as of {plain-date}', 'plain-as-of': 'as of {plain-date}' },
            note: 'The day as a form\'s date field fills it in: two digits, no "th".',
            example: 'sec16_natera-botha-exhibit-a-2022'
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
        { id: 'dated-typed-line', label: 'Dated: March 29, 2001, then /s/ Mark Kessel over a typed line (-----), the typed name and title beneath', template: 'Dated: {plain-date}\n{conformed}\n{rule}\n{name}\n[{title}]', example: 'regstmt_s3-exhibit24-3-kessel-2001' },
        // Ruled styles: `{rule}` on a line of its own is the signature line under the line above, printed in
        // plain text as the row of hyphens the EDGAR filings show (other formats draw a rule).
        { id: 'typed-name-ruled', label: '/s/ Elon Musk on a signature line, the typed name beneath', template: '{conformed}\n{rule}\n{name}\n[{title}]', example: 'sec16_endeavor-musk-2021, sec16_eventbrite-botha-2018' },
        { id: 'typed-name-dated-ruled', label: '/s/ Elon Musk on a signature line, the typed name, then Dated: August 2, 2012 on a line', template: '{conformed}\n{rule}\n{name}\nDated: {plain-date}\n{rule}', example: 'sec16_solarcity-musk-witness-2012' },
        { id: 'by-typed-name-ruled', label: 'By: /s/ ... on a signature line, the typed name beneath', template: 'By: {conformed}\n{rule}\n{name}', example: 'sec16_reinvent-spac-hoffman-2021, sec16_mongodb-botha-sequoia-2017' },
        { id: 'by-name-ruled', label: 'By: /s/ ... and Name: ..., each on a line', template: 'By: {conformed}\n{rule}\nName: {name}\n{rule}', example: 'sec16_joby-hoffman-annex-2021' },
        { id: 'by-print-name-title-ruled', label: 'By: /s/ ..., Print Name: ... and Title: ..., each on a line (an entity\'s signatory)', template: 'By: {conformed}\n{rule}\nPrint Name: {name}\n{rule}\nTitle: {title}\n{rule}', note: 'For an entity principal the entity\'s name is printed above; the name and title are its signatory\'s.', example: 'sec16_linkedin-hoffman-trust-2011' },
        { id: 'dated-by-name', label: 'Dated: October 13, 2021, then By: /s/ ... / Name: ...', template: 'Dated: {plain-date}\nBy: {conformed}\nName: {name}', example: 'sec16_founder-spac-selby-13d-2021' },
        { id: 'name-line', label: '/s/ Jack Selby, then Name: Jack Selby', template: '{conformed}\nName: {name}', example: 'sec16_rubicon-selby-ratify-2023' },
        { id: 'ruled-typed-name', label: '/s/ ... over a ruled signature line, the typed name beneath', template: '{conformed}\n{rule:29}\n{name}', note: 'The ruled line as EDGAR text prints a signature line.', example: 'sec16_eventbrite-botha-2018' },
        { id: 'by-ruled-typed-name', label: 'By: /s/ ... over a ruled signature line, the typed name beneath', template: 'By: {conformed}\n{rule:29}\n{name}', example: 'sec16_mongodb-botha-sequoia-2017' },
        { id: 'ruled-signature-print-name', label: '/s/ ... over a line labelled Signature, the name over a line labelled Print Name', template: '{conformed}\n{rule:37}\nSignature\n{name}\n{rule:37}\nPrint Name', example: 'sec16_abcellera-thiel-2020' },
        { id: 'conformed-only', label: '/s/ ... alone, without the typed name', template: '{conformed}', example: 'sec16_23andme-botha-ocr-2024' },
        { id: 'date-by-typed-name', label: 'Date: February 27, 2020, then By: /s/ ... with the typed name beneath', template: 'Date: {plain-date}\nBy: {conformed}\n{name}', example: 'sec16_mongodb-botha-cooley-form5-2020' },
        { id: 'signature-name', label: 'Signature: /s/ ... / Name: ...', template: 'Signature: {conformed}\nName: {name}', example: 'sec16_natera-botha-exhibit-a-2022' },
        { id: 'signature-printed-name', label: '/s/ ... above the word Signature, then Printed Name: ...', template: '{conformed}\nSignature\nPrinted Name: {name}', example: 'sec16_rumble-sacks-13d13g-2023' },
        { id: 'by-ruled-name', label: 'By: /s/ ... and Name: ..., each on a ruled line', template: 'By: {conformed}\n{rule:25}\nName: {name}\n{rule:25}', note: 'The signature and name lines as filed copies print them, rules of dashes.', example: 'sec16_joby-hoffman-annex-2021' },
        { id: 'signature-of', label: '(Signature of person granting power): a caption under the line to sign', template: '{conformed}\n(Signature of {signer-caption})', note: 'The caption is the signer\'s blank caption (`signed by blank "person granting power"`), else "principal".', example: 'other_dea-quota-certification-poa-21cfr1315-33' },
        { id: 'date-signatures', label: 'Date: January 28, 2003, then Signatures, /s/ ... and the typed name', template: 'Date: {plain-date}\nSignatures\n{conformed}\n{name}', example: 'regstmt_10k-questionnaire-poa-2003' },
        { id: 'print-name-ruled', label: 'Signature: /s/ ... over a ruled line, then Print Name: ...', template: 'Signature: {conformed}\n{rule:18}\nPrint Name: {name}', note: 'The signature block of the Bird Global power of David O. Sacks, 2021 (EDGAR accession 0000899243-21-044370; test/heldout/texts/bird-sacks-schedule-a-2021.txt).', example: 'bird-sacks-schedule-a-2021 (held out)' },
        { id: 'line-above', label: 'a line to sign (-----), the conformed signature typed under it', template: '{rule:27}\n{conformed}', note: 'As the Putnam confirming statements of 2004 print it (EDGAR accession 0001294165-04-000001; test/heldout/texts/putnam-horwitz-confirming-statement-2004.txt).', example: 'putnam-horwitz-confirming-statement-2004 (held out)' },
        { id: 'signature-address', label: 'Signature ______ / Address ______ (a form\'s line to sign, the signer\'s address on a line beneath)', template: 'Signature {signature-line}\nAddress {signer-address}', note: 'The line to sign is the conformed signature where there is one; the address is the principal\'s `address` (`address blank 60` leaves a line of that length), else a line to write it on. As the New York State Health Care Proxy Form prints its item 5 (test/heldout/texts/ny-health-care-proxy-form.txt).', example: 'ny-health-care-proxy-form' },
        { id: 'conformed-dated', label: '/s/Elon Musk, then the date beneath: January 10, 2018 (no typed name)', template: '{conformed}\n{plain-date}', note: 'The date set forth below the signature, which a testimonium "as of the date set forth below" points to (style `date-below`), as the Limited Power of Attorney - Securities Law Compliance of Elon Musk for Tesla Motors, Inc., January 10, 2018, prints it (EDGAR accession 0001494730-18-000001; test/heldout/texts/tesla-musk-officer-2018.txt).', example: 'tesla-musk-officer-2018' }
    ]
};

/**
 * Closing statements of a letter or confirming statement, after its clauses and before the close:
 * the agents listed by name, one to a line, and the date from which the power is effective.
 */
export const agentsList: ClausePhrases = {
    clause: 'agents-list',
    styles: [
        { id: 'in-appointment', label: '(no list: the agents are named in the appointment)', template: '' },
        {
            id: 'as-follows',
            label: 'The individuals who are authorized to act as my Attorney-In-Fact under this Power of Attorney are as follows:, then each name on its own line',
            template: 'The individuals who are authorized to act as {pronoun-possessive} {designation-one} under this {instrument} are as follows:',
            note: 'With the grant style `will-confirm` ("each of the individuals listed below").',
            example: 'sec16_microsoft-hoffman-letter-2024'
        }
    ]
};

export const effectiveLine: ClausePhrases = {
    clause: 'effective-line',
    styles: [
        { id: 'in-term', label: '(no line of its own: the term says when the power starts)', template: '' },
        {
            id: 'upon-filing',
            label: 'This Power of Attorney is effective immediately upon filing with the SEC and for purposes of my future Form 4 and Form 5 filings ...',
            template: 'This {instrument} is effective immediately upon filing with {sec}[ and for purposes of {pronoun-possessive} future {forms-each} filings relating to {issuer} securities and transactions].',
            example: 'sec16_microsoft-hoffman-letter-2024'
        },
        {
            id: 'effective-date',
            label: 'Effective: March 1, 2024 (a line of its own)',
            template: 'Effective: {plain-date}',
            note: 'The date of execution, on a line before the signatures.'
        }
    ]
};

/**
 * The witnesses' block under the principal's signature: the default attests
 * the signing (drawn by the renderer, for one or several witnesses); a
 * filed securities power may instead show each witness's signature, name and
 * date with no attestation.
 */
import type { ClausePhrases } from './phrase-style.js';

export const witness: ClausePhrases = {
    clause: 'witness',
    styles: [
        {
            id: 'attested',
            label: 'WITNESSES: Signed and declared by the principal ... in my presence ..., then a line and address for each witness',
            template: 'Signed and declared by the principal to be the principal\'s power of attorney in my presence, and signed by me as a witness in the presence of the principal.',
            note: 'Drawn by the renderer, in the plural for several witnesses or principals; the statutory attestation of a general power.'
        },
        {
            id: 'signature-name-date',
            label: 'Witness: /s/ ... Signature / ... Type or Print Name / Dated: August 2, 2012 (no attestation)',
            template: 'Witness:\n{witness-signature}\nSignature\n{witness-name}\nType or Print Name\nDated: {plain-date}',
            note: 'One block per witness; the witness\'s signature is conformed ("/s/") when the principal\'s is.',
            example: 'sec16_solarcity-musk-witness-2012'
        },
        {
            id: 'signature-name-date-ruled',
            label: 'Witness: /s/ ... on a line, Signature / ... on a line, Type or Print Name / Dated: ... on a line',
            template: 'Witness:\n{witness-signature}\n{rule}\nSignature\n{witness-name}\n{rule}\nType or Print Name\nDated: {plain-date}\n{rule}',
            note: 'As `signature-name-date`, with the lines to sign and fill in drawn under the signature, the name and the date.',
            example: 'sec16_solarcity-musk-witness-2012'
        },
        {
            id: 'witness-line',
            label: 'Witness: /s/ ... (a bare line for each witness, the name beneath; no attestation)',
            template: 'Witness: {witness-signature}\n{witness-name}',
            note: 'A filed power whose witness signs on a line of its own, with no attestation clause.'
        },
        {
            id: 'numbered-address',
            label: 'Witness 1 ______ / Address ______, then Witness 2 ... (a numbered line to sign and an address line for each witness)',
            template: 'Witness {witness-number} {witness-signature}\n[{witness-name}]\nAddress {witness-address}',
            note: 'A form\'s lines for its witnesses, numbered in the order listed, each with a line for the witness\'s address; the witnesses\' statement, if the form has one, is the witnesses\' `worded`. As the New York State Health Care Proxy Form prints them (test/heldout/texts/ny-health-care-proxy-form.txt).',
            example: 'ny-health-care-proxy-form'
        },
        {
            id: 'caps-name-date',
            label: 'WITNESS, then the witness\'s name and the date (no attestation, no signature line)',
            template: 'WITNESS\n{witness-name}\n{plain-date}',
            note: 'As the Limited Power of Attorney - Securities Law Compliance of Elon Musk for Tesla Motors, Inc., January 10, 2018, prints its witness under the signature (EDGAR accession 0001494730-18-000001; test/heldout/texts/tesla-musk-officer-2018.txt).',
            example: 'tesla-musk-officer-2018'
        }
    ]
};

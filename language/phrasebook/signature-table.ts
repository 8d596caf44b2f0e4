/**
 * The table of signatures after a signature-page power: one row per signer.
 * A template is one row: its cells are separated by a tab, the lines of a
 * cell by a new line. The variants are the column heads (`header`, one per
 * cell, tab-separated) and the sentence before the table (`intro`).
 */
import type { ClausePhrases } from './phrase-style.js';

export const signatureTable: ClausePhrases = {
    clause: 'signature-table',
    styles: [
        {
            id: 'signature-title-date',
            label: 'Signature | Title | Date, after "This Power of Attorney has been signed by the following persons in the capacities and on the dates indicated."',
            template: '{conformed}\n{name}\t[{title}]\t[{signed-on}]',
            variants: { header: 'Signature\tTitle\tDate', intro: 'This {instrument} has been signed by the following persons in the capacities and on the dates indicated.' },
            note: 'The table of Forms 10-K, S-3 and S-8 and of their powers filed as exhibits.',
            example: 'regstmt_microsoft-s8-posam-2004'
        },
        {
            id: 'signature-title-date-plain',
            label: 'Signature | Title | Date, without a sentence before it',
            template: '{conformed}\n{name}\t[{title}]\t[{signed-on}]',
            variants: { header: 'Signature\tTitle\tDate' },
            example: 'regstmt_central-pacific-s3-2025'
        },
        {
            id: 'name-title-across',
            label: '/s/ NAME over "Name, Title", two signers side by side, without column heads',
            template: '{conformed}\n{name}[, {title}]',
            across: 2,
            note: 'The conformed signature is written as filed (`signature "/s/ KENNETH J. BACON"`).',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'registration-statement-signed',
            label: 'Signature | Title | Date, after "Pursuant to the requirements of the Securities Act of 1933, this registration statement has been signed by ..."',
            template: '{conformed}\n{name}\t[{title}]\t[{signed-on}]',
            variants: { header: 'Signature\tTitle\tDate', intro: 'Pursuant to the requirements of the Securities Act of 1933, this registration statement has been signed by the following persons in the capacities and on the dates indicated.' },
            note: 'The signature page of a registration statement that carries the power (the sentence the forms under the Securities Act print above the signatures).',
            example: 'Microsoft Corporation, exhibit 24 of March 2003 (sec.gov, accession 0001193125-03-011642)'
        },
        {
            id: 'registration-statement-signed-as-amended',
            label: 'Signature | Title | Date, after "Pursuant to the requirements of the Securities Act of 1933, as amended, this registration statement has been signed by ..."',
            template: '{conformed}\n{name}\t[{title}]\t[{signed-on}]',
            variants: { header: 'Signature\tTitle\tDate', intro: 'Pursuant to the requirements of the Securities Act of 1933, as amended, this registration statement has been signed by the following persons in the capacities and on the dates indicated.' },
            example: 's3-ex24-1040441-2003 (held out)'
        }
    ]
};

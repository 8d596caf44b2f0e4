/**
 * A filing's forms listed one by one, each with what it is: "(i) Form ID,
 * including any attached documents ...; (ii) Form 3, Initial Statement of
 * Beneficial Ownership of Securities, ...". The filing style `following-forms`
 * lists them with the slot {forms-described}: a form this style describes (a
 * variant named by the form's id) is an item of its own; consecutive forms it
 * does not describe share one item ("Schedules 13D and 13G"); the variant
 * `amendments` is the last item when the filing includes amendments.
 */
import type { ClausePhrases } from './phrase-style.js';

export const formDescription: ClausePhrases = {
    clause: 'form-description',
    styles: [
        {
            id: 'attached-documents',
            label: '(i) Form ID, including any attached documents (such as Update Passphrase Authentication), ...; (ii) Form 3, Initial Statement of Beneficial Ownership of Securities, including any attached documents; ...',
            template: '{forms-plural}',
            variants: {
                'formID': 'Form ID, including any attached documents (such as Update Passphrase Authentication), to effect the assignment of codes to {object} to be used in the transmission of information to {sec} using the EDGAR System',
                'form3': 'Form 3, Initial Statement of Beneficial Ownership of Securities, including any attached documents',
                'form4': 'Form 4, Statement of Changes in Beneficial Ownership of Securities, including any attached documents',
                'form5': 'Form 5, Annual Statement of Beneficial Ownership of Securities in accordance with {statute} and the rules thereunder, including any attached documents',
                'amendments': 'amendments of each thereof, in accordance with {act1934} and the rules thereunder, including any attached documents'
            },
            example: 'sec16_abcellera-thiel-2020'
        }
    ]
};

/** The law that governs the instrument (`governing law "Delaware" and federal-securities-laws`). */
import type { ClausePhrases } from './phrase-style.js';

export const governingLaw: ClausePhrases = {
    clause: 'governing-law',
    styles: [
        {
            id: 'in-accordance-with',
            label: 'This Power of Attorney shall be governed by and construed in accordance with the laws of the State of Delaware',
            template: 'This {instrument} shall be governed by and construed in accordance with the laws of the State of {governing-state}[ and {federal-securities-laws}].'
        },
        {
            id: 'construed-with',
            label: 'This power of attorney shall be governed by and construed with the laws of the State of Delaware and applicable federal securities laws.',
            template: 'This {instrument} shall be governed by and construed with the laws of the State of {governing-state}[ and {federal-securities-laws}].',
            example: 'regstmt_gcm-grosvenor-s3-2025'
        }
    ]
};

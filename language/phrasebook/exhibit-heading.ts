/**
 * The exhibit number printed above the title (`exhibit "24"`): "Exhibit 24" by default, or in the
 * capitals many filed exhibits print (`phrasing exhibit-heading style capitals`).
 */
import type { ClausePhrases } from './phrase-style.js';

export const exhibitHeading: ClausePhrases = {
    clause: 'exhibit-heading',
    styles: [
        { id: 'initial-capital', label: 'Exhibit 24', template: 'Exhibit {exhibit}', example: 'regstmt_welltower-s3asr-ex24-2025' },
        { id: 'capitals', label: 'EXHIBIT 24', template: 'EXHIBIT {exhibit}', example: 'sec16_23andme-botha-ocr-2024; smith-limited-section16-2007, s3-ex24-1040441-2003 and first-empire-s8-wilmers-1996 (held out)' }
    ]
};

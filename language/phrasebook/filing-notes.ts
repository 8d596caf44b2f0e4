/**
 * Notes a filed power carries about itself: that it may be filed as a
 * confirming statement (`confirming-statement`, after the term), and that
 * its signature page follows (`signature-page-follows` in the execution
 * block, printed before the testimonium).
 */
import type { ClausePhrases } from './phrase-style.js';

export const confirmingStatement: ClausePhrases = {
    clause: 'confirming-statement',
    styles: [
        {
            id: 'may-be-filed',
            label: 'This Power of Attorney may be filed with the SEC as a confirming statement of the authority granted herein.',
            template: 'This {instrument} may be filed with {sec} as a confirming statement of the authority granted herein.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        }
    ]
};

export const signaturePageNote: ClausePhrases = {
    clause: 'signature-page-note',
    styles: [
        { id: 'bracketed', label: '[Signature Page Follows]', template: '\\[Signature Page Follows\\]', example: 'sec16_mongodb-botha-sequoia-2017, sec16_affirm-levchin-2021, sec16_rubicon-selby-ratify-2023' },
        { id: 'bracketed-capitals', label: '[SIGNATURE PAGE FOLLOWS]', template: '\\[SIGNATURE PAGE FOLLOWS\\]', example: 'sec16_rumble-sacks-13d13g-2023' }
    ]
};

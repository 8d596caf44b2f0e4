/** What a filing power also covers: amendments, and forms adopted in place of the named ones. */
import type { ClausePhrases } from './phrase-style.js';

export const filingAmendments: ClausePhrases = {
    clause: 'filing-amendments',
    styles: [
        {
            id: 'thereto',
            label: 'including any amendment thereto',
            template: ', including any amendment thereto,',
            variants: { 'section16a': ' or to any amendment thereto' }
        },
        { id: 'and-any', label: ', and any amendments thereto', template: ', and any amendments thereto', example: 'sec16_eventbrite-botha-2018' },
        { id: 'and-amendments', label: 'and amendments thereto', template: ' and amendments thereto', example: 'sec16_mongodb-botha-sequoia-2017' },
        { id: 'joint-filing-agreements', label: '(including amendments thereto and joint filing agreements in connection therewith)', template: ' (including amendments thereto and joint filing agreements in connection therewith)', example: 'sec16_mongodb-botha-cooley-form5-2020' },
        { id: 'and-successors', label: '(including any amendments thereto and any successors to such Forms)', template: ' (including any amendments thereto and any successors to such Forms)', example: 'sec16_23andme-botha-ocr-2024' }
    ]
};

export const filingSuccessorForms: ClausePhrases = {
    clause: 'filing-successor-forms',
    styles: [
        { id: 'in-lieu', label: 'or any form or forms adopted by the SEC in lieu thereof', template: ', or any form or forms adopted by {sec} in lieu thereof or in addition thereto' },
        { id: 'or-any-successor', label: '(or any successor forms)', template: ' (or any successor forms)', note: 'After the statute in the classic form: "... and the rules thereunder (or any successor forms)".', example: 'sec16_affirm-levchin-2021' }
    ]
};

/**
 * How a filing's statute or rule is cited. The default cites it as the catalog does ("Rule 144 of
 * the Securities Act of 1933", "Section 16(a) of the Securities Exchange Act of 1934"); a style gives
 * the words for a kind of statute (variant `rule` for every rule, or a statute id such as `section16a`),
 * and a statute the style has no words for is cited as the catalog does.
 */
import type { ClausePhrases } from './phrase-style.js';

export const citation: ClausePhrases = {
    clause: 'citation',
    styles: [
        {
            id: 'catalog',
            label: 'Rule 144 of the Securities Act of 1933; Section 16(a) of the Securities Exchange Act of 1934',
            template: '{statute-name} of {statute-act}',
            note: 'The catalog\'s citation of each statute (Regulation S-T is "under" its act).'
        },
        {
            id: 'promulgated-under',
            label: 'Rule 144 promulgated under the Securities Act of 1933',
            template: '{statute-name} of {statute-act}',
            variants: { 'rule': '{statute-name} promulgated under {statute-act}' },
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'section-16',
            label: 'Section 16 of the Securities Exchange Act of 1934 (Forms 3, 4 and 5 cited under the whole of Section 16)',
            template: '{statute-name} of {statute-act}',
            variants: { 'section16a': 'Section 16 of {statute-act}' },
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'promulgated-under-section-16',
            label: 'Rule 144 promulgated under the Securities Act of 1933, Section 16 of the Securities Exchange Act of 1934',
            template: '{statute-name} of {statute-act}',
            variants: { 'rule': '{statute-name} promulgated under {statute-act}', 'section16a': 'Section 16 of {statute-act}' },
            note: 'The "Securities Law Compliance" form.',
            example: 'sec16_solarcity-musk-witness-2012, sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'rule-under',
            label: 'Rule 144 under the Securities Act of 1933',
            template: '{statute-name} of {statute-act}',
            variants: { 'rule': '{statute-name} under {statute-act}' },
            note: 'A rule cited "under" its act, as the SEC itself cites its rules ("Rule 144 under the Securities Act").',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'section-13',
            label: 'Schedule 13D as required under Section 13 of the Securities Exchange Act of 1934 (Schedules 13D and 13G under the whole of Section 13)',
            template: '{statute-name} of {statute-act}',
            variants: { 'section13d': 'Section 13 of {statute-act}', 'section13g': 'Section 13 of {statute-act}' },
            example: 'sec16_founder-spac-selby-13d-2021'
        }
    ]
};

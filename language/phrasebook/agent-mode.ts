/**
 * How co-agents act, as the phrase after their names. The styles of the
 * default wording are keyed by mode (`agents severally`); the others are
 * chosen with `agents severally style signing-singly`. Every phrase carries
 * its own leading punctuation, as the instruments differ in it.
 */
import type { ClausePhrases } from './phrase-style.js';

export const agentMode: ClausePhrases = {
    clause: 'agent-mode',
    styles: [
        {
            id: 'by-mode',
            label: 'each acting singly / acting jointly / or any one or more of them',
            template: ', each acting singly',
            variants: {
                'any-one-or-more': ', or any one or more of them',
                'severally': ', each acting singly',
                'jointly': ', acting jointly',
                'jointly-and-severally': ', jointly and severally',
                'majority': ', acting by a majority of them'
            }
        },
        { id: 'signing-singly', label: ', signing singly', template: ', signing singly', example: 'sec16_yahoo-levchin-5yr-expiry-2012, sec16_rumble-sacks-13d13g-2023' },
        { id: 'or-any-signing-singly', label: 'or any of them signing singly', template: ' or any of them signing singly', example: 'sec16_endeavor-musk-2021' },
        { id: 'or-either', label: ', or either of them', template: ', or either of them', example: 'regstmt_medicis-10k-1999' },
        { id: 'and-each', label: 'and each of them', template: ' and each of them', example: 'regstmt_s3-exhibit24-3-kessel-2001' },
        { id: 'and-each-of-them', label: ', and each of them', template: ', and each of them', example: 'sec16_meta-thiel-2022' },
        { id: 'act-alone', label: 'and full power to act alone and without the other', template: ' and full power to act alone and without the other', note: 'After a substitution phrase in the appointment ("each with full power of substitution and resubstitution and full power to act alone ...").', example: 'sec16_affirm-levchin-2021' },
        { id: 'or-any-acting-alone', label: ', or any of them, each acting alone', template: ', or any of them, each acting alone', example: 'sec16_reinvent-spac-hoffman-2021' },
        { id: 'each-singly-act-alone', label: ', and each of them singly (with full power to each of them to act alone)', template: ', and each of them singly (with full power to each of them to act alone)', example: 'regstmt_gcm-grosvenor-s3-2025' },
        { id: 'each-acting-alone', label: ', each of them acting alone', template: ', each of them acting alone', example: 'sec16_affirm-levchin-2021' },
        { id: 'and-substitutes-signing-singly', label: ', and any of their substitutes, signing singly', template: ', and any of their substitutes, signing singly', example: 'sec16_rubicon-selby-ratify-2023' },
        { id: 'or-any-acting-singly', label: ', or any of them acting singly', template: ', or any of them acting singly', example: 'sec16_founder-spac-selby-13d-2021' },
        { id: 'signing-individually', label: ', signing individually', template: ', signing individually', example: 'sec16_mongodb-botha-cooley-form5-2020' },
        { id: 'acting-severally', label: ', acting severally', template: ', acting severally', example: 'securities_blackrock-13g-corporate-2023 (held out)' },
        { id: 'and-or', label: 'A and/or B (the names joined by "and/or", nothing after them)', template: '', note: 'Joins the agents\' names with "and/or" instead of "and". Say how they act in law with the mode as well (`agents severally style and-or`).', example: 'sec16_sinclair-mccanna-letter-2020 (held out)' },
        { id: 'and-each-listed', label: 'A, B and each of them (the names joined by commas, the phrase the list\'s last item)', template: ' and each of them', note: 'The agents\' names are joined by commas alone, "and each of them" closing the list as its last item.', example: 'regstmt_10k-questionnaire-poa-2003' }
    ]
};

/**
 * The mode in law that an agent-mode style's own words state, for the checks: "A and B, signing
 * singly" says that each acts alone as plainly as `agents severally` does, so a file that chooses
 * one of these styles has said how its agents act. "and each of them" and "and/or" are left out:
 * those words alone do not settle whether one agent may act without the others.
 */
export const MODE_STATED_BY_STYLE: Readonly<Record<string, 'severally'>> = {
    'signing-singly': 'severally',
    'or-any-signing-singly': 'severally',
    'act-alone': 'severally',
    'or-any-acting-alone': 'severally',
    'each-singly-act-alone': 'severally',
    'each-acting-alone': 'severally',
    'and-substitutes-signing-singly': 'severally',
    'or-any-acting-singly': 'severally',
    'signing-individually': 'severally',
    'acting-severally': 'severally'
};

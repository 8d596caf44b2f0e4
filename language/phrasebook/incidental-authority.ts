/**
 * Incidental authority: the agents may do whatever the powers require, as
 * fully as the principal could in person. In the classic Section 16 form it
 * opens the paragraph that also holds substitution, ratification and the
 * acknowledgment.
 */
import type { ClausePhrases } from './phrase-style.js';

export const incidentalAuthority: ClausePhrases = {
    clause: 'incidental-authority',
    styles: [
        {
            id: 'personally-present',
            label: 'full power and authority ... as fully to all intents and purposes as the undersigned might or could do if personally present',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            example: 'sec16_endeavor-musk-2021'
        },
        {
            id: 'gives-and-grants',
            label: 'hereby gives and grants ... as fully to all intents and purposes as the undersigned might or could do if present',
            template: '{Subject} hereby {gives|give} and {grants|grant} the foregoing {designation-one} full power and authority to do and perform all and every act and thing whatsoever requisite, necessary or appropriate to be done in and about the foregoing matters as fully to all intents and purposes as {subject} might or could do if present[, {substitution}][, {ratification}].',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'granting-unto',
            label: 'granting unto said attorneys-in-fact and agents full power and authority ... as fully to all intents and purposes as he might or could do in person',
            template: 'granting unto said {designation}, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith as fully to all intents and purposes as he might or could do in person',
            note: 'A phrase of the grant sentence (grant style `one-sentence`).',
            example: 'regstmt_medicis-10k-1999'
        },
        {
            id: 'granting-unto-premises',
            label: 'granting unto said attorneys-in-fact and agents full power and authority ... in and about the premises, as fully and to all intents and purposes as each might or could do in person',
            template: 'granting unto said {designation} full power and authority to do and perform each and every act and thing requisite and necessary to be done in and about the premises, as fully and to all intents and purposes as each might or could do in person',
            example: 'regstmt_s3-exhibit24-3-kessel-2001'
        },
        {
            id: 'in-furtherance',
            label: 'with full power and authority to do and perform any and all acts and things as may be necessary or desirable in furtherance of such registration',
            template: 'with full power and authority to do and perform any and all acts and things as may be necessary or desirable in furtherance of such registration',
            note: 'A phrase of the grant sentence (grant style `one-sentence`).',
            example: 'regstmt_central-pacific-s3-2025'
        },
        {
            id: 'as-fully-as-agent',
            label: '... each and every act whatsoever requisite, necessary and proper ..., as fully as such attorney-in-fact could do if personally present',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform each and every act whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully as such {designation-one} could do if personally present[, {substitution}][, {ratification}].',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'personally-present-each',
            label: '... each and every act and thing whatsoever requisite, necessary and proper ...',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform each and every act and thing whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'granting-unto-each',
            label: 'granting unto said attorneys-in-fact and agents, and each of them, full power and authority ... in connection therewith and about the premises as fully ... as he or she might or could do in person',
            template: 'granting unto said {designation}, and each of them, full power and authority to do and perform each and every act and thing requisite and necessary to be done in connection therewith and about the premises as fully to all intents and purposes as {pronoun-subject} might or could do in person',
            note: 'A phrase of the grant sentence (grant style `one-sentence`).',
            example: 'regstmt_gcm-grosvenor-s3-2025'
        },
        {
            id: 'hereby-granting-unto-each',
            label: 'hereby granting unto said attorneys-in-fact and agents, and each of them, full power and authority to do and perform any and all acts and things ... in and about the premises, as fully ... as he or she might do in person',
            template: 'hereby granting unto said {designation}, and each of them, full power and authority to do and perform any and all acts and things requisite and necessary to be done in and about the premises, as fully to all intents and purposes as {pronoun-subject} might do in person',
            note: 'A phrase of the grant sentence (grant style `one-sentence`).',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'and-to-do-related',
            label: 'and to do and perform all and every act and thing whatsoever requisite and necessary or convenient to be done related to any such securities or other investments, as fully ... if personally present',
            template: 'and to do and perform all and every act and thing whatsoever requisite and necessary or convenient to be done related to any such securities or other investments, as fully to all intents and purposes as {subject} might or could do if personally present',
            note: 'A phrase of the grant sentence (grant style `one-sentence`), after a power over securities.',
            example: 'sec16_gates-foundation-trust-cotrustees-2007'
        },
        {
            id: 'any-and-every-such-undersigned',
            label: '... any and every act and thing whatsoever requisite, necessary and proper ..., as fully ... as such undersigned might or could do if personally present',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform any and every act and thing whatsoever requisite, necessary and proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as such undersigned might or could do if personally present[, {substitution}][, {ratification}].',
            note: 'The filing\'s own words, "such undersigned" included: for an instrument in the undersigned\'s voice.',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'personally-present-such',
            label: '... hereby grants to such attorney-in-fact full power and authority ... if personally present (without "each")',
            template: '{Subject} hereby {grants|grant} to such {designation-one} full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            note: 'As `personally-present`, with "to such attorney-in-fact" where that style says "to each such attorney-in-fact".',
            example: 'sec16_eventbrite-botha-2018'
        },
        {
            id: 'personally-present-required',
            label: '... any and every act and thing whatsoever required, necessary, or proper to be done ... if personally present ("required" for "requisite")',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform any and every act and thing whatsoever required, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            note: 'As `personally-present`, with "required" where that style says "requisite", as the Sequoia Capital limited power prints it.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'personally-present-necessary',
            label: '... any and every act and thing necessary to be done ..., as fully to all intents and purposes as the undersigned might or could do if personally present',
            template: '{Subject} hereby {grants|grant} to each such {designation-one} full power and authority to do and perform any and every act and thing necessary to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            note: 'The style personally-present with "necessary" alone for "whatsoever requisite, necessary, or proper".',
            example: 'sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'personally-present-acting-singly',
            label: '... hereby grants to each such attorney-in-fact, acting singly, full power and authority ... if personally present',
            template: '{Subject} hereby {grants|grant} to each such {designation-one}, acting singly, full power and authority to do and perform any and every act and thing whatsoever requisite, necessary, or proper to be done in the exercise of any of the rights and powers herein granted, as fully to all intents and purposes as {subject} might or could do if personally present[, {substitution}][, {ratification}].',
            note: 'As `personally-present`, each agent\'s authority said again to be exercised alone ("acting singly").',
            example: 'sec16_abcellera-thiel-2020'
        }
    ]
};

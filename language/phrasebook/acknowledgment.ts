/** The Section 16 acknowledgment that neither the agents nor the company take over the insider's reporting duty. */
import type { ClausePhrases } from './phrase-style.js';

export const acknowledgment: ClausePhrases = {
    clause: 'acknowledgment',
    styles: [
        {
            id: 'not-assuming',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity at the request of {object}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            variants: {
                'issuer-only': '{Subject} {acknowledges|acknowledge} that {acknowledged-issuer} is not assuming any of {possessive} responsibilities to comply with {section16}.'
            },
            note: 'The issuer is named when the clause names it (`acknowledgment no-assumption by agents, co`) or by default.',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'no-such-attorney',
            label: 'no such attorney-in-fact ... is hereby assuming, nor is the Company hereby assuming',
            template: '{Subject} {acknowledges|acknowledge} that no such {designation-one}, in serving in such capacity at the request of {object}, is hereby assuming[, nor is {acknowledged-issuer} hereby assuming,] any of {possessive} responsibilities to comply with {section16}.',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'each-not-assuming',
            label: 'each of the foregoing attorneys-in-fact ... is not assuming',
            template: '{Subject} {acknowledges|acknowledge} that each of the foregoing {designation-plural}, in serving in such capacity at the request of {object}, is not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            example: 'sec16_reinvent-spac-hoffman-2021'
        }
    ]
};

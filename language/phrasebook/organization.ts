/**
 * Where and as what an issuer is organised, said after its name at its first mention: "a Delaware corporation", or
 * "a corporation organized under the laws of the State of New York". The values come from the issuer's `organized in
 * "Delaware" as corporation`; the style says them in one order or the other.
 */
import type { ClausePhrases } from './phrase-style.js';

export const organization: ClausePhrases = {
    clause: 'organization',
    styles: [
        { id: 'state-type', label: 'a Delaware corporation', template: '{organized-article} {organized-state} {entity-type}' },
        {
            id: 'laws-of-state',
            label: 'a corporation organized under the laws of the State of New York',
            template: '{entity-article} {entity-type} organized under the laws of the State of {organized-state}',
            note: 'The state named as "the State of ...": for a state, not a country or province.',
            example: 'first-empire-s8-wilmers-1996 (held out; First Empire State Corporation, "a corporation organized under the laws of the State of New York")'
        }
    ]
};

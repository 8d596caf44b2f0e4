/** Substitution: whether the agents may appoint substitutes. */
import type { ClausePhrases } from './phrase-style.js';

export const substitution: ClausePhrases = {
    clause: 'substitution',
    styles: [
        { id: 'full-power', label: 'with full power of substitution and resubstitution', template: 'with full power of substitution[ and {substitution-extras}]', example: 'Hartford 2007 Section 16 power' },
        { id: 'each-with-power', label: 'each with the power of substitution', template: 'each with the power of substitution', example: 'regstmt_apple-10k-2024' },
        { id: 'or-revocation', label: 'with full power of substitution (and resubstitution) or revocation', template: 'with full power of substitution[{and-resubstitution}] or revocation', note: '`substitution with revocation and resubstitution` adds "and resubstitution".', example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022, sec16_joby-hoffman-annex-2021' },
        { id: 'in-each', label: 'with full power of substitution and resubstitution in each of them', template: 'with full power of substitution[{and-resubstitution}] in each of them', example: 'regstmt_gcm-grosvenor-s3-2025' }
    ]
};

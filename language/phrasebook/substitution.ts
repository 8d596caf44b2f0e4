/** Substitution: whether the agents may appoint substitutes. */
import type { ClausePhrases } from './phrase-style.js';

export const substitution: ClausePhrases = {
    clause: 'substitution',
    styles: [
        { id: 'full-power', label: 'with full power of substitution and resubstitution', template: 'with full power of substitution[ and {substitution-extras}]', example: 'Hartford 2007 Section 16 power' },
        { id: 'each-with-power', label: 'each with the power of substitution', template: 'each with the power of substitution', example: 'regstmt_apple-10k-2024' },
        { id: 'or-revocation', label: 'with full power of substitution (and resubstitution) or revocation', template: 'with full power of substitution[{and-resubstitution}] or revocation', note: '`substitution with revocation and resubstitution` adds "and resubstitution".', example: 'sec16_endeavor-musk-2021, sec16_meta-thiel-2022, sec16_joby-hoffman-annex-2021' },
        { id: 'in-each', label: 'with full power of substitution and resubstitution in each of them', template: 'with full power of substitution[{and-resubstitution}] in each of them', example: 'regstmt_gcm-grosvenor-s3-2025' },
        { id: 'and-act-without-other', label: 'with full power of substitution and full power to act without the other', template: 'with full power of substitution[{and-resubstitution}] and full power to act without the other', note: 'The substitution joined to each agent\'s power to act alone, in one phrase before the designation (appointment `substitution-then-designation`); say how the agents act with the mode as well (`agents severally ...`).', example: 's3-ex24-1040441-2003 (held out; Exhibit 24.1 to a Form S-3, sec.gov, accession 0000950134-03-013462)' }
    ]
};

/**
 * The mode in law that a substitution style's own words state, for the checks: "with full power of substitution and
 * full power to act without the other" gives each agent power to act alone, as `agents severally` does.
 */
export const MODE_STATED_BY_SUBSTITUTION: Readonly<Record<string, 'severally'>> = {
    'and-act-without-other': 'severally'
};

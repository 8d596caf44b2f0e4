/**
 * Named sets of clause styles, chosen for a whole instrument with
 * `style <set>`; a clause's own `style` overrides its set.
 */
export interface StyleSet {
    id: string;
    label: string;
    /** Phrasebook clause id -> style id. */
    clauses: Readonly<Record<string, string>>;
    note?: string;
}

export const STYLE_SETS: readonly StyleSet[] = [
    {
        id: 'plain-defaults',
        label: 'The default wording of every clause',
        clauses: {}
    },
    {
        id: 'edgar-classic',
        label: 'The classic EDGAR Section 16 form: "Know all by these presents ... (1) execute ... (2) do and perform ... (3) take any other action ..."',
        clauses: {
            'opening': 'know-all',
            'appointment': 'each-of',
            'grant': 'numbered',
            'securities-power': 'classic',
            'filing': 'classic',
            'venues': 'do-and-perform',
            'catch-all': 'classic',
            'incidental-authority': 'personally-present',
            'substitution': 'or-revocation',
            'ratification': 'substitutes',
            'instrument-name': 'power-of-attorney',
            'term-end': 'no-longer-required',
            'testimonium': 'caused',
            'dating': 'as-of-this',
            'signature': 'typed-name'
        },
        note: 'Used, with small variations, by most Section 16 filers in the corpus (Endeavor, Meta, Rumble, Reinvent, Yahoo, AbCellera).'
    },
    {
        id: 'reporting-person',
        label: 'The undersigned, as a Section 16 reporting person of the Company, ... to: 1. complete and execute ...; and 2. do all acts necessary in order to file such forms with ...',
        clauses: {
            'opening': 'as-role',
            'appointment': 'named-plural',
            'grant': 'numbered-dots',
            'securities-power': 'classic',
            'filing': 'complete-and-execute',
            'citation': 'section-16',
            'venues': 'do-all-acts',
            'ratification': 'ratifies-sentence',
            'instrument-name': 'power-of-attorney',
            'term-end': 'no-longer-required',
            'testimonium': 'caused',
            'dating': 'as-of-this'
        },
        note: 'Used by the LinkedIn (2011) and Natera (2022) powers in the corpus.'
    },
    {
        id: 'securities-law-compliance',
        label: 'The "Limited Power of Attorney - Securities Law Compliance": as an officer or director of the Company, ... to complete and execute such Forms 144, Forms 3, 4 and 5 and other forms ..., and to do all acts necessary in order to file such forms with ...',
        clauses: {
            'opening': 'as-role',
            'appointment': 'named',
            'agent-mode': 'and-each-of-them',
            'grant': 'joined',
            'securities-power': 'forms-together',
            'venues': 'do-all-acts',
            'ratification': 'ratifies-sentence',
            'instrument-name': 'limited-power-of-attorney',
            'term-end': 'no-longer-required',
            'testimonium': 'date-below',
            'revocation-frame': 'unless-revoked-no-comma',
            'citation': 'promulgated-under-section-16'
        },
        note: 'Used by the SolarCity (2012) and Palantir (2020) powers in the corpus; the reporting-person set is the same form numbered.'
    },
    {
        id: 'signature-page',
        label: 'The signature-page power of a Form 10-K or S-8: "each person whose signature appears below constitutes and appoints ..., granting unto said attorneys-in-fact and agents full power and authority ..."',
        clauses: {
            'opening': 'each-person-below-men',
            'appointment': 'signatories-as',
            'grant': 'one-sentence',
            'securities-power': 'classic',
            'filing': 'sign-all-amendments',
            'incidental-authority': 'granting-unto',
            'ratification': 'their-substitutes'
        },
        note: 'With `executed none`: the signature table follows the power on the signature page.'
    },
    {
        id: 'reporting-obligations',
        label: 'The "Limited Power of Attorney for Section 16 Reporting Obligations": makes, constitutes and appoints; prepare, execute, acknowledge, deliver and file; four acknowledgments',
        clauses: {
            'opening': 'know-all-makes',
            'appointment': 'as-hereinafter',
            'grant': 'numbered',
            'securities-power': 'classic',
            'filing': 'prepare-execute-file',
            'venues': 'folded',
            'edgar-access': 'form-id-reports',
            'transaction-information': 'seek-or-obtain',
            'catch-all': 'perform-other-acts',
            'acknowledgment': 'four-acknowledgments',
            'incidental-authority': 'gives-and-grants',
            'ratification': 'of-for-and-on-behalf',
            'instrument-name': 'power-of-attorney',
            'term-end': 'no-longer-required',
            'testimonium': 'caused',
            'dating': 'as-of-this',
            'signature': 'typed-name'
        },
        note: 'Used by the Yelp (2012) and Zynga (2011) powers in the corpus.'
    }
];

export function styleSet(id: string): StyleSet | undefined {
    return STYLE_SETS.find((s) => s.id === id);
}

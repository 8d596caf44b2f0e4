/**
 * Terms the language knows without a `define` clause. They are introduced at
 * first use in the rendered text ("the Securities Exchange Act of 1934, as
 * amended (the "1934 Act")") and used by their short form afterwards.
 */
export interface StandardTerm {
    id: string;
    meaning: string;
    term: string;
    description: string;
}

export const STANDARD_TERMS: readonly StandardTerm[] = [
    {
        id: 'act1934',
        meaning: 'the Securities Exchange Act of 1934, as amended',
        term: '1934 Act',
        description: 'The federal statute governing trading in securities, including beneficial ownership reports under Section 16 and Section 13.'
    },
    {
        id: 'act1933',
        meaning: 'the Securities Act of 1933, as amended',
        term: '1933 Act',
        description: 'The federal statute governing offers and sales of securities, including resales under Rule 144.'
    },
    {
        id: 'sec',
        meaning: 'the Securities and Exchange Commission',
        term: 'SEC',
        description: 'The United States Securities and Exchange Commission, with which Forms 3, 4, 5 and 144 and Schedules 13D and 13G are filed.'
    }
];

export function standardTerm(id: string): StandardTerm | undefined {
    return STANDARD_TERMS.find((t) => t.id === id);
}

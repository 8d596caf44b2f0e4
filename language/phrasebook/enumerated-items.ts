/**
 * An enumerated grant ("... attorney-in-fact to: (1) execute ...; (2) do and perform ...; and (3) take any
 * other action ...") lists each power as an item that continues "to:", so each power takes its item
 * style unless the file or its style set chooses another. Data only: the clause id and its item style.
 */
export const ENUMERATED_GRANT_STYLES: readonly string[] = ['numbered', 'numbered-capitals', 'lettered', 'numbered-dots'];

export const ENUMERATED_ITEM_STYLES: Readonly<Record<string, string>> = {
    'securities-power': 'classic',
    'filing': 'classic',
    'venues': 'do-and-perform',
    'catch-all': 'classic'
};

/**
 * Filing styles that are a whole power of their own ("to sign and file Forms 3, 4 and 5 with the SEC"): the
 * securities frame around them is the bare filing and the venues are named in the filing, not listed apart.
 */
export const STANDALONE_FILING_STYLES: readonly string[] = ['sign-and-file', 'sign-and-file-under'];

export const STANDALONE_FILING_ITEM_STYLES: Readonly<Record<string, string>> = {
    'securities-power': 'classic',
    'venues': 'folded'
};

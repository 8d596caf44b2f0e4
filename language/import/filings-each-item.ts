/**
 * Filings listed as items of their own ("(i) to execute and file ... Forms 3, 4, and 5 ...; (ii) to execute and file
 * ... any voluntary filings ...; (iv) to prepare, file, and submit ... under SEC Rule 144 ..."): the renderer joins
 * a grant's filings into one power unless the grant's securities-power style makes each filing an item where it is
 * written. That style is the phrasebook's: the one whose words are the filing's alone (`{filing}`).
 */
import { clausePhrases } from '../phrasebook/index.js';

/** The securities-power style that words each filing as an item of its own, if the phrasebook has one. */
function eachItemStyle(): string | undefined {
    return clausePhrases('securities-power')?.styles.find((s) => s.template.trim() === '{filing}')?.id;
}

/**
 * The `phrasing securities-power style ...` line for a grant whose recognised items (`.poa` lines) hold two filings
 * or more, each an item of its own; undefined when there are fewer or a securities-power style is already chosen.
 */
export function filingsEachItemPhrasing(itemLines: readonly string[], phrasings: readonly string[]): string | undefined {
    if (phrasings.some((l) => l.startsWith('phrasing securities-power '))) return undefined;
    if (itemLines.filter((l) => l.startsWith('file ')).length < 2) return undefined;
    const style = eachItemStyle();
    return style ? `phrasing securities-power style ${style}` : undefined;
}

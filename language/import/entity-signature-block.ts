/**
 * The block an entity signs by its signatory, under the entity's name: "By: /s/ Reid Hoffman", a row of hyphens,
 * "Print Name: Reid Hoffman", a row of hyphens, "Title: Trustee", a row of hyphens. Its lines, read one by one as
 * template lines of the phrasebook's signature styles ("By: {conformed}", "{rule}", "Print Name: {name}", ...), name
 * the signature style that prints exactly those lines (`by-print-name-title-ruled`).
 */
import { clausePhrases } from '../phrasebook/index.js';

/** The template lines an entity's signatory block may hold after its "By:" line. */
export const ENTITY_SIGNATORY_LINES: readonly string[] = ['Name: {name}', 'Print Name: {name}', 'Title: {title}'];

/** A row of hyphens printed as a signature line under the line above. */
export function isRuleLine(line: string): boolean {
    return /^-{3,}$/.test(line.trim());
}

/**
 * The signature style whose template lines are `lines` (rules of any width are "{rule}"; an optional line "[...]" may
 * be absent), when they hold a line the renderer's entity block does not print by default (a rule, "Print Name:").
 */
export function entitySignatureStyle(lines: readonly string[]): string | undefined {
    if (!lines.some((l) => l === '{rule}' || l.startsWith('Print Name:'))) return undefined;
    for (const style of clausePhrases('signature')?.styles ?? []) {
        const own = style.template.split('\n').map((l) => l.replace(/^\{rule:\d+\}$/, '{rule}'));
        const required = own.filter((l) => !/^\[.*\]$/.test(l));
        const full = own.map((l) => l.replace(/^\[(.*)\]$/, '$1'));
        if (same(required, lines) || same(full, lines)) return style.id;
    }
    return undefined;
}

function same(a: readonly string[], b: readonly string[]): boolean {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

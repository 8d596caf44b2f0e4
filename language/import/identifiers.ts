/** Identifiers for the parties an import names: short, readable, never a keyword of the language, never repeated. */
import { AstUtils, GrammarAST } from 'langium';
import { PoaGrammar } from '../generated/grammar.js';

/** Every keyword of the grammar (read from it, so a keyword added later is never written as a name), and the standard terms' ids. */
let keywords: ReadonlySet<string> | undefined;
function isReserved(id: string): boolean {
    keywords ??= new Set([
        ...AstUtils.streamAllContents(PoaGrammar()).filter(GrammarAST.isKeyword).map((k) => k.value),
        'sec', 'act1934', 'act1933'
    ]);
    return keywords.has(id);
}

const SUFFIXES = /^(inc|llc|lp|llp|ltd|corp|co|jr|sr|ii|iii|iv|the|plc|na|pc)$/i;

export function identifierFor(name: string, used: ReadonlySet<string>): string {
    const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter((w) => w && !SUFFIXES.test(w));
    // A person is known by the last name, an organization by its first word.
    const upper = name === name.toUpperCase();
    const person = !upper && words.length >= 2 && words.length <= 5 && !/\b(Inc|LLC|L\.P\.|Corp|Corporation|Incorporated|Company|Trust|Fund|Bank|Partners|Holdings|Group)\b/i.test(name);
    let base = ((person ? words[words.length - 1] : words[0]) ?? 'party').toLowerCase();
    if (!/^[a-z_]/.test(base)) base = `p${base}`;
    let id = base;
    for (let n = 2; used.has(id) || isReserved(id); n++) id = `${base}${n}`;
    return id;
}

/** A string, a comment, or a name of the written file: names are renamed, strings and comments never touched. */
const TOKENS = /"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|(?<![\w-])[A-Za-z_]\w*(?![\w-])/g;

/**
 * The written file with each numbered id ("principal2") renamed to the first free name of its base ("principal") when
 * the file declares no party or term of that name: an id taken by a reading the import then dropped leaves its
 * name free, and the file is numbered only where it keeps two parties of the same name.
 */
export function firstFreeIds(poa: string): string {
    const code = poa.replace(TOKENS, (t) => (t.startsWith('"') || t.startsWith('/') ? ' ' : t));
    const declared = (kinds: string) => [...code.matchAll(new RegExp(`(?<![\\w-])(?:${kinds})\\s+([A-Za-z_]\\w*)`, 'g'))].map((m) => m[1]!);
    const taken = new Set(declared('principal|agent|issuer|define'));
    const renamed = new Map<string, string>();
    // Only the parties' ids, as identifierFor numbers them: a term's id ("act1933") is its name, not a number.
    for (const id of [...new Set(declared('principal|agent|issuer'))].sort()) {
        const numbered = /^([A-Za-z_]\w*[A-Za-z_])([2-9]|[1-9]\d)$/.exec(id);
        if (!numbered) continue;
        const [, base, n] = numbered;
        for (let k = 1; k < Number(n); k++) {
            const name = k === 1 ? base! : `${base}${k}`;
            if (taken.has(name) || isReserved(name)) continue;
            taken.delete(id);
            taken.add(name);
            renamed.set(id, name);
            break;
        }
    }
    if (!renamed.size) return poa;
    return poa.replace(TOKENS, (t) => renamed.get(t) ?? t);
}

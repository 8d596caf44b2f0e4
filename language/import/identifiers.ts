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
    const person = !upper && words.length >= 2 && words.length <= 5 && !/\b(Inc|LLC|L\.P\.|Corp|Company|Trust|Fund|Bank|Partners|Holdings|Group)\b/i.test(name);
    let base = ((person ? words[words.length - 1] : words[0]) ?? 'party').toLowerCase();
    if (!/^[a-z_]/.test(base)) base = `p${base}`;
    let id = base;
    for (let n = 2; used.has(id) || isReserved(id); n++) id = `${base}${n}`;
    return id;
}

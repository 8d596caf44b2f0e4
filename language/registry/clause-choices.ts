/**
 * Which snippets of the catalog fit where in a source text, for "Insert
 * Clause": top-level clauses inside the instrument, powers inside `grant { }`,
 * term parts inside `term { }`, execution items inside `executed { }`, agents
 * inside `agents { }`. A clause already written is not offered again, and a
 * clause that belongs to some kinds of instrument is offered for those kinds.
 * Works on text (a half-written file parses badly), skipping strings and comments.
 */
import { SNIPPETS, type ClauseContext } from './snippet-catalog.js';

export type { ClauseContext } from './snippet-catalog.js';

export interface ClauseChoice {
    name: string;
    description: string;
    /** The snippet body, VS Code snippet syntax. */
    body: string;
}

const BLOCK_CONTEXTS: Record<string, ClauseContext> = {
    poa: 'instrument', template: 'instrument', grant: 'grant', term: 'term', executed: 'execution', agents: 'agents', successors: 'agents'
};

/** Where an offset is: inside which block (by the keyword that opens it), skipping strings and comments. */
export function contextAt(text: string, offset: number): ClauseContext {
    const stack: ClauseContext[] = [];
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        const c = text[i];
        if (c === '\n') lineStart = i + 1;
        else if (c === '"') {
            i++;
            while (i < text.length && text[i] !== '"' && text[i] !== '\n') { if (text[i] === '\\') i++; i++; }
        } else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n') i++;
            lineStart = i + 1;
        } else if (c === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (c === '{') {
            const keyword = /^\s*([\w-]+)/.exec(text.slice(lineStart, i))?.[1] ?? '';
            stack.push(BLOCK_CONTEXTS[keyword] ?? 'other');
        } else if (c === '}') {
            stack.pop();
        }
    }
    return stack.length ? stack[stack.length - 1] : 'outside';
}

/** The kind written in the document, if any. */
export function kindOf(text: string): string | undefined {
    return /^\s*kind\s+([\w-]+)/m.exec(text)?.[1];
}

/** The snippets that fit at `offset` in `text`. */
export function clausesFor(text: string, offset: number): ClauseChoice[] {
    const context = contextAt(text, offset);
    const kind = kindOf(text);
    return SNIPPETS
        .filter((s) => s.context === context)
        .filter((s) => !kind || s.kinds.length === 0 || (s.kinds as readonly string[]).includes(kind))
        .filter((s) => !s.once || !s.once.test(text))
        .map((s) => ({ name: s.name, description: s.description, body: s.body }));
}

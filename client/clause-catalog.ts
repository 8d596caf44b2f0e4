/**
 * Which snippet (snippets/poa.json) fits where, for "POA: Insert Clause":
 * top-level clauses inside the instrument, powers inside `grant { }`, term
 * parts inside `term { }`, execution items inside `executed { }`, agents
 * inside `agents { }`. A clause that appears once is not offered again, and
 * clauses that belong to one kind of instrument are offered for that kind.
 * Pure (no VS Code), so it is unit-tested.
 */
import snippets from '../snippets/poa.json';

export type ClauseContext = 'outside' | 'instrument' | 'grant' | 'term' | 'execution' | 'agents' | 'other';

interface SnippetEntry {
    prefix: string[];
    body: string[];
    description: string;
}

interface ClauseInfo {
    context: ClauseContext;
    /** Kinds the clause belongs to; all kinds when absent. */
    kinds?: string[];
    /** How to see that the clause is already written (it is then not offered again). */
    once?: RegExp;
}

const S16 = ['section16', 'securities'];

const CLAUSES: Record<string, ClauseInfo> = {
    'Section 16 power of attorney': { context: 'outside' },
    'Securities power of attorney': { context: 'outside' },
    'General durable power of attorney': { context: 'outside' },
    'Limited power of attorney': { context: 'outside' },
    'Health care power of attorney': { context: 'outside' },
    Template: { context: 'outside' },
    kind: { context: 'instrument', once: /^\s*kind\b/m },
    jurisdiction: { context: 'instrument', once: /^\s*jurisdiction\b/m },
    voice: { context: 'instrument', once: /^\s*voice\b/m },
    layout: { context: 'instrument', once: /^\s*layout\b/m },
    dates: { context: 'instrument', once: /^\s*dates\b/m },
    title: { context: 'instrument', once: /^\s*title\b/m },
    parameter: { context: 'instrument' },
    principal: { context: 'instrument' },
    agents: { context: 'instrument', once: /^\s*agents\b/m },
    'agent': { context: 'agents' },
    'agent by office': { context: 'agents' },
    successors: { context: 'instrument', once: /^\s*successors\b/m },
    issuer: { context: 'instrument', kinds: S16 },
    define: { context: 'instrument' },
    grant: { context: 'instrument', once: /^\s*grant\b/m },
    'comply with': { context: 'grant', kinds: S16 },
    'file forms': { context: 'grant', kinds: S16 },
    'file Form 144': { context: 'grant', kinds: ['section16'] },
    venues: { context: 'grant', kinds: S16 },
    'EDGAR access': { context: 'grant', kinds: S16 },
    'catch-all': { context: 'grant' },
    subjects: { context: 'grant', kinds: ['general'] },
    'hot powers': { context: 'grant', kinds: ['general'] },
    'health-care decisions': { context: 'grant', kinds: ['healthcare'] },
    purpose: { context: 'grant', kinds: ['limited'] },
    limitation: { context: 'grant' },
    power: { context: 'grant' },
    substitution: { context: 'instrument', once: /^\s*substitution\b/m },
    ratification: { context: 'instrument', once: /^\s*ratification\b/m },
    acknowledgment: { context: 'instrument', kinds: ['section16'], once: /^\s*acknowledgment\b/m },
    indemnification: { context: 'instrument', once: /^\s*indemnification\b/m },
    'third-party reliance': { context: 'instrument', once: /^\s*third-party\b/m },
    compensation: { context: 'instrument', once: /^\s*compensation\b/m },
    supersedes: { context: 'instrument', kinds: S16, once: /^\s*supersedes\b/m },
    'supersedes nothing': { context: 'instrument', once: /^\s*supersedes\b/m },
    term: { context: 'instrument', once: /^\s*term\b/m },
    starts: { context: 'term', once: /^\s*starts\b/m },
    ends: { context: 'term', once: /^\s*ends\b/m },
    durable: { context: 'term', kinds: ['general', 'limited', 'healthcare'], once: /^\s*(not\s+)?durable\b/m },
    revocation: { context: 'instrument', once: /^\s*revocation\b/m },
    executed: { context: 'instrument', once: /^\s*executed\b/m },
    signature: { context: 'execution' },
    witnesses: { context: 'execution', once: /^\s*witnesses\b/m },
    notary: { context: 'execution', once: /^\s*notary\b/m },
    testimonium: { context: 'execution', once: /^\s*testimonium\b/m }
};

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

/** The clauses that fit at `offset` in `text`. */
export function clausesFor(text: string, offset: number): ClauseChoice[] {
    const context = contextAt(text, offset);
    const kind = kindOf(text);
    const all = snippets as Record<string, SnippetEntry>;
    const out: ClauseChoice[] = [];
    for (const [name, info] of Object.entries(CLAUSES)) {
        const snippet = all[name];
        if (!snippet || info.context !== context) continue;
        if (kind && info.kinds && !info.kinds.includes(kind)) continue;
        if (info.once && info.once.test(text)) continue;
        out.push({ name, description: snippet.description, body: snippet.body.join('\n') });
    }
    return out;
}

/** Every snippet name the catalog knows (a test checks it matches snippets/poa.json). */
export const CATALOGUED_SNIPPETS = Object.keys(CLAUSES);

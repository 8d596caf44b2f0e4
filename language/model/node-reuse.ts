/**
 * The model of a clause's parts (an agent, a defined term, a power of the grant) kept from the last build of
 * the same document and handed back when nothing it is built from has changed, so that an edit in one line
 * of a 5,000-line file does not build the model of its thousands of other agents, terms and powers again.
 *
 * What such a part's model reads, and what the kept one is checked against:
 * - its own syntax node and what that node holds: the node must be the same object (an edit re-parses the
 *   node that holds it, or one around it, into a new object: `langium/incremental-parse.ts`), and its text
 *   must be the same (a re-parsed node inside it has new text, or the same text and so the same values);
 *   references are read by their text or by the name of what they resolve to, which is that text;
 * - where it is written: the same offset, end, and line and character of its first token, so every range
 *   inside it is the same (its own text holds its own line breaks);
 * - the template parameters' values (`{param}` in a text): the same names and values, or nothing is kept.
 * The model is plain data no one mutates, so a kept part is shared by the two models.
 *
 * Only the server's edits gain from this: a document whose tree is a full parse (the CLI, a file opened)
 * records nothing and keeps nothing; one re-parsed in part (`reparsedFrom`) records the parts it built for the
 * next edit. One table per document, replaced by each build, so replaced nodes are let go.
 * Test: `test/property/model-reuse.test.ts` (edits of every example against a fresh build).
 */
import type { AstNode } from 'langium';
import { reparsedFrom } from '../langium/incremental-parse.js';
import type { ParameterModel } from './poa-model.js';

/** What a part's model was built from, and the model. */
interface Kept {
    value: unknown;
    /** Anything else the caller's build read that the node does not say (e.g. which group an agent is in). */
    tag: unknown;
    offset: number;
    end: number;
    line: number;
    character: number;
    text: string;
}

interface Table {
    parameters: string;
    nodes: Map<AstNode, Kept>;
}

/** Documents with a table kept (the least recently built are forgotten first). */
const KEPT_DOCUMENTS = 16;
const tables = new Map<string, Table>();

/** The parts of Langium's syntax nodes read here. */
interface SyntaxNode {
    readonly offset: number;
    readonly end: number;
    readonly hidden: boolean;
    readonly range: { start: { line: number; character: number } };
    readonly content?: readonly SyntaxNode[];
    readonly root: { readonly fullText: string };
}

export class NodeReuse {
    private constructor(private readonly kept: Map<AstNode, Kept> | undefined, private readonly next: Map<AstNode, Kept>, private readonly text: string) {}

    /**
     * For the model of `root` without template data: undefined when the tree is a full parse or has no
     * document (nothing is recorded); else the parts kept by the document's last build, if its parameters
     * had the same values, and a new table that this build fills.
     */
    static forTree(root: AstNode, parameters: readonly ParameterModel[]): NodeReuse | undefined {
        if (!reparsedFrom(root)) return undefined; // first: a full parse (every CLI run) pays nothing more
        const uri = root.$document?.uri.toString();
        const text = (root.$cstNode as unknown as SyntaxNode | undefined)?.root.fullText;
        if (uri === undefined || text === undefined) return undefined;
        const key = JSON.stringify(parameters.map((p) => [p.name, p.value ?? null]));
        const last = tables.get(uri);
        const nodes = new Map<AstNode, Kept>();
        tables.delete(uri); // re-inserted last: the most recently built
        tables.set(uri, { parameters: key, nodes });
        while (tables.size > KEPT_DOCUMENTS) tables.delete(tables.keys().next().value as string);
        return new NodeReuse(last?.parameters === key ? last.nodes : undefined, nodes, text);
    }

    /** The model `build` gives for `node` (with `tag`), kept from the last build when nothing it reads has changed. */
    of<T>(node: AstNode, tag: unknown, build: () => T): T {
        const cst = node.$cstNode as unknown as SyntaxNode | undefined;
        if (!cst) return build();
        const first = shown(cst, true);
        const last = shown(cst, false);
        if (first.content || last.content) return build(); // an empty node: nothing to key on
        const offset = first.offset;
        const end = last.end;
        const { line, character } = first.range.start;
        const kept = this.kept?.get(node);
        if (kept && kept.tag === tag && kept.offset === offset && kept.end === end && kept.line === line && kept.character === character
            && kept.text === this.text.substring(offset, end)) {
            this.next.set(node, kept);
            return kept.value as T;
        }
        const value = build();
        this.next.set(node, { value, tag, offset, end, line, character, text: this.text.substring(offset, end) });
        return value;
    }
}

/** The first (or last) token of a syntax node that is not hidden, as Langium's `offset` (or `end`) getter finds it. */
function shown(cst: SyntaxNode, first: boolean): SyntaxNode {
    let node = cst;
    while (node.content && node.content.length) {
        const content = node.content;
        let pick = first ? content[0] : content[content.length - 1];
        if (first) {
            for (let i = 0; i < content.length; i++) if (!content[i].hidden) { pick = content[i]; break; }
        } else {
            for (let i = content.length - 1; i >= 0; i--) if (!content[i].hidden) { pick = content[i]; break; }
        }
        node = pick;
    }
    return node;
}

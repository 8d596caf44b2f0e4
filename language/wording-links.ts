/**
 * `{name}` inside a `worded` override as a link to what it names: a party,
 * defined term or template parameter of the file, or else a standard term of
 * the built-in library. Langium has no notion of a reference inside a string,
 * so this is the one place that resolves one; the reference index
 * (`langium/poa-reference-index.ts`) records each use, so that Langium's References
 * service, and through it find references, highlight and rename, see wording
 * uses like any cross-reference. The names are read by `model/wording-references.ts`.
 */
import { CstUtils, type AstNodeDescription, type DocumentSegment, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { isCustomPower, isExecution, isGrant, isNotary, isWitnesses, isWording, type Instrument, type Wording } from './generated/ast.js';
import { propertyNodes } from './cst-properties.js';
import { wordingReferences } from './model/wording-references.js';
import { standardTermDescriptions } from './standard-terms-library.js';

export interface WordingUse {
    name: string;
    /** The worded override it is written in. */
    wording: Wording;
    /** The name between the braces, in the file. */
    segment: DocumentSegment;
    /** What it names; undefined when nothing in scope has the name (`poa/wording-unknown-reference`). */
    target?: AstNodeDescription;
}

/** Every `{name}` of every worded override of the document, in order. */
export function wordingUses(services: LangiumCoreServices, document: LangiumDocument): WordingUse[] {
    // A worded override is always the `wording` of one of the instrument's clauses, of a power of its
    // grant (`power worded "..."`) or of the execution's witnesses or notary (`witnesses 2 worded "..."`,
    // `notary acknowledgment worded "..."`; the grammar's rule, held by test/language/wording-references.test.ts),
    // so no walk of the whole tree.
    const clauses = (document.parseResult.value as Partial<Instrument>).clauses ?? [];
    return clauses.flatMap((clause) => {
        const wording = (clause as { wording?: unknown }).wording;
        const own = isWording(wording) ? usesIn(services, document, wording) : [];
        const powers = isGrant(clause) ? clause.powers.flatMap((p) => (isCustomPower(p) && isWording(p.wording) ? usesIn(services, document, p.wording) : [])) : [];
        const witnesses = isExecution(clause) ? clause.items.flatMap((i) => ((isWitnesses(i) || isNotary(i)) && isWording(i.wording) ? usesIn(services, document, i.wording) : [])) : [];
        return [...own, ...powers, ...witnesses];
    });
}

/** The `{name}` whose name (or braces) cover the offset, if the offset is inside a worded override. */
export function wordingUseAt(services: LangiumCoreServices, document: LangiumDocument, offset: number): WordingUse | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf || !isWording(leaf.astNode)) return undefined;
    return usesIn(services, document, leaf.astNode).find((u) => u.segment.offset - 1 <= offset && offset <= u.segment.end + 1);
}

/** What a name written in wording refers to: the file's own names first (the first written wins), then the standard terms. */
export function resolveWordingName(services: LangiumCoreServices, document: LangiumDocument, name: string): AstNodeDescription | undefined {
    const root = document.parseResult.value;
    const own = document.localSymbols?.getStream(root).find((d) => d.name === name);
    return own ?? standardTermDescriptions(services).find((d) => d.name === name);
}

function usesIn(services: LangiumCoreServices, document: LangiumDocument, wording: Wording): WordingUse[] {
    const cst = propertyNodes(wording, 'text')[0];
    if (!cst) return [];
    return wordingReferences(cst.text).map((r) => {
        // The name inside the braces, at its offset in the file.
        const offset = cst.offset + r.offset + 1;
        const start = document.textDocument.positionAt(offset);
        const end = document.textDocument.positionAt(offset + r.name.length);
        return {
            name: r.name, wording, segment: { offset, end: offset + r.name.length, length: r.name.length, range: { start, end } },
            target: resolveWordingName(services, document, r.name)
        };
    });
}

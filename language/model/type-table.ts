/**
 * An if-chain of the generated AST's type guards (`if (ast.isOpening(node)) ... else if (ast.isTerm(node))
 * ...`) answered by a look-up: which entry's guard first accepts a node is worked out once per `$type` and
 * kept, as a guard depends only on the node's `$type` (see clauses-by-type.ts). Building the model ran such
 * chains over every clause of the file, a dozen guards each, each a look-up in the reflection's subtype
 * tables: a tenth of the model's time on a short file.
 */
import type { AstNode } from 'langium';

type Guard = (item: unknown) => boolean;

export class TypeTable<V extends NonNullable<unknown>> {
    /** The value for each type seen, null for a type no guard accepts. */
    private readonly byType = new Map<string, V | null>();

    /** `entries` in the order the if-chain would try them. */
    constructor(private readonly entries: readonly (readonly [Guard, V])[]) {}

    /** The value of the first entry whose guard accepts `node`, or undefined when none does. */
    of(node: AstNode): V | undefined {
        let value = this.byType.get(node.$type);
        if (value === undefined) {
            value = this.entries.find(([guard]) => guard(node))?.[1] ?? null;
            this.byType.set(node.$type, value);
        }
        return value ?? undefined;
    }
}

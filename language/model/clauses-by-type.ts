/**
 * An instrument's clauses sorted once by type, for building the model: the
 * builder asks for about sixty kinds of clause (`ast.isGrant`, `ast.isTerm`,
 * ...), and filtering the whole clause list for each of them was a seventh of
 * the model's time on a typical POA. A type guard of the generated AST depends
 * only on the node's `$type`, so which concrete types each guard accepts is
 * worked out once per process; a guard that accepts one type reads its bucket,
 * one that accepts several (a union) filters as before, in written order.
 */
import type { AstNode } from 'langium';
import { reflection } from '../generated/ast.js';

type Guard<T extends AstNode> = (item: unknown) => item is T;

/** The concrete AST types each guard accepts, by guard (the generated guards are module-level functions). */
const accepted = new Map<Guard<AstNode>, readonly string[]>();

function typesOf(guard: Guard<AstNode>): readonly string[] {
    let types = accepted.get(guard);
    if (!types) {
        types = reflection.getAllTypes().filter((type) => guard({ $type: type }));
        accepted.set(guard, types);
    }
    return types;
}

const NONE: readonly never[] = Object.freeze([]);

export class ClausesByType {
    private readonly buckets = new Map<string, AstNode[]>();

    constructor(private readonly clauses: readonly AstNode[]) {
        for (const clause of clauses) {
            const bucket = this.buckets.get(clause.$type);
            if (bucket) bucket.push(clause);
            else this.buckets.set(clause.$type, [clause]);
        }
    }

    /** The clauses `guard` accepts, in written order (the same as `clauses.filter(guard)`; not to be mutated). */
    of<T extends AstNode>(guard: Guard<T>): readonly T[] {
        const types = typesOf(guard as Guard<AstNode>);
        if (types.length === 1) return (this.buckets.get(types[0]) ?? NONE) as readonly T[];
        return this.clauses.filter(guard);
    }

    /** The first clause `guard` accepts (the same as `clauses.find(guard)`). */
    first<T extends AstNode>(guard: Guard<T>): T | undefined {
        return this.of(guard)[0];
    }
}

/**
 * `items.find(guard)`, by `$type` when the guard accepts one type: a generated guard looks each item's type up
 * in the reflection's subtype tables, and the model asks a party's or a clause's few parts for a dozen types.
 */
export function firstOf<T extends AstNode>(items: readonly AstNode[], guard: Guard<T>): T | undefined {
    const types = typesOf(guard as Guard<AstNode>);
    if (types.length !== 1) return items.find(guard);
    const type = types[0];
    for (let i = 0; i < items.length; i++) if (items[i]?.$type === type) return items[i] as T;
    return undefined;
}

/** `items.filter(guard)`, by `$type` when the guard accepts one type (see `firstOf`). */
export function allOf<T extends AstNode>(items: readonly AstNode[], guard: Guard<T>): T[] {
    const types = typesOf(guard as Guard<AstNode>);
    if (types.length !== 1) return items.filter(guard);
    const type = types[0];
    const out: T[] = [];
    for (let i = 0; i < items.length; i++) if (items[i]?.$type === type) out.push(items[i] as T);
    return out;
}

/** `guard(node)` for an AST node, by `$type` when the guard accepts one type (see `firstOf`). */
export function isOf<T extends AstNode>(node: AstNode, guard: Guard<T>): node is T {
    const types = typesOf(guard as Guard<AstNode>);
    return types.length === 1 ? node.$type === types[0] : guard(node);
}

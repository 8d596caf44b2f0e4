/**
 * Two steps of Langium's parser (`LangiumParser` in `langium/lib/parser/langium-parser.js`, Langium 4.2)
 * with the same effect and less work per token:
 *
 * - `getAssignment` (which property a token or subrule result is assigned to) answers from its cache with
 *   one look-up instead of two (`has`, then `get`);
 * - `assignWithoutOverride` (a subrule called without an assignment, such as a clause's alternatives,
 *   merges the node being built into the subrule's result) walks the node's own properties with a loop,
 *   in the same order, where Langium makes an array of `Object.entries` for each call.
 *
 * If a Langium upgrade renames what this replaces, the parser is left as Langium made it.
 */
import type { LangiumParser } from 'langium';

interface AssignmentInternals {
    assignmentMap: Map<unknown, unknown>;
    getAssignment(feature: unknown): unknown;
    assignWithoutOverride(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown>;
}

/** Gives `parser` the two steps; false (and the parser unchanged) if it does not have what they replace. */
export function useLeanAssignments(parser: LangiumParser): boolean {
    const p = parser as unknown as AssignmentInternals;
    const proto = Object.getPrototypeOf(parser) as Partial<AssignmentInternals>;
    if (typeof proto.getAssignment !== 'function' || typeof proto.assignWithoutOverride !== 'function' || !(p.assignmentMap instanceof Map)) return false;
    const getAssignment = proto.getAssignment;
    p.getAssignment = function (this: AssignmentInternals, feature: unknown) {
        const cached = this.assignmentMap.get(feature);
        return cached !== undefined ? cached : getAssignment.call(this, feature);
    };
    p.assignWithoutOverride = function (target: Record<string, unknown>, source: Record<string, unknown>) {
        for (const name in source) {
            if (!Object.prototype.hasOwnProperty.call(source, name)) continue;
            const existingValue = source[name];
            const newValue = target[name];
            if (newValue === undefined) {
                target[name] = existingValue;
            } else if (Array.isArray(newValue) && Array.isArray(existingValue)) {
                existingValue.push(...(newValue as unknown[]));
                target[name] = existingValue;
            }
        }
        const targetCstNode = target.$cstNode as { astNode?: unknown } | undefined;
        if (targetCstNode) {
            targetCstNode.astNode = undefined;
            target.$cstNode = undefined;
        }
        return target;
    };
    return true;
}

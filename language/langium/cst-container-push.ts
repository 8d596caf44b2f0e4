/**
 * Langium's syntax-node lists (`CstNodeContainer` in `langium/lib/parser/cst-node-builder.js`) are arrays
 * with a prototype of their own, whose `push(...items)` sets each item's parent and then calls
 * `super.push(...items)`: two rest-argument arrays per call, and a push V8 cannot take on its fast path
 * (the prototype is not Array's). The parser pushes every syntax node it builds, one at a time; on a typical
 * POA that was a sixth of the parse outside garbage collection. Here a push of one node sets its parent and
 * stores it at the end, as Langium's does; a push of several is left to Langium's own method. The same for
 * `unshift` onto an empty list (the comments before a file's first token go to the front of the root's list:
 * Langium's took 1.8 us, V8's generic unshift of a list with a prototype of its own): the nodes are pushed
 * one by one, in order; an unshift onto a list with nodes is Langium's.
 * If a Langium upgrade changes the class (no `push` of its own, or no `addParents`), nothing is patched.
 */
import { CompositeCstNodeImpl } from 'langium';

type Container = unknown[] & { parent: unknown; addParents?: unknown; push(...items: unknown[]): number; unshift(...items: unknown[]): number };

let patched = false;

export function patchCstContainerPush(): void {
    if (patched) return;
    patched = true;
    const proto = Object.getPrototypeOf(new CompositeCstNodeImpl().content) as Container | null;
    if (!proto || proto === Array.prototype || !Object.prototype.hasOwnProperty.call(proto, 'push') || typeof proto.addParents !== 'function') return;
    const push = proto.push;
    // `arguments`, not a rest parameter: one node, the usual case, allocates no array.
    proto.push = function (this: Container): number {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        if (args.length !== 1) return push.apply(this, args);
        const item = args[0] as { container?: unknown };
        item.container = this.parent;
        this[this.length] = item;
        return this.length;
    };
    const unshift = proto.unshift;
    if (!Object.prototype.hasOwnProperty.call(proto, 'unshift') || typeof unshift !== 'function') return;
    proto.unshift = function (this: Container): number {
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        if (this.length !== 0) return unshift.apply(this, args);
        for (let i = 0; i < args.length; i++) this.push(args[i]);
        return this.length;
    };
}

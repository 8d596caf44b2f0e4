/**
 * One value per object, as a WeakMap keeps it, but stored on the object itself: a property under a
 * symbol of the cache's own, not enumerable, so `Object.keys`, `for ... in`, JSON, spread and
 * `Object.assign` never see or copy it, and it goes when the object goes.
 *
 * Why not a WeakMap: V8's minor collections (the frequent, cheap ones) treat a WeakMap's values as
 * reachable; only a full collection drops an entry whose key has died. A WeakMap keyed by a document,
 * its syntax tree or its model therefore kept every finished document, and everything it points to,
 * alive through the minor collections and copied into the old generation, to be freed by a full
 * collection later: in `poa render` of one instrument after another, tens of KB per document and most
 * of the garbage collector's time (`npm run bench`, issue 16). Held on the object, a finished document
 * is garbage at the next minor collection.
 *
 * An object that cannot take a new property (frozen, sealed, not extensible) is kept in a WeakMap.
 * A value of `undefined` means "nothing cached".
 */
export class ObjectCache<K extends object, V> {
    readonly #symbol: symbol;
    readonly #fallback = new WeakMap<K, V>();

    /** `name` names the symbol, for a reader of a heap snapshot. */
    constructor(name: string) {
        this.#symbol = Symbol(name);
    }

    get(key: K): V | undefined {
        const own = (key as Record<symbol, V | undefined>)[this.#symbol];
        return own !== undefined ? own : this.#fallback.get(key);
    }

    has(key: K): boolean {
        return this.get(key) !== undefined;
    }

    set(key: K, value: V): this {
        const record = key as Record<symbol, V | undefined>;
        if (Object.prototype.hasOwnProperty.call(record, this.#symbol)) record[this.#symbol] = value;
        else if (Object.isExtensible(key)) Object.defineProperty(key, this.#symbol, { value, writable: true, configurable: true, enumerable: false });
        else this.#fallback.set(key, value);
        return this;
    }

    /** Forgets the value (without `delete`, which would slow every later use of the object in V8). */
    delete(key: K): boolean {
        const had = this.has(key);
        const record = key as Record<symbol, V | undefined>;
        if (Object.prototype.hasOwnProperty.call(record, this.#symbol)) record[this.#symbol] = undefined;
        this.#fallback.delete(key);
        return had;
    }
}

/**
 * `items.flatMap(map)` for a `map` that returns an array, as a plain loop. V8's builtin `flatMap` (Node 20)
 * is not optimized into its caller: about 0.45 us a call on a three-element array against 0.03 us for this
 * loop, and the model, the checks and the renderer of one file call it dozens of times.
 */
export function flatMap<T, R>(items: readonly T[], map: (item: T, index: number) => readonly R[]): R[] {
    const out: R[] = [];
    for (let i = 0; i < items.length; i++) {
        const mapped = map(items[i], i);
        for (let j = 0; j < mapped.length; j++) out.push(mapped[j]);
    }
    return out;
}

/** Chains of random edits for the property tests of edited documents (incremental parse, kept model parts). */
import fc from 'fast-check';

/** `original` and `min` to `max` texts after it, each drawn by `next` from the text before it. */
export function editChains(original: string, next: (text: string) => fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string[]> {
    return fc.integer({ min, max }).chain((n) => {
        let arb: fc.Arbitrary<string[]> = fc.constant([original]);
        for (let i = 0; i < n; i++) arb = arb.chain((texts) => next(texts[texts.length - 1]).map((t) => [...texts, t]));
        return arb;
    });
}

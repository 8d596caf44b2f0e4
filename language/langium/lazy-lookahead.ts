/**
 * Chevrotain's lookahead, built when a decision is first taken instead of for
 * every decision of the grammar when the parser is created. Langium parses
 * with the LL(*) strategy of chevrotain-allstar, which on creation builds an
 * ATN of the whole grammar and then one lookahead function per alternation,
 * option and repetition; a `poa render` of one instrument reaches only part of
 * them. This wrapper defers the ATN to the first decision and each function to
 * its first use; the functions built are the strategy's own, so what the
 * parser predicts is unchanged.
 *
 * Neither Chevrotain nor Langium can take the lookahead precomputed: Chevrotain
 * 11 rejects a serialized grammar (`serializedGrammar` was removed), it records
 * the grammar by running the rules on every start, and the LL(*) lookahead is
 * closures over that in-memory grammar and a DFA cache filled while parsing, not
 * data that could be stored.
 */

/** The part of Chevrotain's `ILookaheadStrategy` the parser calls (structural, so no direct Chevrotain import). */
export interface LookaheadStrategy {
    validate(options: unknown): unknown[];
    initialize?(options: { rules: unknown[] }): void;
    buildLookaheadForAlternation(options: unknown): (this: unknown, alternatives?: unknown) => number | undefined;
    buildLookaheadForOptional(options: unknown): (this: unknown) => boolean;
}

export class LazyLookahead implements LookaheadStrategy {
    private rules: { rules: unknown[] } | undefined;
    private initialized = false;

    constructor(private readonly inner: LookaheadStrategy) {}

    validate(options: unknown): unknown[] {
        return this.inner.validate(options);
    }

    initialize(options: { rules: unknown[] }): void {
        this.rules = options;
        this.initialized = false;
    }

    buildLookaheadForAlternation(options: unknown): (this: unknown, alternatives?: unknown) => number | undefined {
        let built: ((this: unknown, alternatives?: unknown) => number | undefined) | undefined;
        // The returned function keeps the parser's `this`; the strategy is reached through a bound method.
        const ready = () => this.ready();
        return function (this: unknown, alternatives?: unknown) {
            built ??= ready().buildLookaheadForAlternation(options);
            return built.call(this, alternatives);
        };
    }

    buildLookaheadForOptional(options: unknown): (this: unknown) => boolean {
        let built: ((this: unknown) => boolean) | undefined;
        const ready = () => this.ready();
        return function (this: unknown) {
            built ??= ready().buildLookaheadForOptional(options);
            return built.call(this);
        };
    }

    private ready(): LookaheadStrategy {
        if (!this.initialized) {
            if (this.rules) this.inner.initialize?.(this.rules);
            this.initialized = true;
        }
        return this.inner;
    }
}

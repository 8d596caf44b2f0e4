/**
 * The POA parser: Langium's, with one fix for long instruments. Langium's CST
 * builder is asked to attach the hidden tokens (comments) before every token
 * it consumes, even when there are none; with none, it still looks up the
 * current node's position in its parent (`indexOf`, then an empty `splice`),
 * which makes a clause with thousands of entries (a grant of 2,500 powers)
 * quadratic to parse. Skipping the empty case changes nothing in the tree.
 * If a Langium upgrade renames the builder, this falls back to Langium's
 * parser unchanged.
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';

type HiddenNodeBuilder = { addHiddenNodes?: (tokens: readonly unknown[]) => void };

export function createPoaParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    const builder = (parser as unknown as { nodeBuilder?: HiddenNodeBuilder }).nodeBuilder;
    const addHiddenNodes = builder?.addHiddenNodes;
    if (builder && typeof addHiddenNodes === 'function') {
        builder.addHiddenNodes = function (this: HiddenNodeBuilder, tokens: readonly unknown[]) {
            if (tokens.length > 0) addHiddenNodes.call(this, tokens);
        };
    }
    return parser;
}

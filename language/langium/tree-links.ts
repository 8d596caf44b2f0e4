/**
 * Two steps of Langium's parser (`LangiumParser` in `langium/lib/parser/langium-parser.js`, Langium 4.2)
 * with the same effect and less garbage (on a typical POA they made a fifth of what a parse allocated):
 *
 * - after the parse, Langium links every node to its container (`linkContentToContainer`, deep) through
 *   `Object.entries` of each node and a closure per list; here a plain loop sets the same
 *   `$container`, `$containerProperty` and `$containerIndex`, in the same order;
 * - as each node is finished (`construct`), Langium gives its missing properties their defaults (an empty
 *   list, false) through `Object.values` of its type's properties; here each type's defaults are listed once.
 *
 * If a Langium upgrade renames what this replaces, the parser is left as Langium made it.
 */
import { DatatypeSymbol, isAstNode, type AstNode, type AstReflection, type LangiumParser, type ParseResult } from 'langium';

/** `linkContentToContainer(node, { deep: true })` of Langium's `ast-utils.js`. */
export function linkContainers(node: AstNode): void {
    const record = node as unknown as Record<string, unknown>;
    for (const name in record) {
        if (name.startsWith('$') || !Object.prototype.hasOwnProperty.call(record, name)) continue;
        const value = record[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                if (!(index in value)) continue;
                const item = value[index] as unknown;
                if (isAstNode(item)) {
                    const child = item as { $container: AstNode; $containerProperty?: string; $containerIndex?: number };
                    child.$container = node;
                    child.$containerProperty = name;
                    child.$containerIndex = index;
                    linkContainers(item);
                }
            }
        } else if (isAstNode(value)) {
            const child = value as { $container: AstNode; $containerProperty?: string };
            child.$container = node;
            child.$containerProperty = name;
            linkContainers(value);
        }
    }
}

type Default = { name: string; value: unknown };

/** `assignMandatoryProperties` of Langium's `ast-utils.js`, with each type's defaults listed on first use. */
export function defaultsAssigner(reflection: AstReflection): (node: AstNode) => void {
    const byType = new Map<string, readonly Default[]>();
    const copy = (value: unknown): unknown => (Array.isArray(value) ? value.map(copy) : value);
    return (node) => {
        let defaults = byType.get(node.$type);
        if (!defaults) {
            defaults = Object.values(reflection.getTypeMetaData(node.$type).properties)
                .filter((p) => p.defaultValue !== undefined)
                .map((p) => ({ name: p.name, value: p.defaultValue }));
            byType.set(node.$type, defaults);
        }
        const record = node as unknown as Record<string, unknown>;
        for (const d of defaults) if (record[d.name] === undefined) record[d.name] = copy(d.value);
    };
}

/** What of Langium's parser this replaces or calls (its private members, by name). */
interface ParserInternals {
    parse: LangiumParser['parse'];
    construct(): unknown;
    isRecording(): boolean;
    stack: Record<string, unknown>[];
    nodeBuilder: { construct(node: unknown): void; buildRootNode(input: string): unknown; addHiddenNodes(tokens: unknown[]): void };
    converter: { convert(value: string, cstNode: unknown): unknown };
    constructInfix(node: unknown, precedence: unknown): unknown;
    operatorPrecedence: Map<string, unknown>;
    astReflection: AstReflection;
    lexer: { tokenize(text: string): { tokens: unknown[]; errors: unknown[]; hidden: unknown[]; report?: unknown } };
    wrapper: { input: unknown[]; errors: unknown[] };
    allRules: Map<string, unknown>;
    mainRule: unknown;
    doParse(rule: unknown): AstNode;
    unorderedGroups: Map<string, unknown>;
    lexerResult: unknown;
}

/** Gives `parser` these two steps; false (and the parser unchanged) if it does not have what they replace. */
export function useTreeLinks(parser: LangiumParser): boolean {
    const p = parser as unknown as ParserInternals;
    const proto = Object.getPrototypeOf(parser) as Partial<ParserInternals>;
    const present = ['construct', 'constructInfix', 'doParse', 'isRecording'].every((m) => typeof (proto as Record<string, unknown>)[m] === 'function')
        && p.nodeBuilder && p.converter && p.astReflection && p.stack && p.operatorPrecedence && p.allRules && p.wrapper && p.lexer;
    if (!present) return false;
    const assignDefaults = defaultsAssigner(p.astReflection);
    p.construct = function (this: ParserInternals) {
        if (this.isRecording()) return undefined;
        const obj = this.stack.pop()!;
        this.nodeBuilder.construct(obj);
        if ('$infixName' in obj) return this.constructInfix(obj, this.operatorPrecedence.get(obj.$infixName as string));
        if (obj.$type === DatatypeSymbol) return this.converter.convert(obj.value as string, obj.$cstNode);
        assignDefaults(obj as unknown as AstNode);
        return obj;
    };
    p.parse = function <T extends AstNode = AstNode>(this: ParserInternals, input: string, options: { rule?: string } = {}): ParseResult<T> {
        this.nodeBuilder.buildRootNode(input);
        const lexerResult = (this.lexerResult = this.lexer.tokenize(input));
        this.wrapper.input = lexerResult.tokens;
        const ruleMethod = options.rule ? this.allRules.get(options.rule) : this.mainRule;
        if (!ruleMethod) throw new Error(options.rule ? `No rule found with name '${options.rule}'` : 'No main rule available.');
        const result = this.doParse(ruleMethod);
        this.nodeBuilder.addHiddenNodes(lexerResult.hidden);
        this.unorderedGroups.clear();
        this.lexerResult = undefined;
        linkContainers(result);
        return { value: result as T, lexerErrors: lexerResult.errors, lexerReport: lexerResult.report, parserErrors: this.wrapper.errors } as ParseResult<T>;
    } as LangiumParser['parse'];
    return true;
}

/**
 * The parser's rules built from the grammar as Langium builds them (`createParser` in
 * `langium/lib/parser/parser-builder-base.js`, Langium 4.2), for a grammar without rule parameters,
 * guard conditions, unordered groups or infix rules, as POA's is: each decision's list of
 * alternatives, and each option's and repetition's callback, is made once when the parser is built.
 * Langium makes them anew every time the parser reaches the decision, only to pass on the rule's
 * arguments, which such a grammar never reads: a new array and a new object and closure for every
 * alternative (the `Clause` rule has dozens) at every choice. On a typical POA that was a third of
 * what a parse allocated. The parser methods called, their indices (in the same order as
 * Langium's) and so the recorded grammar, the lookahead and the syntax tree are Langium's own.
 * A grammar that uses any of those features is built by Langium's `createParser` unchanged.
 */
import { EOF, type TokenTypeDictionary } from 'chevrotain';
import { createParser, GrammarAST, GrammarUtils, type LangiumParser } from 'langium';

type Method = () => void;
/** What a rule receives as its arguments (Langium: an empty object per call); nothing reads it. */
const NO_ARGUMENTS = Object.freeze({});
type Alternative = { ALT: Method };

interface Context {
    parser: LangiumParser;
    tokens: TokenTypeDictionary;
    consume: number;
    optional: number;
    subrule: number;
    many: number;
    or: number;
}

/** What builds a parser's rules from a grammar: `buildParserRules`, or Langium's `createParser`. */
export type RuleBuilder = (grammar: GrammarAST.Grammar, parser: LangiumParser, tokens: TokenTypeDictionary) => LangiumParser;

/** Builds the rules of `grammar` into `parser`, with Langium's builder when the grammar needs rule arguments. */
export function buildParserRules(grammar: GrammarAST.Grammar, parser: LangiumParser, tokens: TokenTypeDictionary): LangiumParser {
    if (!argumentFree(grammar)) return createParser(grammar, parser, tokens);
    const reachable = GrammarUtils.getAllReachableRules(grammar, false);
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !reachable.has(rule)) continue;
        const ctx: Context = { parser, tokens, consume: 1, optional: 1, subrule: 1, many: 1, or: 1 };
        parser.rule(rule, buildElement(ctx, rule.definition));
    }
    return parser;
}

/** No rule parameters, guard conditions, unordered groups or infix rules: no rule's parse depends on arguments. */
export function argumentFree(grammar: GrammarAST.Grammar): boolean {
    for (const rule of grammar.rules) {
        if (GrammarAST.isInfixRule(rule)) return false;
        if (!GrammarAST.isParserRule(rule)) continue;
        if (rule.parameters.length > 0) return false;
        let free = true;
        const visit = (element: GrammarAST.AbstractElement): void => {
            if (!free) return;
            if (GrammarAST.isUnorderedGroup(element)) free = false;
            else if (GrammarAST.isGroup(element)) {
                if (element.guardCondition) free = false;
                element.elements.forEach(visit);
            } else if (GrammarAST.isAlternatives(element)) element.elements.forEach(visit);
            else if (GrammarAST.isAssignment(element)) visit(element.terminal);
            else if (GrammarAST.isRuleCall(element) && element.arguments.length > 0) free = false;
        };
        visit(rule.definition);
        if (!free) return false;
    }
    return true;
}

function buildElement(ctx: Context, element: GrammarAST.AbstractElement): Method {
    let method: Method;
    if (GrammarAST.isKeyword(element)) method = buildKeyword(ctx, element);
    else if (GrammarAST.isAction(element)) method = buildAction(ctx, element);
    else if (GrammarAST.isAssignment(element)) method = buildElement(ctx, element.terminal);
    else if (GrammarAST.isCrossReference(element)) method = buildCrossReference(ctx, element);
    else if (GrammarAST.isRuleCall(element)) method = buildRuleCall(ctx, element);
    else if (GrammarAST.isAlternatives(element)) method = buildAlternatives(ctx, element);
    else if (GrammarAST.isGroup(element)) method = buildGroup(ctx, element);
    else if (GrammarAST.isEndOfFile(element)) {
        const idx = ctx.consume++;
        method = () => ctx.parser.consume(idx, EOF, element);
    } else throw new Error(`Unexpected element type: ${element.$type}`);
    return wrap(ctx, method, element.cardinality);
}

function buildAction(ctx: Context, action: GrammarAST.Action): Method {
    const actionType = GrammarUtils.getTypeName(action);
    return () => ctx.parser.action(actionType, action);
}

function buildRuleCall(ctx: Context, ruleCall: GrammarAST.RuleCall): Method {
    const rule = ruleCall.rule.ref;
    if (GrammarAST.isParserRule(rule)) {
        const idx = ctx.subrule++;
        const fragment = rule.fragment;
        let subrule: ReturnType<LangiumParser['getRule']>;
        return () => {
            subrule ??= getRule(ctx, rule.name);
            ctx.parser.subrule(idx, subrule!, fragment, ruleCall, NO_ARGUMENTS);
        };
    }
    if (GrammarAST.isTerminalRule(rule)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, rule.name);
        return () => ctx.parser.consume(idx, token, ruleCall);
    }
    throw new Error(`Undefined rule: ${ruleCall.rule.$refText}`);
}

function buildAlternatives(ctx: Context, alternatives: GrammarAST.Alternatives): Method {
    if (alternatives.elements.length === 1) return buildElement(ctx, alternatives.elements[0]);
    const choices: Alternative[] = alternatives.elements.map((element) => ({ ALT: buildElement(ctx, element) }));
    const idx = ctx.or++;
    return () => ctx.parser.alternatives(idx, choices);
}

function buildGroup(ctx: Context, group: GrammarAST.Group): Method {
    const methods = group.elements.map((e) => buildElement(ctx, e));
    return () => {
        for (let i = 0; i < methods.length; i++) methods[i]();
    };
}

function buildCrossReference(ctx: Context, crossRef: GrammarAST.CrossReference, terminal = crossRef.terminal): Method {
    if (!terminal) {
        const type = crossRef.type.ref;
        if (!type) throw new Error('Could not resolve reference to type: ' + crossRef.type.$refText);
        const assignTerminal = GrammarUtils.findNameAssignment(type)?.terminal;
        if (!assignTerminal) throw new Error('Could not find name assignment for type: ' + GrammarUtils.getTypeName(type));
        return buildCrossReference(ctx, crossRef, assignTerminal);
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref)) {
        // A data type rule.
        const rule = terminal.rule.ref;
        const idx = ctx.subrule++;
        let subrule: ReturnType<LangiumParser['getRule']>;
        return () => {
            subrule ??= getRule(ctx, rule.name);
            ctx.parser.subrule(idx, subrule!, false, crossRef, NO_ARGUMENTS);
        };
    }
    if (GrammarAST.isRuleCall(terminal) && GrammarAST.isTerminalRule(terminal.rule.ref)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, terminal.rule.ref.name);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    if (GrammarAST.isKeyword(terminal)) {
        const idx = ctx.consume++;
        const token = getToken(ctx, terminal.value);
        return () => ctx.parser.consume(idx, token, crossRef);
    }
    throw new Error('Could not build cross reference parser');
}

function buildKeyword(ctx: Context, keyword: GrammarAST.Keyword): Method {
    const idx = ctx.consume++;
    const token = ctx.tokens[keyword.value];
    if (!token) throw new Error('Could not find token for keyword: ' + keyword.value);
    return () => ctx.parser.consume(idx, token, keyword);
}

function wrap(ctx: Context, method: Method, cardinality: GrammarAST.AbstractElement['cardinality']): Method {
    if (!cardinality) return method;
    // Langium's options carry `GATE: undefined` when there is no guard; Chevrotain reads an absent one alike.
    if (cardinality === '*') {
        const idx = ctx.many++;
        const options = { DEF: method, GATE: undefined };
        return () => ctx.parser.many(idx, options);
    }
    if (cardinality === '+') {
        const idx = ctx.many++;
        const options = { DEF: method };
        return () => ctx.parser.atLeastOne(idx, options);
    }
    const idx = ctx.optional++;
    const options = { DEF: method, GATE: undefined };
    return () => ctx.parser.optional(idx, options);
}

function getRule(ctx: Context, name: string) {
    const rule = ctx.parser.getRule(name);
    if (!rule) throw new Error(`Rule "${name}" not found."`);
    return rule;
}

function getToken(ctx: Context, name: string) {
    const token = ctx.tokens[name];
    if (!token) throw new Error(`Token "${name}" not found."`);
    return token;
}

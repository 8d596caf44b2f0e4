/**
 * Chevrotain's record of the grammar, taken once when the bundles are built
 * instead of on every start. Chevrotain learns a parser's grammar by running
 * every rule in a "recording" mode when the parser is created (a third of the
 * parser's build time); the result, one tree of productions per rule (GAST), is
 * plain data apart from its links to rules and token types. The build
 * (`esbuild.mjs`) records it from the source grammar, with Chevrotain's
 * self-checks on, and embeds it in the bundles (`__POA_RECORDED_GRAMMAR__`);
 * the shipped parser rebuilds the same trees from it and skips the recording.
 * Anything that does not fit (a rule or token type the record does not name,
 * or a record of another grammar) falls back to Chevrotain's own recording.
 */
import {
    Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator, Rule, Terminal, type TokenType
} from 'chevrotain';

/** One production as stored: its class, its own fields, links by name. */
export interface RecordedProduction {
    c: string;
    /** Nested productions (`definition`). */
    d?: RecordedProduction[];
    /** The rule a non-terminal calls. */
    rule?: string;
    /** The token type of a terminal, or the separator of a repetition. */
    token?: string;
    separator?: string;
    /** The other own fields (idx, label, maxLookahead, ignoreAmbiguities, hasPredicates, name, orgText, nonTerminalName). */
    f?: Record<string, string | number | boolean>;
}

export interface RecordedGrammar {
    rules: RecordedProduction[];
    /** The follow sets Chevrotain's error recovery resumes at (`resyncFollows`): key -> token type names. */
    follows?: Record<string, string[]>;
    /** The token types the token builder makes of the grammar, in its order, before Chevrotain adds to them. */
    tokens?: RecordedToken[];
}

/** A token type as stored: its fields, a regular expression as source and flags, other token types by name. */
export interface RecordedToken {
    f: Record<string, string | number | boolean>;
    pattern?: { source: string; flags: string };
    longerAlt?: string[];
}

declare const __POA_RECORDED_GRAMMAR__: string | undefined;
let embedded: RecordedGrammar | null | undefined;

/** The record the build embedded in the bundle (a JSON string, read once), or undefined when run from source. */
export function embeddedRecord(): RecordedGrammar | undefined {
    embedded ??= typeof __POA_RECORDED_GRAMMAR__ === 'string' ? JSON.parse(__POA_RECORDED_GRAMMAR__) as RecordedGrammar : null;
    return embedded ?? undefined;
}

type ProductionClass = new (options: never) => object;
const CLASSES: Record<string, ProductionClass> = {
    Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator, Rule, Terminal
} as unknown as Record<string, ProductionClass>;

/** What a Chevrotain parser holds of its recording (structural: Langium does not type these internals). */
export interface RecordingParser {
    definedRulesNames: string[];
    gastProductionsCache: Record<string, Rule>;
    tokensMap: Record<string, TokenType>;
    recoveryEnabled: boolean;
    resyncFollows: Record<string, TokenType[]>;
    topLevelRuleRecord(name: string, impl: unknown): Rule;
    enableRecording(): void;
    disableRecording(): void;
}

/** The recorded grammar of a parser after `performSelfAnalysis`, as JSON-ready data. */
export function recordGrammar(parser: RecordingParser): RecordedGrammar {
    const follows = Object.fromEntries(Object.entries(parser.resyncFollows).map(([key, types]) => [key, types.map((t) => t.name)]));
    return { rules: parser.definedRulesNames.map((name) => recordProduction(parser.gastProductionsCache[name])), follows };
}

function recordProduction(production: object): RecordedProduction {
    const className = Object.keys(CLASSES).find((name) => Object.getPrototypeOf(production) === CLASSES[name].prototype);
    if (!className) throw new Error(`unknown grammar production ${production.constructor.name}`);
    const recorded: RecordedProduction = { c: className };
    const fields: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(production)) {
        if (value === undefined) continue;
        if (key === '_definition') {
            if (className !== 'NonTerminal') recorded.d = (value as object[]).map(recordProduction);
        } else if (key === 'referencedRule') recorded.rule = (value as Rule).name;
        else if (key === 'terminalType') recorded.token = (value as TokenType).name;
        else if (key === 'separator') recorded.separator = (value as TokenType).name;
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[key] = value;
        else throw new Error(`unexpected field '${key}' of a ${className} in the recorded grammar`);
    }
    if (Object.keys(fields).length > 0) recorded.f = fields;
    return recorded;
}

/**
 * Rebuilds the rules' productions from a record, linked to this parser's rules
 * and token types; undefined when the record does not fit the parser.
 */
export function restoreGrammar(record: RecordedGrammar, parser: Pick<RecordingParser, 'definedRulesNames' | 'tokensMap'>): Map<string, Rule> | undefined {
    const names = parser.definedRulesNames;
    if (record.rules.length !== names.length) return undefined;
    const rules = new Map<string, Rule>();
    record.rules.forEach((r, i) => {
        if (r.c === 'Rule' && r.f?.name === names[i]) rules.set(names[i], Object.create(Rule.prototype) as Rule);
    });
    if (rules.size !== names.length) return undefined;
    let fits = true;
    const token = (name: string): TokenType | undefined => {
        const type = Object.hasOwn(parser.tokensMap, name) ? parser.tokensMap[name] : undefined;
        if (!type) fits = false;
        return type;
    };
    const build = (r: RecordedProduction, into?: object): object => {
        const production = into ?? Object.create(CLASSES[r.c]?.prototype ?? Object.prototype) as Record<string, unknown>;
        if (!CLASSES[r.c]) fits = false;
        const target = production as Record<string, unknown>;
        if (r.d) target._definition = r.d.map((p) => build(p));
        else if (r.c === 'NonTerminal') target._definition = [];
        if (r.f) Object.assign(target, r.f);
        if (r.rule !== undefined) {
            target.referencedRule = rules.get(r.rule);
            if (!target.referencedRule) fits = false;
        }
        if (r.token !== undefined) target.terminalType = token(r.token);
        if (r.separator !== undefined) target.separator = token(r.separator);
        return production;
    };
    record.rules.forEach((r, i) => build(r, rules.get(names[i])));
    return fits ? rules : undefined;
}

/**
 * Makes the parser's self-analysis use the restored rules instead of
 * recording them; returns a function that removes the stand-ins again (call it
 * after `finalize`). Does nothing (and returns a no-op) when the record does not fit.
 */
export function useRecordedGrammar(parser: RecordingParser, record: RecordedGrammar): () => void {
    const rules = restoreGrammar(record, parser);
    if (!rules) return () => undefined;
    const instance = parser as unknown as Record<string, unknown>;
    instance.enableRecording = () => undefined;
    instance.disableRecording = () => undefined;
    instance.topLevelRuleRecord = (name: string) => rules.get(name);
    // With recovery off during the self-analysis, Chevrotain does not compute the follow sets; the record's are put back after.
    const follows = parser.recoveryEnabled ? restoreFollows(record, parser) : undefined;
    if (follows) parser.recoveryEnabled = false;
    return () => {
        delete instance.enableRecording;
        delete instance.disableRecording;
        delete instance.topLevelRuleRecord;
        if (follows) {
            parser.recoveryEnabled = true;
            parser.resyncFollows = follows;
        }
    };
}

/** The record's follow sets with this parser's token types; undefined when it has none or names a token type the parser lacks. */
export function restoreFollows(record: RecordedGrammar, parser: Pick<RecordingParser, 'tokensMap'>): Record<string, TokenType[]> | undefined {
    if (!record.follows) return undefined;
    const follows: Record<string, TokenType[]> = {};
    for (const [key, names] of Object.entries(record.follows)) {
        const types = names.map((name) => Object.hasOwn(parser.tokensMap, name) ? parser.tokensMap[name] : undefined);
        if (types.some((t) => t === undefined)) return undefined;
        follows[key] = types as TokenType[];
    }
    return follows;
}

/**
 * The token types as the token builder returned them (before a lexer or parser
 * adds its own fields), as JSON-ready data; undefined if one cannot be stored
 * (a pattern that is a function, a field that is neither plain data nor token types).
 */
export function recordTokens(tokens: readonly TokenType[]): RecordedToken[] | undefined {
    const recorded: RecordedToken[] = [];
    for (const token of tokens) {
        const entry: RecordedToken = { f: {} };
        for (const [key, value] of Object.entries(token)) {
            if (value === undefined) continue;
            if (key === 'PATTERN' && value instanceof RegExp) entry.pattern = { source: value.source, flags: value.flags };
            else if (key === 'LONGER_ALT' && Array.isArray(value) && value.every((t) => tokens.includes(t as TokenType))) {
                entry.longerAlt = (value as TokenType[]).map((t) => t.name);
            } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') entry.f[key] = value;
            else return undefined;
        }
        recorded.push(entry);
    }
    return recorded;
}

/** New token types from a record, linked to each other as they were. */
export function restoreTokens(recorded: readonly RecordedToken[]): TokenType[] | undefined {
    const tokens = recorded.map((r) => {
        const token = { ...r.f } as Record<string, unknown>;
        if (r.pattern) token.PATTERN = new RegExp(r.pattern.source, r.pattern.flags);
        return token as unknown as TokenType;
    });
    const byName = new Map(tokens.map((t) => [t.name, t]));
    for (const [i, r] of recorded.entries()) {
        if (!r.longerAlt) continue;
        const alts = r.longerAlt.map((name) => byName.get(name));
        if (alts.some((t) => t === undefined)) return undefined;
        tokens[i].LONGER_ALT = alts as TokenType[];
    }
    return tokens;
}

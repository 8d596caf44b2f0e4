/**
 * Langium's value converter (`DefaultValueConverter`, Langium 4.2), with the
 * choice of conversion made once per grammar element instead of for every
 * token: Langium looks up the token's rule and upper-cases its name (a new
 * string per token) each time it converts an identifier, a string or a
 * number. The conversions chosen are Langium's, in Langium's order (by the
 * rule's name, then by its type), so the values are the same.
 */
import { DefaultValueConverter, GrammarAST, GrammarUtils, ValueConverter, type CstNode, type ValueType } from 'langium';

type Conversion = (input: string) => ValueType;

const AS_WRITTEN: Conversion = (input) => input;

export class PoaValueConverter extends DefaultValueConverter {
    /** By grammar element (shared by every parse); `undefined` for a syntax node without one. */
    private readonly conversions = new Map<unknown, Conversion>();

    override convert(input: string, cstNode: CstNode): ValueType {
        const element = cstNode.grammarSource;
        let conversion = this.conversions.get(element);
        if (!conversion) {
            conversion = conversionOf(element);
            this.conversions.set(element, conversion);
        }
        return conversion(input);
    }
}

/** What Langium's `convert` and `runConverter` do with a token of `element`. */
function conversionOf(element: GrammarAST.AbstractElement | undefined): Conversion {
    const feature = element && GrammarAST.isCrossReference(element) ? GrammarUtils.getCrossReferenceTerminal(element) : element;
    if (!feature || !GrammarAST.isRuleCall(feature)) return AS_WRITTEN;
    const rule = feature.rule.ref;
    if (!rule) return () => { throw new Error('This cst node was not parsed by a rule.'); };
    switch (rule.name.toUpperCase()) {
        case 'INT': return ValueConverter.convertInt;
        case 'STRING': return ValueConverter.convertString;
        case 'ID': return ValueConverter.convertID;
    }
    switch (GrammarUtils.getRuleType(rule)?.toLowerCase()) {
        case 'number': return ValueConverter.convertNumber;
        case 'boolean': return ValueConverter.convertBoolean;
        case 'bigint': return ValueConverter.convertBigint;
        case 'date': return ValueConverter.convertDate;
        default: return AS_WRITTEN;
    }
}

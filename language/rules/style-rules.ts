/**
 * Styles of the phrasebook: a style the file names must exist. An unknown
 * style renders in the default wording, so this is a warning that lists the
 * styles there are, never a failure.
 */
import { clausePhrases, STYLE_SETS } from '../phrasebook/index.js';
import { rule, type Rule } from './rule.js';

export const STYLE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/unknown-style',
        title: 'Unknown wording style',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '{what} has no style "{style}"; the default wording is used. Known styles: {known}.',
        why: 'A style names a set of words in the phrasebook; a style that does not exist would leave the instrument in words the author did not choose.',
        action: 'Choose one of the known styles, or remove the style to keep the default wording.',
        source: 'POA language reference (docs/language.md, "Styles")',
        severityBasis: 'warning: nothing in the instrument is invalid; it renders in the default words, which may not be the ones the author meant.',
        scope: 'Every instrument that names a wording style.',
        check: ({ model }, report) => {
            const set = model.styles.set;
            if (set && !STYLE_SETS.some((s) => s.id === set.id)) {
                report({ range: set.range, args: { what: 'The phrasebook', style: set.id, known: STYLE_SETS.map((s) => s.id).join(', ') } });
            }
            for (const choice of model.styles.clauses) {
                const phrases = clausePhrases(choice.clause);
                if (!phrases) {
                    report({ range: choice.range, args: { what: 'The phrasebook', style: choice.clause, known: 'see docs/language.md' } });
                } else if (!phrases.styles.some((s) => s.id === choice.id)) {
                    report({ range: choice.range, args: { what: `The clause "${choice.clause}"`, style: choice.id, known: phrases.styles.map((s) => s.id).join(', ') } });
                }
            }
        }
    })
];

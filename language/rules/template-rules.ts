/**
 * Templates: typed parameters filled from JSON or CSV data. A blank is
 * expected while drafting (information) but must be settled before signing:
 * in a final check (`poa check --final`) blanks and placeholders are errors.
 */
import { isPronoun } from '../model/build-model.js';
import type { PoaModel, TextValue } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import { isIsoDate } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';

/** Bracketed drafting placeholders ("[Name of agent]") and TBD/TODO markers. */
const PLACEHOLDER = /\[[^\]\n]*\]|\bTBD\b|\bTODO\b/;

/**
 * Whether `text` may hold a placeholder: it can only if it has a bracket or one of the markers' letters in a row.
 * A cheap test before the pattern, which most texts (a 5,000-line file has thousands) fail; two texts joined by a
 * space that both fail it fail it joined (a space makes no bracket and no marker).
 */
function mayHoldPlaceholder(text: string): boolean {
    return text.includes('[') || text.includes('TBD') || text.includes('TODO');
}

/**
 * The texts a drafter writes, in order, each handed to `visit` only if it may hold a placeholder
 * (`mayHoldPlaceholder`): the pattern runs over those alone, and no list of every text is built.
 */
function texts(model: PoaModel, visit: (text: string, range: SourceRange | undefined) => void): void {
    const value = (v: TextValue | undefined) => {
        if (v?.value && !v.parameter && mayHoldPlaceholder(v.value)) visit(v.value, v.range);
    };
    value(model.title);
    for (const p of model.principals) value(p.name);
    for (const a of model.agents) value(a.name);
    for (const a of model.successors) value(a.name);
    for (const i of model.issuers) value(i.name);
    for (const p of model.grant?.purposes ?? []) value(p);
    for (const l of model.grant?.limitations ?? []) value(l);
    for (const t of model.definedTerms) {
        if (!t.standard && t.range && (mayHoldPlaceholder(t.meaning) || mayHoldPlaceholder(t.term))) visit(`${t.meaning} ${t.term}`, t.range);
    }
    for (const c of model.grant?.customPowers ?? []) if (mayHoldPlaceholder(c.text)) visit(c.text, c.range);
}

export const TEMPLATE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/unset-parameter',
        severityBasis: 'information while drafting; error in a final check: an instrument signed with blanks is incomplete.',
        scope: 'Templates (files with parameters).',
        title: 'Template parameter without a value',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The parameter "{name}" has no value, so the instrument shows a blank where it is used.',
        why: 'An instrument signed with blanks is incomplete, and anyone could fill them in later.',
        action: 'Supply a value in the data file (or give the parameter a default) before the instrument is signed.',
        source: 'Uniform Power of Attorney Act § 105 (the principal signs the completed instrument)',
        check: ({ model, final }, report) => {
            for (const p of model.parameters) {
                if (p.value === undefined) report({ range: p.nameRange, args: { name: p.name }, severity: final ? 'error' : 'information' });
            }
        }
    }),
    rule({
        code: 'poa/unknown-parameter',
        severityBasis: 'warning: a value with no place in the template is a likely misspelling; nothing in the instrument is invalid.',
        scope: 'Templates checked with a data file.',
        title: 'Unknown template parameter',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '"{name}" is not a parameter of this template.',
        why: 'The value cannot be placed anywhere in the instrument, which usually means a misspelled parameter or column name.',
        action: 'Declare the parameter, or correct the name.',
        source: 'Drafting practice: every value must have its place in the instrument',
        check: ({ model, dataKeys }, report) => {
            const declared = new Set(model.parameters.map((p) => p.name));
            for (const key of dataKeys ?? []) if (!declared.has(key)) report({ range: model.nameRange, args: { name: key }, severity: 'warning' });
        }
    }),
    rule({
        code: 'poa/parameter-wrong-type',
        severityBasis: 'error: the instrument would state a date, pronoun or choice that is not one, so it is defective as rendered.',
        scope: 'Templates (files with parameters).',
        title: 'Parameter value of the wrong type',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The value "{value}" of the parameter "{name}" is not {expected}.',
        why: 'The instrument would state a date, pronoun or choice that is not one.',
        action: 'Supply {expected}.',
        source: 'Drafting practice: each value must fit its place in the instrument',
        check: ({ model }, report) => {
            for (const p of model.parameters) {
                const v = p.value;
                if (v === undefined) continue;
                const expected = p.type === 'date' && !isIsoDate(v) ? 'a date written as YYYY-MM-DD'
                    : p.type === 'pronoun' && !isPronoun(v) ? 'one of he, she, they or it'
                    : p.type === 'choice' && !p.options.includes(v) ? `one of ${p.options.map((o) => `"${o}"`).join(', ')}`
                    : undefined;
                if (expected) report({ range: p.range, args: { value: v, name: p.name, expected } });
            }
        }
    }),
    rule({
        code: 'poa/placeholder',
        severityBasis: 'information while drafting; error in a final check: an instrument signed with placeholders is incomplete.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Drafting placeholder',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: 'The text "{text}" is a drafting placeholder.',
        why: 'An instrument signed with placeholders is incomplete.',
        action: 'Replace it with the actual wording before the instrument is signed.',
        source: 'Uniform Power of Attorney Act § 105 (the principal signs the completed instrument)',
        check: ({ model, final }, report) => {
            texts(model, (text, range) => {
                const m = PLACEHOLDER.exec(text);
                if (m) report({ range: range ?? model.nameRange, args: { text: m[0] }, severity: final ? 'error' : 'information' });
            });
        }
    })
];

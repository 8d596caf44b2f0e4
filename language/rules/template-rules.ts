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

function texts(model: PoaModel): { text: string; range?: SourceRange }[] {
    const values: (TextValue | undefined)[] = [
        model.title, ...model.principals.map((p) => p.name), ...model.agents.map((a) => a.name), ...model.successors.map((a) => a.name),
        ...model.issuers.map((i) => i.name), ...(model.grant?.purposes ?? []), ...(model.grant?.limitations ?? [])
    ];
    const out: { text: string; range?: SourceRange }[] = values.filter((v): v is TextValue => !!v?.value && !v.parameter).map((v) => ({ text: v.value!, range: v.range }));
    for (const t of model.definedTerms) if (!t.standard && t.range) out.push({ text: `${t.meaning} ${t.term}`, range: t.range });
    for (const c of model.grant?.customPowers ?? []) out.push({ text: c.text, range: c.range });
    return out;
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
            for (const t of texts(model)) {
                const m = PLACEHOLDER.exec(t.text);
                if (m) report({ range: t.range ?? model.nameRange, args: { text: m[0] }, severity: final ? 'error' : 'information' });
            }
        }
    })
];

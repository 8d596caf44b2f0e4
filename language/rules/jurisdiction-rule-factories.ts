/**
 * Rules every jurisdiction with an execution statute shares in shape (a notary
 * acknowledgment, a number of witnesses), built from its profile so that each
 * jurisdiction module only states its own law.
 */
import type { Kind } from '../model/poa-model.js';
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { headRange, insertInBlock, quote } from './rule-helpers.js';
import { rule, type Provenance, type Rule, type RuleContext } from './rule.js';

/** Financial powers of attorney: the kinds a state's power-of-attorney act governs. */
export const FINANCIAL_KINDS: readonly Kind[] = ['general', 'limited'];

/** Which instruments the state's act governs, and how the rule says so in its scope. */
export interface ActScope {
    text: string;
    governs: (ctx: RuleContext) => boolean;
    /** Where the texts the rule rests on were read. */
    provenance?: readonly Provenance[];
}

const ALL_FINANCIAL = (p: JurisdictionProfile): ActScope => ({ text: `Financial powers governed by ${p.act}.`, governs: () => true });

export function notaryRequiredRule(p: JurisdictionProfile, code: string, scope: ActScope = ALL_FINANCIAL(p)): Rule {
    return rule({
        code,
        title: `${p.name}: notary acknowledgment required`,
        kinds: FINANCIAL_KINDS,
        jurisdictions: [p.id],
        severity: 'error',
        severityBasis: `error: ${p.notary.source} makes the acknowledgment a condition of valid execution.`,
        scope: scope.text,
        governs: scope.governs,
        provenance: scope.provenance,
        message: `The execution has no notary acknowledgment.`,
        why: `${p.notary.text}; without it the power of attorney is not validly executed in ${p.name}.`,
        action: `Add a notary acknowledgment to the execution.`,
        source: p.notary.source,
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            if (!e || e.notary) return;
            report({ range: headRange(e.range, 'executed'.length), fix: insertInBlock('execution', `notary acknowledgment in ${quote(p.name)}`, 'Add a notary acknowledgment') });
        }
    });
}

export function witnessesRequiredRule(p: JurisdictionProfile, code: string, scope: ActScope = ALL_FINANCIAL(p)): Rule {
    const n = p.witnesses.value;
    const words = n === 1 ? 'one witness' : `${n === 2 ? 'two' : n} witnesses`;
    return rule({
        code,
        title: `${p.name}: ${words} required`,
        kinds: FINANCIAL_KINDS,
        jurisdictions: [p.id],
        severity: 'error',
        severityBasis: `error: ${p.witnesses.source} makes the witnesses a condition of valid execution.`,
        scope: scope.text,
        governs: scope.governs,
        provenance: scope.provenance,
        message: `The execution provides for {count} witnesses; ${p.name} requires ${words}.`,
        why: `${p.witnesses.text}; a power of attorney signed without the required witnesses is not validly executed.`,
        action: `Provide for ${words} in the execution.`,
        source: p.witnesses.source,
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            if (!e) return;
            const count = e.witnesses?.count ?? 0;
            if (count >= n) return;
            report({
                range: e.witnesses ? e.witnesses.range : headRange(e.range, 'executed'.length),
                args: { count: count === 0 ? 'no' : count },
                fix: e.witnesses ? undefined : insertInBlock('execution', `witnesses ${n}`, `Provide for ${words}`)
            });
        }
    });
}

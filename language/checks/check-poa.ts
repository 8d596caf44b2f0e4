/**
 * Runs the rule catalog over one semantic model: picks the rules that apply
 * to the file's kind and jurisdiction and turns their reports into findings.
 */
import type { PoaModel } from '../model/poa-model.js';
import { jurisdictionProfile } from '../rules/jurisdictions.js';
import { RULES } from '../rules/rule-catalog.js';
import { statutoryForm } from '../forms/form-registry.js';
import { ANSWERED_BY_FORM } from '../rules/statutory-form-rules.js';
import { ruleMessage, type CheckContext, type Finding, type Rule, type RuleContext } from '../rules/rule.js';

/** The jurisdiction the rules see: the one written, or federal law for securities kinds that name none. */
export function effectiveJurisdiction(model: PoaModel): string | undefined {
    if (model.jurisdiction) return model.jurisdiction;
    return model.kind === 'section16' || model.kind === 'securities' ? 'federal' : undefined;
}

export function ruleApplies(rule: Rule, model: PoaModel, jurisdiction: string | undefined): boolean {
    if (rule.kinds !== 'all' && (!model.kind || !rule.kinds.includes(model.kind))) return false;
    if (rule.jurisdictions !== 'all') {
        if (!jurisdiction) return false;
        const j = jurisdiction.toLowerCase();
        if (!rule.jurisdictions.some((x) => x.toLowerCase() === j)) return false;
    }
    return true;
}

/**
 * The rules with a check that apply to a kind and jurisdiction, in catalog order: worked out once per pair,
 * not for each of the catalog's rules on every check of every file.
 */
const applicable = new Map<string, readonly Rule[]>();

function applicableRules(model: PoaModel, jurisdiction: string | undefined): readonly Rule[] {
    const key = `${model.kind ?? ''}\n${jurisdiction ?? ''}`;
    let rules = applicable.get(key);
    if (!rules) {
        // The jurisdiction is any identifier a user types (a language server sees each prefix of it): kept small.
        if (applicable.size >= 64) applicable.clear();
        rules = RULES.filter((rule) => rule.check && ruleApplies(rule, model, jurisdiction));
        applicable.set(key, rules);
    }
    return rules;
}

export function checkPoa(model: PoaModel, context: CheckContext): Finding[] {
    const jurisdiction = effectiveJurisdiction(model);
    const ctx: RuleContext = { ...context, model, jurisdiction, profile: jurisdictionProfile(jurisdiction) };
    const findings: Finding[] = [];
    const written = model.wordsAfterSyntaxError ? new Set(model.wordsAfterSyntaxError) : undefined;
    const onForm = statutoryForm(model.form?.id) !== undefined;
    for (const rule of applicableRules(model, jurisdiction)) {
        if (!rule.check || (rule.governs && !rule.governs(ctx))) continue;
        if (written && writtenAfterSyntaxError(rule, written)) continue;
        if (onForm && ANSWERED_BY_FORM.has(rule.code)) continue;
        rule.check(ctx, (r) => {
            const severity = r.severity ?? rule.severity;
            if (severity !== 'error' && context.allowed?.has(rule.code)) return;
            findings.push({
            code: rule.code,
            severity,
            message: ruleMessage(rule, r.args),
            range: r.range,
            related: r.related ?? [],
            fix: r.fix,
            alternatives: r.alternatives
            });
        });
    }
    return findings;
}

/** After a syntax error: the clause the rule would report missing is written, so the syntax error is the problem. */
function writtenAfterSyntaxError(rule: Rule, written: ReadonlySet<string>): boolean {
    const keywords = rule.clauseKeyword === undefined ? [] : typeof rule.clauseKeyword === 'string' ? [rule.clauseKeyword] : rule.clauseKeyword;
    return keywords.some((k) => written.has(k));
}

/** Today's date (UTC) as YYYY-MM-DD: what hosts pass as `CheckContext.today`. */
export function todayIso(now: Date = new Date()): string {
    return now.toISOString().slice(0, 10);
}

/**
 * Runs the rule catalog over one semantic model: picks the rules that apply
 * to the file's kind and jurisdiction and turns their reports into findings.
 */
import { nearestKeyword } from '../nearest-word.js';
import type { PoaModel } from '../model/poa-model.js';
import { jurisdictionProfile } from '../rules/jurisdictions.js';
import { RULES } from '../rules/rule-catalog.js';
import { statutoryForm } from '../forms/form-registry.js';
import { ANSWERED_BY_FORM } from '../rules/statutory-form-rules.js';
import { ruleMessage, type CheckContext, type Finding, type Report, type Rule, type RuleContext } from '../rules/rule.js';

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

/** Every field of `T`, an optional one given as undefined when absent (so that none can be left out). */
type Complete<T> = { [K in keyof Required<T>]: T[K] };

export function checkPoa(model: PoaModel, context: CheckContext): Finding[] {
    const jurisdiction = effectiveJurisdiction(model);
    // Each field written out, not `{ ...context, ... }`: the rules read the context fifty-odd times per file,
    // and on the spread's copy those reads took a quarter of the checks' time (a micro-benchmark of this
    // function: 8.5 -> 6.0 us). `Complete` makes a field added to the context a compile error here until copied.
    const ctx: Complete<RuleContext> = {
        today: context.today, final: context.final, dataKeys: context.dataKeys, allowed: context.allowed,
        model, jurisdiction, profile: jurisdictionProfile(jurisdiction)
    };
    const findings: Finding[] = [];
    const written = model.wordsAfterSyntaxError ? new Set(model.wordsAfterSyntaxError) : undefined;
    // A file with no words at all (empty, or only comments) has one problem, which its syntax error states.
    if (written && written.size === 0) return [];
    const onForm = statutoryForm(model.form?.id) !== undefined;
    // One report function for the whole run, reading the rule that is checking: a closure made for each of
    // the fifty-odd rules was most of this loop's own time and allocation. The checks are synchronous, so
    // every report comes from the rule set here.
    let rule: Rule | undefined;
    const damaged = model.damagedBySyntaxError;
    const report = (r: Report) => {
        const current = rule!;
        const severity = r.severity ?? current.severity;
        if (severity !== 'error' && context.allowed?.has(current.code)) return;
        if (damaged && damaged.some((d) => r.range.offset >= d.from && r.range.offset < d.to)) return;
        findings.push({
            code: current.code,
            severity,
            message: ruleMessage(current, r.args),
            range: r.range,
            related: r.related ?? [],
            fix: r.fix,
            alternatives: r.alternatives
        });
    };
    for (const candidate of applicableRules(model, jurisdiction)) {
        if (!candidate.check || (candidate.governs && !candidate.governs(ctx))) continue;
        if (written && writtenAfterSyntaxError(candidate, written)) continue;
        if (onForm && ANSWERED_BY_FORM.has(candidate.code)) continue;
        rule = candidate;
        candidate.check(ctx, report);
    }
    rule = undefined;
    return findings;
}

/** After a syntax error: the clause the rule would report missing is written, so the syntax error is the problem. */
function writtenAfterSyntaxError(rule: Rule, written: ReadonlySet<string>): boolean {
    const keywords = rule.clauseKeyword === undefined ? [] : typeof rule.clauseKeyword === 'string' ? [rule.clauseKeyword] : rule.clauseKeyword;
    if (keywords.some((k) => written.has(k))) return true;
    // A misspelt keyword (`granted {`) is the syntax error's, and the clause it opens is written.
    for (const word of written) if (nearestKeyword(word, keywords) !== undefined) return true;
    return false;
}

const DAY_MS = 86_400_000;
/** The UTC day `todayIso()` last formatted: from its first millisecond to the next day's, and its date. */
let dayFrom = 0;
let dayTo = 0;
let dayIso = '';

/**
 * Today's date (UTC) as YYYY-MM-DD: what hosts pass as `CheckContext.today`. Without a date, the current one,
 * formatted again only when the clock has left the day last formatted (a UTC day is exactly `DAY_MS` in
 * JavaScript's time): every file checked asks, and a `Date` and its ISO string each time cost a tenth as
 * much as running the rules on a short file.
 */
export function todayIso(now?: Date): string {
    if (now) return now.toISOString().slice(0, 10);
    const time = Date.now();
    if (time < dayFrom || time >= dayTo) {
        dayIso = new Date(time).toISOString().slice(0, 10);
        dayFrom = Math.floor(time / DAY_MS) * DAY_MS;
        dayTo = dayFrom + DAY_MS;
    }
    return dayIso;
}

/**
 * What the agents may do: each power is a phrase of the phrasebook, listed in
 * the order written, the catch-all last. The securities power holds the
 * compliance purpose and the filings in one frame.
 */
import { statuteFamilyCount } from '../../catalog/securities-catalog.js';
import type { GrantModel, Wording } from '../../model/poa-model.js';
import type { SourceRange } from '../../model/source-range.js';
import { runWithText, type Run } from '../document-tree.js';
import { phrase } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

/** Every power the grant confers, each as its style words it. */
export function powerPhrases(ctx: RenderContext, grant: GrantModel): Run[][] {
    // Powers appear in the order written; the catch-all always comes last, as it refers to "the foregoing".
    const powers: { at: number; runs: () => Run[] }[] = [];
    const first = (...offsets: (number | undefined)[]) => Math.min(...offsets.filter((o): o is number => o !== undefined));
    // A securities-power style that words one filing ({filing}) makes each filing an item of its own, where it is written.
    const perFiling = grant.compliance.length === 0 && (ctx.style('securities-power')?.template ?? '') === '{filing}';
    if (perFiling) {
        for (const filing of grant.filings) powers.push({ at: filing.range.offset, runs: () => phrase(ctx, 'securities-power', 'filings-only', { filing }) });
    } else if (grant.compliance.length || grant.filings.length) {
        const at = first(grant.compliance[0]?.range.offset, grant.filings[0]?.range.offset);
        if (filingsStandAlone(ctx, grant)) {
            // The default frame ends "in connection with the preparation, execution and filing of", which
            // takes the thing filed ("any report on Form 4"); a filing style that words a whole power
            // ("to sign any amendments to this Annual Report") follows no frame: it is a power of its own,
            // after the compliance frame when the grant has one.
            if (grant.compliance.length) powers.push({ at, runs: () => phrase(ctx, 'securities-power', 'compliance-only') });
            powers.push({ at, runs: () => phrase(ctx, 'securities-power', undefined, {}, undefined, 'classic') });
        } else {
            const variant = grant.filings.length === 0 ? 'compliance-only' : grant.compliance.length === 0 ? filingsOnly(ctx, grant) : undefined;
            powers.push({ at, runs: () => phrase(ctx, 'securities-power', variant) });
        }
    }
    if (grant.edgarAccess) powers.push({ at: grant.edgarAccess.offset, runs: () => phrase(ctx, 'edgar-access', undefined, {}, grant.edgarAccess) });
    if (grant.transactionInformation) powers.push({ at: grant.transactionInformation.offset, runs: () => phrase(ctx, 'transaction-information', undefined, {}, grant.transactionInformation) });
    if (grant.venues.length) powers.push({ at: grant.venues[0].range.offset, runs: () => phrase(ctx, 'venues') });
    for (const purpose of grant.purposes) {
        powers.push({ at: purpose.range?.offset ?? 0, runs: () => phrase(ctx, 'purpose', undefined, { purpose }) });
    }
    const security = grant.security;
    if (security) powers.push({ at: security.range.offset, runs: () => phrase(ctx, 'security-power', security.withoutNotice ? undefined : 'with-notice', {}, security.range) });
    if (grant.allSubjects || grant.subjects.length) powers.push({ at: grant.subjectsRange?.offset ?? 0, runs: () => phrase(ctx, 'subjects', undefined, {}, grant.subjectsRange) });
    // Powers granted expressly are said together; each one the principal initials is a power of its own, with the
    // line for the initials next to it, as Florida requires of each such enumeration (Fla. Stat. § 709.2202(1)).
    const together = grant.hotPowers.filter((h) => !h.initialed);
    if (together.length) powers.push({ at: together[0].range.offset, runs: () => phrase(ctx, 'hot-powers') });
    for (const h of grant.hotPowers) if (h.initialed) powers.push({ at: h.range.offset, runs: () => phrase(ctx, 'hot-powers', 'initialed', { hotPower: h.id }, h.range) });
    if (grant.healthCare) powers.push({ at: grant.healthCare.range.offset, runs: () => phrase(ctx, 'health-care', undefined, {}, grant.healthCare!.range) });
    for (const custom of grant.customPowers) {
        powers.push({ at: custom.range.offset, runs: () => (custom.wording ? wordedPower(ctx, custom.wording, custom.range) : [{ text: customPower(ctx, custom.text), source: custom.range }]) });
    }
    if (grant.catchAll) powers.push({ at: Number.MAX_SAFE_INTEGER, runs: () => phrase(ctx, 'catch-all', undefined, { agentPronoun: grant.catchAllPronoun }, grant.catchAll) });
    // Rendered in order, so that defined terms are introduced at their first use in the text.
    // A power whose style words nothing (venues named by the filing itself) is not listed.
    const phrases = powers.sort((a, b) => a.at - b.at).map((p) => p.runs()).filter((runs) => runs.some((r) => r.text.trim() !== ''));
    // A grant that lists its powers after "to:" says each without its own "to", as it says the powers in the
    // file's words (`customPower`): "to: (a) buy ...; (f) make a gift", not "(f) to make a gift".
    return ctx.enumeratedGrant() ? phrases.map(withoutTo) : phrases;
}

/**
 * A power's words without the "to" they open with, after any blank before them (the line for the principal's
 * initials); a new run, the phrase's runs are not changed.
 */
function withoutTo(runs: Run[]): Run[] {
    const i = runs.findIndex((r) => r.text.trim() !== '' && r.role !== 'blank');
    const m = i < 0 ? null : /^(\s*)to /.exec(runs[i].text);
    if (!m) return runs;
    const out = runs.slice();
    out[i] = runWithText(runs[i], m[1] + runs[i].text.slice(m[0].length));
    return out;
}

/**
 * The file leaves the securities power to its default frame, and its filing style words a power of its
 * own (a verb: "execute for and on behalf of ...", "to sign any amendments ...") rather than the thing
 * filed (a noun: "any report ...", "all securities and related filings ..."), which the frame needs.
 */
function filingsStandAlone(ctx: RenderContext, grant: GrantModel): boolean {
    if (grant.filings.length === 0 || ctx.styleId('securities-power') !== undefined) return false;
    const filing = ctx.style('filing');
    return filing !== undefined && !THING_FILED.test(filing.template);
}

/**
 * The variant for filings without a compliance purpose: `filings-several` where the filings fall under
 * more than one statute and the chosen style words them together, else `filings-only`.
 */
function filingsOnly(ctx: RenderContext, grant: GrantModel): string {
    const several = statuteFamilyCount(grant.filings) > 1;
    return several && ctx.style('securities-power')?.variants?.['filings-several'] !== undefined ? 'filings-several' : 'filings-only';
}

/** The start of a filing template that names the thing filed, not an act. */
const THING_FILED = /^(?:any|an|a|all|the)\b/;

/**
 * A power written `power worded "..."`: its words with each `{name}` rendered as in a `worded` override (a term's
 * first use introduces it), the leading "to" handled as for a power written out.
 */
function wordedPower(ctx: RenderContext, wording: Wording, source: SourceRange): Run[] {
    const runs = ctx.wording(wording).map((r) => ({ ...r, source: r.source ?? source }));
    const first = runs[0];
    if (first && first.role === undefined) runs[0] = { ...first, text: customPower(ctx, first.text) };
    return runs;
}

/** A power written out: an infinitive in the default grant ("to sign checks"), an item continuing "to:" in a numbered one. */
function customPower(ctx: RenderContext, text: string): string {
    if (ctx.enumeratedGrant()) return text.replace(/^to /, '');
    return text.startsWith('to ') ? text : `to ${text}`;
}

/**
 * The shape of a rule in the catalog. A rule is data (code, scope, severity,
 * wording, legal source, quick fix) plus one small predicate that reads the
 * semantic model and reports findings. The checks (`checks/check-poa.ts`) run
 * whatever the catalog holds; no rule hides anywhere else.
 */
import type { Kind, PoaModel } from '../model/poa-model.js';
import type { SourceRange } from '../model/source-range.js';
import type { JurisdictionProfile } from './jurisdiction-profile.js';

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint';

/** What a quick fix does; `fixes/quick-fixes.ts` turns one into text edits. */
export type QuickFixId =
    | 'insert-clause'        // insert a whole clause at its canonical place
    | 'insert-in-block'      // insert a line into the grant, term or execution block
    | 'move-form'            // file a form under its statute
    | 'define-term'          // add a `define` clause for an undefined term
    | 'state-agent-mode'     // write how co-agents act
    | 'conform-signature'    // mark the signature as conformed ("/s/ name")
    | 'substitution-scope';  // say that substitutes may be revoked

/** The quick fix a finding offers, carried in the diagnostic's `data`. Plain JSON. */
export interface QuickFixData {
    fix: QuickFixId;
    /** What the fix does, as shown in the editor's light-bulb menu. */
    title: string;
    /** Fix-specific arguments (clause text, form id, statute, term id, mode ...). */
    args: Record<string, string>;
}

/** Dates and modes the checks depend on, injected by the host (never read from the clock inside a rule). */
export interface CheckContext {
    /** Today's date as YYYY-MM-DD. */
    today: string;
    /** A ready-to-sign check: blanks and placeholders are errors. */
    final?: boolean;
    /** The names of the values supplied by a data file, when the file is checked with data. */
    dataKeys?: readonly string[];
    /** Codes the file accepts with `// poa-allow CODE` (see checks/allowed-codes.ts); never errors. */
    allowed?: ReadonlySet<string>;
}

export interface RelatedLocation {
    range: SourceRange;
    message: string;
    /** The file, when the related construct is in another document (workspace checks). */
    uri?: string;
}

/** One problem found by one rule: plain data the validator, the CLI and the tests read. */
export interface Finding {
    code: string;
    severity: RuleSeverity;
    message: string;
    range: SourceRange;
    related: RelatedLocation[];
    fix?: QuickFixData;
    /** Further fixes offered when there is a choice (e.g. the co-agent mode). */
    alternatives?: QuickFixData[];
}

/** What a rule's predicate reports: where, the values for the message's placeholders, and the fix. */
export interface Report {
    range: SourceRange;
    args?: Record<string, string | number>;
    related?: RelatedLocation[];
    fix?: QuickFixData;
    alternatives?: QuickFixData[];
    /** Overrides the rule's severity (used only for template blanks outside a final check). */
    severity?: RuleSeverity;
}

export interface RuleContext extends CheckContext {
    model: PoaModel;
    /** The jurisdiction's profile, when the file names a jurisdiction the catalog knows. */
    profile?: JurisdictionProfile;
    /** The jurisdiction id the rules see (`federal` for securities kinds that name none). */
    jurisdiction?: string;
}

export interface Rule {
    /** Stable code shown with every diagnostic, e.g. `poa/missing-term`. */
    code: string;
    /** A short name for the catalog. */
    title: string;
    /** The kinds the rule applies to ('all': every file, whatever its kind). */
    kinds: readonly Kind[] | 'all';
    /** The jurisdictions the rule applies to ('all': every file). */
    jurisdictions: readonly string[] | 'all';
    severity: RuleSeverity;
    /** What is wrong. `{name}` placeholders are filled from the report's args. */
    message: string;
    /** Why it matters legally. May use placeholders. */
    why: string;
    /** What to do. May use placeholders. */
    action: string;
    /** The legal source the rule rests on (statute, SEC rule or form, uniform act section). */
    source: string;
    /**
     * Why the rule has its severity, under the discipline docs/rules.md states:
     * error = the cited law makes the instrument invalid, ineffective or not
     * fileable; warning = a real legal or practical risk; information = drafting practice.
     */
    severityBasis: string;
    /** Which instruments the rule's law governs (and which it leaves alone). */
    scope: string;
    /**
     * Where the law the rule cites was checked: each citation with where its text
     * was read, or marked as cited only. Defaults to the source, cited only.
     */
    provenance?: readonly Provenance[];
    /**
     * The keyword that opens the clause whose absence the rule reports (`missing-*`
     * rules). After a syntax error, the finding is not made when that keyword is in
     * the file: the syntax error, not a missing clause, is the problem.
     */
    clauseKeyword?: string | readonly string[];
    /**
     * Whether the rule's law governs this instrument at all (beyond kind and
     * jurisdiction): e.g. New York title 15 governs only powers of individuals.
     */
    governs?: (ctx: RuleContext) => boolean;
    /** The quick fix the rule offers, if any. */
    quickFix?: QuickFixId;
    /** Reads the model and reports each problem. Absent for rules checked across files. */
    check?: (ctx: RuleContext, report: (r: Report) => void) => void;
}

/** Where the text of a cited law was read. */
export interface Provenance {
    citation: string;
    /** 'text': the text itself was read at `where`; 'cited': only cited (citation not verified). */
    read: 'text' | 'cited';
    /** Repository + path + commit, or URL, of the text read (with the date read, when known). */
    where?: string;
}

/** A rule's provenance: what it records, or its source cited only. */
export function provenanceOf(r: Rule): readonly Provenance[] {
    return r.provenance ?? [{ citation: r.source, read: 'cited' }];
}

/** Fills `{name}` placeholders; unknown placeholders are left as written. */
export function fill(template: string, args: Record<string, string | number> = {}): string {
    return template.replace(/\{([A-Za-z][\w]*)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** The full diagnostic message: what is wrong, why it matters, what to do, and the source. */
export function ruleMessage(rule: Rule, args: Record<string, string | number> = {}): string {
    const parts = [fill(rule.message, args), fill(rule.why, args), fill(rule.action, args)].filter((p) => p.length > 0)
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
    const source = fill(rule.source, args);
    return `${parts.join(' ')} (Source: ${source}${source.endsWith('.') ? '' : '.'})`;
}

/** A rule definition helper that keeps each catalog module terse. */
export function rule(definition: Rule): Rule {
    return definition;
}

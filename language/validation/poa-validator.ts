/**
 * Wires the rule catalog into Langium's validation: one check on the whole
 * instrument builds the semantic model, runs the catalog and reports each
 * finding with its rule code, a precise range, related locations and, in
 * `data`, the quick fixes (`fixes/quick-fixes.ts` turns them into edits).
 * Registered by `PoaValidationRegistry`, so every host that injects
 * `PoaModule` (the CLI, the tests, the language server) gets the checks.
 */
import { AstUtils, ValidationRegistry, type LangiumCoreServices, type ValidationAcceptor, type ValidationSeverity } from 'langium';
import type { Instrument } from '../generated/ast.js';
import { sharedModel } from '../model/model-cache.js';
import type { SourceRange } from '../model/source-range.js';
import { allowedCodes } from '../checks/allowed-codes.js';
import { checkPoa, todayIso } from '../checks/check-poa.js';
import type { CheckContext, Finding, QuickFixData, RuleSeverity } from '../rules/rule.js';

/** What a POA diagnostic carries in `data`: its code and the quick fixes it offers. */
export interface PoaDiagnosticData {
    code: string;
    fix?: QuickFixData;
    alternatives?: QuickFixData[];
}

/**
 * The date and mode the editor checks use. Hosts (and tests) may pin the
 * date; nothing in the rules reads the clock.
 */
export class CheckClock {
    /** A fixed date (YYYY-MM-DD) to check against instead of today. */
    today?: string;
    context(): CheckContext {
        return { today: this.today ?? todayIso() };
    }
}

const SEVERITY: Record<RuleSeverity, ValidationSeverity> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

function lspRange(r: SourceRange) {
    return { start: { ...r.start }, end: { ...r.end } };
}

export class PoaValidationRegistry extends ValidationRegistry {
    constructor(services: LangiumCoreServices) {
        super(services);
        const clock = (services as LangiumCoreServices & { poa?: { clock?: CheckClock } }).poa?.clock ?? new CheckClock();
        this.register({
            Instrument: (node: Instrument, accept: ValidationAcceptor) => {
                const uri = AstUtils.getDocument(node).uri.toString();
                const allowed = allowedCodes(AstUtils.getDocument(node).textDocument.getText());
                for (const f of checkPoa(sharedModel(node), { ...clock.context(), allowed })) acceptFinding(node, uri, f, accept);
            }
        });
    }
}

function acceptFinding(node: Instrument, uri: string, f: Finding, accept: ValidationAcceptor): void {
    const data: PoaDiagnosticData = { code: f.code, fix: f.fix, alternatives: f.alternatives };
    accept(SEVERITY[f.severity], f.message, {
        node,
        range: lspRange(f.range),
        code: f.code,
        data,
        relatedInformation: f.related.map((r) => ({ location: { uri: r.uri ?? uri, range: lspRange(r.range) }, message: r.message }))
    });
}

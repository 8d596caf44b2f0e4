/**
 * Langium's own linking errors name grammar types ("Could not resolve
 * reference to Party named 'x'"). A lawyer should read plain words instead,
 * with a stable code: `poa/unknown-parameter` for a template parameter,
 * `poa/undefined-term` for a term reference (`comply with ...`),
 * `poa/unresolved-reference` for a party or issuer.
 */
import { Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ValidateSingleNodeOptions, type ValidationAcceptor, type ValidationOptions } from 'langium';
import { isInstrument } from '../generated/ast.js';
import { ruleByCode } from '../rules/rule-catalog.js';
import { ruleMessage } from '../rules/rule.js';

/** The diagnostic shape Langium's validator produces (named here so language/ imports no LSP package). */
type Diagnostic = Awaited<ReturnType<DefaultDocumentValidator['validateDocument']>>[number];

/** The code of an unresolved reference, by the kind of node holding it. */
const CODES: Record<string, string> = {
    ParameterRef: 'poa/unknown-parameter',
    TermRef: 'poa/undefined-term'
};

interface LinkingData {
    code?: string;
    containerType?: string;
    refText?: string;
}

export class PoaDocumentValidator extends DefaultDocumentValidator {
    /**
     * Every POA check runs on the instrument as a whole (poa-validator.ts
     * registers checks for Instrument only), so the walk stops at the root:
     * visiting every other node found nothing to check and cost ~25 ms per
     * keystroke on a 5,000-line file.
     */
    protected override validateSingleNodeOptions(node: AstNode, options: ValidationOptions): ValidateSingleNodeOptions {
        if (isInstrument(node)) return { validateNode: true, validateChildren: false };
        return super.validateSingleNodeOptions(node, options);
    }

    /**
     * The same walk without Langium's tree stream: the checks of the instrument node, and nothing under it (see
     * `validateSingleNodeOptions`). Any other root, or a profiled validation, is Langium's walk.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!isInstrument(rootNode) || this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        await interruptAndCheck(cancelToken);
        for (const check of this.validationRegistry.getChecks(rootNode.$type, options.categories)) await check(rootNode, acceptor, cancelToken);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const raw: Diagnostic[] = [];
        super.processLinkingErrors(document, raw, options);
        for (const d of raw) {
            const data = d.data as LinkingData | undefined;
            const name = data?.refText ?? '';
            const code = CODES[data?.containerType ?? ''] ?? 'poa/unresolved-reference';
            const rule = ruleByCode(code);
            // An undefined term offers its quick fix (define it), as the rule says.
            const fix = code === 'poa/undefined-term' ? { fix: 'define-term', title: `Define "${name}"`, args: { id: name } } : undefined;
            diagnostics.push({ ...d, code, message: rule ? ruleMessage(rule, { name, id: name }) : d.message, data: fix ? { code, fix } : { code } });
        }
    }
}

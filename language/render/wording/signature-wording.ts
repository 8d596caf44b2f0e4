/**
 * Signature blocks: a conformed signature ("/s/ Alan J. Kreczko") as filed
 * with the SEC, or a line to sign with the signer's name under it; for an
 * entity, its name, then "By:", "Name:" and "Title:".
 */
import type { PrincipalModel, SignatureModel } from '../../model/poa-model.js';
import type { Block, Line, Run } from '../document-tree.js';
import { phraseBlockLines } from '../phrase.js';
import type { RenderContext } from '../render-context.js';

export function signatureBlocks(ctx: RenderContext): Block[] {
    const m = ctx.model;
    const signatures: (SignatureModel | undefined)[] = m.execution?.signatures.length ? m.execution.signatures : m.principals.map(() => undefined);
    if (signatures.length === 0) signatures.push(undefined);
    return signatures.map((sig, i) => {
        const signer = (sig?.signer ? ctx.findParty(sig.signer) : undefined) ?? m.principals[i] ?? m.principals[0];
        return {
            kind: 'signature',
            id: `signature-${i + 1}`,
            runs: [],
            lines: signatureLines(ctx, sig, signer?.role === 'principal' ? signer : undefined, signer ? ctx.party(signer) : undefined),
            keepTogether: true,
            source: sig?.range ?? m.execution?.range
        };
    });
}

function signatureLines(ctx: RenderContext, sig: SignatureModel | undefined, principal: PrincipalModel | undefined, name: Run | undefined): Line[] {
    const nameRun: Run = name ?? { text: '[PRINCIPAL]', role: 'missing', ref: 'principal', note: 'No principal is named.' };
    const lines: Line[] = [];
    if (principal?.entity) {
        // An entity named at the head of the form is not named again over its signature.
        if ((ctx.styleId('principal-heading') ?? 'no-heading') === 'no-heading') lines.push({ runs: [nameRun] });
        const signatory = principal.signatory;
        if (chosenSignatureStyle(ctx)) {
            // A style words the signatory's lines under the entity's name ("By: ... / Print Name: ... / Title: ...").
            const signatoryName = signatory ? ctx.value(signatory.name, 'NAME') : { text: '', role: 'blank' as const };
            const conformed = sig?.conformed || sig?.conformedFromName ? conformedRun(ctx, sig, signatoryName) : { text: '', role: 'blank' as const };
            const title = sig?.title ?? signatory?.title;
            lines.push(...phraseBlockLines(ctx, 'signature', { signer: { conformed, name: signatoryName, title: title ? ctx.value(title, 'TITLE') : undefined, caption: signatory?.name.blank?.caption } }));
            return lines;
        }
        if (sig?.conformed || sig?.conformedFromName) lines.push({ runs: [{ text: 'By: ' }, conformedRun(ctx, sig, signatory ? ctx.value(signatory.name, 'NAME') : nameRun)] });
        else lines.push({ runs: [{ text: 'By: ' }], rule: true });
        lines.push({ runs: [{ text: 'Name: ' }, signatory ? ctx.value(signatory.name, 'NAME') : { text: '', role: 'blank' }] });
        const title = sig?.title ?? signatory?.title;
        lines.push({ runs: [{ text: 'Title: ' }, title ? ctx.value(title, 'TITLE') : { text: '', role: 'blank' }] });
        return lines;
    }
    if (chosenSignatureStyle(ctx)) {
        const conformed = sig?.conformed || sig?.conformedFromName ? conformedRun(ctx, sig, nameRun) : { text: '', role: 'blank' as const };
        const title = sig?.title ? ctx.value(sig.title, 'TITLE') : undefined;
        const address = principal?.address ? ctx.value(principal.address, 'ADDRESS') : undefined;
        lines.push(...phraseBlockLines(ctx, 'signature', { signer: { conformed, name: nameRun, title, caption: principal?.name.blank?.caption, address } }));
        return lines;
    }
    if (sig?.conformed || sig?.conformedFromName) {
        const conformed = conformedRun(ctx, sig, nameRun);
        lines.push({ runs: [conformed] });
        // A conformed signature that already shows the name needs no printed name beneath it.
        if (!(nameRun.text && conformed.text.includes(nameRun.text))) lines.push({ runs: [nameRun], caption: true });
    } else {
        lines.push({ runs: [], rule: true });
        lines.push({ runs: [nameRun], caption: true });
    }
    if (sig?.title) lines.push({ runs: [ctx.value(sig.title, 'TITLE')], caption: true });
    return lines;
}

/** The file chose a signature style other than the default line the renderer draws. */
function chosenSignatureStyle(ctx: RenderContext): boolean {
    return ctx.style('signature') !== undefined && ctx.styleId('signature') !== 'signed-line';
}

function conformedRun(ctx: RenderContext, sig: SignatureModel, name: Run): Run {
    if (sig.conformed) return ctx.value(sig.conformed, 'SIGNATURE');
    return { ...name, text: `/s/ ${name.text}` };
}

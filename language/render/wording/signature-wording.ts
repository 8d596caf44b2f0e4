/**
 * Signature blocks: a conformed signature ("/s/ Alan J. Kreczko") as filed
 * with the SEC, or a line to sign with the signer's name under it; for an
 * entity, its name, then "By:", "Name:" and "Title:".
 */
import type { PrincipalModel, SignatureModel } from '../../model/poa-model.js';
import type { Block, Line, Run } from '../document-tree.js';
import { phraseLines } from '../phrase.js';
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
        lines.push({ runs: [nameRun] });
        const signatory = principal.signatory;
        if (sig?.conformed || sig?.conformedFromName) lines.push({ runs: [{ text: 'By: ' }, conformedRun(ctx, sig, signatory ? ctx.value(signatory.name, 'NAME') : nameRun)] });
        else lines.push({ runs: [{ text: 'By: ' }], rule: true });
        lines.push({ runs: [{ text: 'Name: ' }, signatory ? ctx.value(signatory.name, 'NAME') : { text: '', role: 'blank' }] });
        const title = sig?.title ?? signatory?.title;
        lines.push({ runs: [{ text: 'Title: ' }, title ? ctx.value(title, 'TITLE') : { text: '', role: 'blank' }] });
        return lines;
    }
    if (ctx.style('signature') && ctx.styleId('signature') !== 'signed-line') {
        const conformed = sig?.conformed || sig?.conformedFromName ? conformedRun(ctx, sig, nameRun) : { text: '', role: 'blank' as const };
        const title = sig?.title ? ctx.value(sig.title, 'TITLE') : undefined;
        lines.push(...phraseLines(ctx, 'signature', { signer: { conformed, name: nameRun, title } }).map(styleLine));
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

/** A template line of three hyphens (`---`) is the line signed on, typed as on a text filing. */
function styleLine(runs: Run[]): Line {
    return runs.length === 1 && runs[0].text === '---' ? { runs: [], rule: true, typed: true } : { runs };
}

function conformedRun(ctx: RenderContext, sig: SignatureModel, name: Run): Run {
    if (sig.conformed) return ctx.value(sig.conformed, 'SIGNATURE');
    return { ...name, text: `/s/ ${name.text}` };
}

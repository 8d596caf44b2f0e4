/** The witnesses' attestation and their signature lines. */
import type { Block, Line } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';
import { phraseBlockLines } from '../phrase.js';
import { witnessRecords } from '../../rules/witness-qualifications.js';

export function witnessBlock(ctx: RenderContext): Block | undefined {
    const w = ctx.model.execution?.witnesses;
    if (!w) return undefined;
    const count = Math.max(w.count, w.names.length, 1);
    if (ctx.style('witness') && ctx.styleId('witness') !== 'attested') {
        // A style of the phrasebook: each witness's lines from its template, no attestation.
        const styled: Line[] = [];
        for (let i = 0; i < count; i++) {
            const name = w.names[i] ? ctx.value(w.names[i], 'WITNESS') : { text: '', role: 'blank' as const };
            styled.push(...phraseBlockLines(ctx, 'witness', { witness: name, witnessNumber: i + 1 }));
        }
        return { kind: 'witnesses', id: 'witnesses', runs: w.wording ? ctx.wording(w.wording) : [], lines: styled, keepTogether: true, source: w.range };
    }
    const lines: Line[] = [];
    for (let i = 0; i < count; i++) {
        const name = w.names[i];
        lines.push({ runs: [], rule: true });
        lines.push({ runs: name ? [{ text: 'Witness: ' }, ctx.value(name, 'WITNESS')] : [{ text: 'Witness' }], caption: true });
        lines.push({ runs: [{ text: 'Address: ' }], rule: true });
    }
    // A form's own statement of the witnesses replaces the standard attestation and its heading (the
    // statement carries its own, as "Statement by Witnesses" does on a state's form).
    if (w.wording) return { kind: 'witnesses', id: 'witnesses', runs: ctx.wording(w.wording).map((r) => ({ ...r, source: r.source ?? w.range })), lines, keepTogether: true, source: w.range };
    const several = ctx.model.principals.length > 1;
    const principal = several ? 'the principals' : 'the principal';
    // The attestation never says what the file contradicts: with a witness who is an agent or successor agent
    // (named as one, or stated so), it does not say that no witness is named as an agent.
    const agentWitness = witnessRecords(ctx.model).records.some((r) => r.facts.get('agent') === true);
    // A health-care power's witnesses say the principal signed willingly and free from duress, as New York requires
    // its witnesses to state (N.Y. Pub. Health Law section 2981(2)(a)).
    const willingly = ctx.model.kind === 'healthcare' ? ` ${several ? 'The principals' : 'The principal'} appeared to sign willingly and free from duress.` : '';
    const attestation = count === 1
        ? `Signed and declared by ${principal} to be ${several ? 'their' : 'the principal\'s'} power of attorney in my presence, and signed by me as a witness in the presence of ${principal}.${willingly} I am at least eighteen years of age${agentWitness ? '.' : ', and I am not named as an agent in this power of attorney.'}`
        : `Signed and declared by ${principal} to be ${several ? 'their' : 'the principal\'s'} power of attorney in our presence, and signed by us as witnesses in the presence of ${principal} and of each other.${willingly} Each of us is at least eighteen years of age${agentWitness ? '.' : `, and ${count > 2 ? 'none' : 'neither'} of us is named as an agent in this power of attorney.`}`;
    return { kind: 'witnesses', id: 'witnesses', heading: 'WITNESSES', runs: [{ text: attestation, source: w.range }], lines, keepTogether: true, source: w.range };
}

/**
 * The testimonium that precedes the signatures: "IN WITNESS WHEREOF, I have
 * hereunto set my hand this 26th day of July, 2007." or "IN WITNESS WHEREOF,
 * the undersigned has executed this Power of Attorney as of ...".
 */
import type { Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';

export function testimoniumParagraph(ctx: RenderContext): Run[] {
    const m = ctx.model;
    const exec = m.execution;
    const date: Run[] = exec ? ctx.date(exec.date, exec.asOf ? 'the' : 'this') : ctx.date(undefined);
    const when: Run[] = exec?.asOf ? [{ text: 'as of ' }, ...date] : date;
    const place: Run[] = exec?.place ? [{ text: ', at ' }, ctx.value(exec.place, 'PLACE')] : [];
    const entity = m.principals.length > 0 && m.principals.every((p) => p.entity);
    let lead: string;
    if (entity) {
        lead = `IN WITNESS WHEREOF, ${ctx.subject()} ${ctx.verb('has', 'have')} caused this Power of Attorney to be executed by ${ctx.plural ? 'their' : 'its'} duly authorized ${ctx.plural ? 'signatories' : 'signatory'} `;
    } else if (exec?.testimonium === 'hand') {
        lead = ctx.plural ? 'IN WITNESS WHEREOF, we have hereunto set our hands ' : 'IN WITNESS WHEREOF, I have hereunto set my hand ';
    } else {
        lead = `IN WITNESS WHEREOF, ${ctx.subject()} ${ctx.verb('has', 'have')} executed this Power of Attorney `;
    }
    return [{ text: lead, source: exec?.range }, ...when, ...place, { text: '.' }];
}

/**
 * The notary's certificate of acknowledgment. New York and California
 * prescribe their own forms (N.Y. Real Prop. Law § 309-a; Cal. Civ. Code
 * § 1189); elsewhere the short form of the Revised Uniform Law on Notarial
 * Acts § 16 is used.
 */
import type { Block, Line, Run } from '../document-tree.js';
import type { RenderContext } from '../render-context.js';
import { phraseBlockLines } from '../phrase.js';

export function notaryBlock(ctx: RenderContext): Block | undefined {
    const n = ctx.model.execution?.notary;
    if (!n) return undefined;
    // A form that leaves the certificate to be attached prints its instruction in the certificate's place.
    if (n.wording) return { kind: 'notary', id: 'notary', runs: ctx.wording(n.wording), keepTogether: true, source: n.range };
    // A phrasebook style words the certificate (`phrasing notary style before-me-personally-appeared`).
    if (ctx.style('notary') && ctx.styleId('notary') !== 'by-jurisdiction') {
        return { kind: 'notary', id: 'notary', runs: [], lines: phraseBlockLines(ctx, 'notary'), keepTogether: true, source: n.range };
    }
    const names: Run[] = [];
    ctx.model.principals.forEach((p, i) => {
        if (i > 0) names.push({ text: i === ctx.model.principals.length - 1 ? ' and ' : ', ' });
        names.push(ctx.party(p));
    });
    if (names.length === 0) names.push({ text: '[PRINCIPAL]', role: 'missing', ref: 'principal' });
    const pronoun = ctx.model.principals.length > 1 ? PLURAL : singular(ctx.model.principals[0]?.pronoun.subject ?? 'he or she', ctx.model.principals[0]?.pronoun.possessive ?? 'his or her');
    return { kind: 'notary', id: 'notary', heading: 'ACKNOWLEDGMENT', runs: [], lines: certificateLines(ctx, names, pronoun), keepTogether: true, source: n.range };
}

/** How the certificate refers to the signers: one individual, or several. */
export interface SignerPronoun { subj: string; poss: string; be: string; names: string; individual: string }
const PLURAL: SignerPronoun = { subj: 'they', poss: 'their', be: 'are', names: 'names', individual: 'individuals' };
export function singular(subj: string, poss: string): SignerPronoun {
    return { subj, poss, be: 'is', names: 'name', individual: 'individual' };
}
export function signersPronoun(count: number, subj = 'he or she', poss = 'his or her'): SignerPronoun {
    return count > 1 ? PLURAL : singular(subj, poss);
}

/**
 * The venue, the certificate and the notary's lines, for the signers named: the principals, or the
 * agents acknowledging their signatures (`acceptance by agents acknowledged`). The venue is the
 * execution's notary's, when it names one.
 */
export function certificateLines(ctx: RenderContext, names: Run[], pronoun: SignerPronoun): Line[] {
    const n = ctx.model.execution?.notary;
    const state = n?.state ? ctx.value(n.state, 'STATE') : { text: '____________________' };
    const county = n?.county ? ctx.value(n.county, 'COUNTY') : { text: '____________________' };
    // The District of Columbia is not a State and has no counties: its venue is the District alone.
    const district = n?.state ? /^(?:the\s+)?District of Columbia$/i.test(n.state.value ?? '') : ctx.model.jurisdiction === 'DC';
    const lines: Line[] = district
        ? [{ runs: [n?.state ? { ...state, text: 'District of Columbia' } : { text: 'District of Columbia' }] }]
        : [
            { runs: [{ text: 'State of ' }, state] },
            { runs: [{ text: 'County of ' }, county, { text: ctx.model.jurisdiction === 'NY' ? ' ss.:' : '' }] }
        ];
    const jurisdiction = ctx.model.jurisdiction;
    let body: Run[];
    if (jurisdiction === 'NY') {
        body = [{ text: 'On the ____ day of ____________ in the year 20__, before me, the undersigned, personally appeared ' }, ...names,
            { text: `, personally known to me or proved to me on the basis of satisfactory evidence to be the ${pronoun.individual} whose ${pronoun.names} ${pronoun.be} subscribed to the within instrument and acknowledged to me that ${pronoun.subj} executed the same in ${pronoun.poss} capacity, and that by ${pronoun.poss} signature on the instrument, the ${pronoun.individual}, or the person upon behalf of which the ${pronoun.individual} acted, executed the instrument.` }];
    } else if (jurisdiction === 'CA') {
        lines.unshift({ runs: [{ text: 'A notary public or other officer completing this certificate verifies only the identity of the individual who signed the document to which this certificate is attached, and not the truthfulness, accuracy, or validity of that document.' }] });
        body = [{ text: 'On ____________ before me, ____________________, Notary Public, personally appeared ' }, ...names,
            { text: `, who proved to me on the basis of satisfactory evidence to be the person whose ${pronoun.names} ${pronoun.be} subscribed to the within instrument and acknowledged to me that ${pronoun.subj} executed the same in ${pronoun.poss} authorized capacity, and that by ${pronoun.poss} signature on the instrument the person, or the entity upon behalf of which the person acted, executed the instrument. I certify under PENALTY OF PERJURY under the laws of the State of California that the foregoing paragraph is true and correct. WITNESS my hand and official seal.` }];
    } else {
        body = [{ text: 'This record was acknowledged before me on ____________________ by ' }, ...names, { text: '.' }];
    }
    lines.push({ runs: body });
    lines.push({ runs: [], rule: true });
    lines.push({ runs: [{ text: 'Notary Public' }], caption: true });
    lines.push({ runs: [{ text: 'My commission expires: ' }], rule: true });
    return lines;
}

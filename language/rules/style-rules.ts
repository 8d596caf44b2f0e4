/**
 * Styles of the phrasebook: a style the file names must exist. An unknown
 * style renders in the default wording, so this is a warning that lists the
 * styles there are, never a failure.
 */
import { clausePhrases, findStyle, isSentenceTemplate, PHRASEBOOK, STYLE_SETS } from '../phrasebook/index.js';
import type { SourceRange } from '../model/source-range.js';
import { RenderContext } from '../render/render-context.js';
import { grantHoldsIncidentalAuthority, incidentalHoldsRest, templateHolds } from '../render/slots.js';
import { listMarker } from '../render/english.js';
import { RATIFICATION_SENTENCE_SLOT, stylesOfShape } from '../render/ratification-place.js';
import { rule, type Rule } from './rule.js';

export const STYLE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/unknown-numbering',
        title: 'Unknown list marker',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The grant\'s numbering "{marker}" is not a list marker the renderer knows; the powers are numbered (1), (2), ... instead. Known markers: (1), 1., 1), (a), a., a), (A), A., (i), i., (I), I.',
        why: 'The numbering names the first power\'s marker, from which the others count on; a marker that is not a number, letter or roman numeral cannot be counted, so the powers would not carry the markers the author wrote.',
        action: 'Write the first power\'s marker, for example `numbering "(a)"` or `numbering "1."`.',
        source: 'POA language reference (docs/language.md, "The grant")',
        severityBasis: 'warning: the powers are granted all the same; only their markers differ from the author\'s.',
        scope: 'Every grant with its own numbering.',
        check: ({ model }, report) => {
            const numbering = model.grant?.numbering;
            if (numbering && !listMarker(numbering.marker)) report({ range: numbering.range, args: { marker: numbering.marker } });
        }
    }),
    rule({
        code: 'poa/unknown-style',
        title: 'Unknown wording style',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '{what} has no style "{style}"; the default wording is used. Known styles: {known}.',
        why: 'A style names a set of words in the phrasebook; a style that does not exist would leave the instrument in words the author did not choose.',
        action: 'Choose one of the known styles, or remove the style to keep the default wording.',
        source: 'POA language reference (docs/language.md, "Styles")',
        severityBasis: 'warning: nothing in the instrument is invalid; it renders in the default words, which may not be the ones the author meant.',
        scope: 'Every instrument that names a wording style.',
        check: ({ model }, report) => {
            const set = model.styles.set;
            // A clause's style standing alone (after a closing brace) is reported by poa/clause-style-as-set.
            if (set && !STYLE_SETS.some((s) => s.id === set.id) && clausesWithStyle(set.id).length === 0) {
                report({ range: set.range, args: { what: 'The phrasebook', style: set.id, known: STYLE_SETS.map((s) => s.id).join(', ') } });
            }
            for (const choice of model.styles.clauses) {
                const phrases = clausePhrases(choice.clause);
                if (!phrases) {
                    report({ range: choice.range, args: { what: 'The phrasebook', style: choice.clause, known: 'see docs/language.md' } });
                } else if (!phrases.styles.some((s) => s.id === choice.id)) {
                    report({ range: choice.range, args: { what: `The clause "${choice.clause}"`, style: choice.id, known: phrases.styles.map((s) => s.id).join(', ') } });
                }
            }
        }
    }),
    rule({
        code: 'poa/clause-style-as-set',
        title: 'A clause\'s style written where a style set is chosen',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: '"style {style}" stands on its own, where a style set for the whole instrument is chosen, but "{style}" is a style of {clauses}; the default wording is used. Write the style inside that clause{example}.',
        why: 'A `style` outside every clause chooses a set of styles for the whole instrument; a clause\'s own style written there (often just after a closing brace) changes nothing, so the clause would render in words the author did not choose.',
        action: 'Move the style into the clause it belongs to, or remove it.',
        source: 'POA language reference (docs/language.md, "Styles")',
        severityBasis: 'warning: nothing in the instrument is invalid; it renders in the default words, which may not be the ones the author meant.',
        scope: 'Every instrument with a `style` clause naming a style of a single clause.',
        check: ({ model }, report) => {
            // The first `style` and every later one written on its own (often just after a closing brace).
            for (const set of [...(model.styles.set ? [model.styles.set] : []), ...model.styles.later]) {
                if (!isClauseStyleOnly(set.id)) continue;
                const clauses = clausesWithStyle(set.id);
                const example = clauses.includes('signature')
                    ? `, inside the execution block: { signature "/s/ Jane Roe" style ${set.id} }`
                    : `, or on a line of its own as \`phrasing ${clauses[0]} style ${set.id}\``;
                report({ range: set.range, args: { style: set.id, clauses: clauses.map((c) => `the clause "${c}"`).join(' and '), example } });
            }
        }
    }),
    rule({
        code: 'poa/style-omits-clause',
        title: 'A wording style with no place for a clause the file states',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The grant style "{style}" has no place for the {clause} clause, so the rendered instrument leaves it out.',
        why: 'Every clause the author writes is meant to be in the instrument; a style that cannot word it would silently change what the agents are given or what the principal confirms.',
        action: 'Choose a grant style that includes it (the default, `numbered` or `one-sentence`), word the grant yourself with `worded "..."`, or remove the clause.',
        source: 'POA language reference (docs/language.md, "Styles")',
        severityBasis: 'warning: the instrument is not invalid, but the rendered text omits a clause the file states.',
        scope: 'Every instrument whose grant style omits the appointment (and so the substitution) or the ratification.',
        check: ({ model }, report) => {
            // Only a substitution or a ratification can be left out: without either, no rendering context is built.
            if (model.grant?.wording || (!model.substitution && !model.ratification)) return;
            const ctx = new RenderContext(model);
            const style = ctx.styleId('grant');
            if (style === undefined || !ctx.style('grant')) return;
            // Substitution and ratification go into an incidental-authority paragraph that has places for them.
            if (incidentalHoldsRest(ctx) && !grantHoldsIncidentalAuthority(ctx)) return;
            const omitted: { clause: string; range: SourceRange }[] = [];
            if (model.substitution && !templateHolds(ctx, 'grant', 'appointment')) omitted.push({ clause: 'substitution', range: model.substitution.range });
            if (model.ratification && !templateHolds(ctx, 'grant', 'ratification')) omitted.push({ clause: 'ratification', range: model.ratification.range });
            for (const o of omitted) report({ range: o.range, args: { style, clause: o.clause } });
        }
    }),
    rule({
        code: 'poa/ratification-shape',
        title: 'A ratification style of the wrong shape for its place',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The ratification style "{style}" is {shape}, but the {clause} style "{placeStyle}" {place}, so the rendered text reads "{reads}".',
        why: 'Ratification styles are either a phrase that continues the grant\'s sentence ("..., hereby ratifying and confirming ...") or a sentence of their own ("The undersigned hereby ratifies ..."); each grant or incidental-authority style has a place for one shape only. Of the wrong shape, the ratification is ungrammatical in the signed text.',
        action: 'Choose a ratification style of the shape the place takes ({known}), or remove the style: the ratification then takes the first style that fits.',
        source: 'POA language reference (docs/language.md, "Styles")',
        severityBasis: 'warning: the principal ratifies all the same; the rendered sentence is ungrammatical.',
        scope: 'Every instrument that chooses its own ratification style.',
        check: ({ model }, report) => {
            const r = model.ratification;
            if (!r || r.wording) return;
            const ctx = new RenderContext(model);
            const own = ctx.ownStyleId('ratification');
            const style = own === undefined ? undefined : findStyle('ratification', own);
            if (!style) return;
            const displaced = incidentalHoldsRest(ctx) && !grantHoldsIncidentalAuthority(ctx);
            const clause = displaced ? 'incidental-authority' : 'grant';
            const place = ctx.style(clause) ?? findStyle(clause);
            if (!place) return;
            const wantsSentence = place.template.includes(`{${RATIFICATION_SENTENCE_SLOT}}`);
            if (!wantsSentence && !place.template.includes('{ratification}')) return;
            const isSentence = isSentenceTemplate(style.template);
            if (isSentence === wantsSentence) return;
            const opening = style.template.split(' ').slice(0, 3).join(' ').replace(/\{Subject\}/, 'The undersigned').replace(/\{(\w+)\|\w+\}/g, '$1');
            report({
                range: r.range,
                args: {
                    style: style.id,
                    shape: isSentence ? 'a sentence of its own' : 'a phrase that continues a sentence',
                    clause: clause === 'grant' ? 'grant' : 'incidental-authority',
                    placeStyle: place.id,
                    place: wantsSentence ? 'ends its sentence before the ratification' : 'continues its sentence with the ratification after a comma',
                    reads: wantsSentence ? `. ${opening} ...` : `, ${opening} ...`,
                    known: shortList(stylesOfShape(wantsSentence))
                }
            });
        }
    })
];

/** Up to five style ids, then how many more the phrasebook has. */
function shortList(ids: string[]): string {
    const shown = ids.slice(0, 5).map((id) => `\`${id}\``).join(', ');
    return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

/** A style of one clause or more, and no style set: written on its own, it is a clause's style out of place. */
export function isClauseStyleOnly(id: string): boolean {
    return !STYLE_SETS.some((s) => s.id === id) && clausesWithStyle(id).length > 0;
}

/** The clauses of the phrasebook that have a style of this id. */
function clausesWithStyle(id: string): string[] {
    return PHRASEBOOK.filter((c) => c.styles.some((s) => s.id === id)).map((c) => c.clause);
}

/**
 * The phrasebook (`language/phrasebook/`) as the recogniser's list of
 * `{ clause, style, template }`: every style of a clause and every variant of
 * a style, so that import recognises exactly the words the renderer writes.
 * A variant is recognised as its style (`acknowledgment:not-assuming`) with
 * the variant named, since the model, not the file, chooses the variant.
 */
import { PHRASEBOOK } from '../phrasebook/index.js';
import type { PhraseTemplate } from './template-compiler.js';

/**
 * Templates that are nothing but the author's own sentences (`limitations` `own-sentences`): they
 * would match any paragraph, so they recognise nothing; such text stays `worded` on import.
 */
const FREE_TEXT_TEMPLATES = new Set(['{limitation-sentences}']);

/** Whether a style's template can be recognised: it writes something, and not only the author's own sentences. */
export function recognisable(template: string): boolean {
    return template !== '' && !FREE_TEXT_TEMPLATES.has(template);
}

/** The templates of the phrasebook's clauses listed (all clauses when none are). */
export function phrasebookTemplates(clauses?: readonly string[]): PhraseTemplate[] {
    const out: PhraseTemplate[] = [];
    for (const phrases of PHRASEBOOK) {
        if (clauses && !clauses.includes(phrases.clause)) continue;
        for (const style of phrases.styles) {
            // A style that writes nothing (`testimonium` `no-testimonium`) has nothing to recognise.
            if (recognisable(style.template)) out.push({ clause: phrases.clause, style: style.id, template: style.template });
            for (const [variant, template] of Object.entries(style.variants ?? {})) out.push({ clause: phrases.clause, style: style.id, variant, template });
        }
    }
    return out;
}

/** The default style of a clause: a file that uses it writes no `style`. */
export function isDefaultStyle(clause: string, style: string): boolean {
    return PHRASEBOOK.find((c) => c.clause === clause)?.styles[0]?.id === style;
}

/**
 * The signature styles line by line (`signature-line`, variant `line1`, `line2`, ...): the renderer prints
 * each template line as a line of its own. A line that is a bare slot (a typed name) says nothing by itself and
 * is left to the signature block's own reading.
 */
export function signatureLineTemplates(): PhraseTemplate[] {
    return phrasebookTemplates(['signature']).flatMap((t) => t.template.split('\n').map((line, i) => ({ clause: 'signature-line', style: t.style, variant: `line${i + 1}`, template: line })))
        .filter((t) => t.template.trim() === '{conformed}' || !/^\[?\{[A-Za-z-]+\}\]?$/.test(t.template.trim()));
}

/**
 * The agents' acceptance line by line (`acceptance-line`, variant `line1`, ...), only the lines in which the agents
 * speak or are named ("I, {agent-name}, hereby affirm that I am the person named herein as ..."): its other lines
 * (a heading, a caption under the line to sign) say nothing of whose acceptance it is.
 */
export function acceptanceLineTemplates(): PhraseTemplate[] {
    return phrasebookTemplates(['agent-acceptance']).flatMap((t) => t.template.split('\n').map((line, i) => ({ clause: 'acceptance-line', style: t.style, variant: `line${i + 1}`, template: line })))
        .filter((t) => /\{agent-names?\}/.test(t.template));
}

/** What a signature line's slots hold: a conformed signature is "/s/" and the name signed. */
export const SIGNATURE_SLOT_PATTERNS = { conformed: '/s/\\s*\\S[^]*?' } as const;

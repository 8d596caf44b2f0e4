/**
 * An entity's power written on an individual's form: the appointment says "the undersigned's true and lawful
 * attorneys-in-fact" where a style with {whose} or {pronoun-possessive} would say "its" for an entity (the principal
 * is known to be one only at the signature, "By: ... Title: Trustee"). The phrasebook's style with the same words and
 * {possessive} (which says "the undersigned's" whoever signs) words it as written.
 */
import { clausePhrases, findStyle } from '../phrasebook/index.js';

/** A template without its optional groups: the words every rendering of it has. */
function core(template: string): string {
    let out = template;
    for (let before = ''; before !== out;) {
        before = out;
        out = out.replace(/\[[^[\]]*\]/g, '');
    }
    return out;
}

/**
 * The appointment style whose words are `style`'s with {possessive} for its principal's possessive, and that has a
 * place for each clause the sentence composed into it (`uses`: its agent mode, substitution, ...); none when no
 * style of the phrasebook words it so.
 */
export function undersignedStyle(style: string, uses: readonly string[]): string | undefined {
    const template = findStyle('appointment', style)?.template;
    if (!template || !/\{(?:whose|pronoun-possessive)\}/.test(template)) return undefined;
    const wanted = core(template).replace(/\{(?:whose|pronoun-possessive)\}/g, '{possessive}');
    const slots: Record<string, string> = { 'agent-mode': '{agent-mode}', substitution: '{substitution}', opening: '{opening}' };
    return clausePhrases('appointment')?.styles.find((s) => s.id !== style && core(s.template) === wanted
        && uses.every((u) => !slots[u] || s.template.includes(slots[u])))?.id;
}

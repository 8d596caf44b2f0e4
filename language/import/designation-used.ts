/**
 * Whether a document names one agent by a designation: the singular of the agents' designation ("attorney-in-fact"
 * for "attorneys-in-fact") after "such", "said", "the" or "each", word for word (hyphens and case aside), as the
 * check that the import renders back compares words.
 */
import { singularOf } from '../model/build-model.js';
import { wordString } from './verify-rendering.js';

export function designationUsedOfOne(texts: readonly string[], plural: string): boolean {
    const one = wordString(singularOf(plural)).trim();
    if (!one || one === wordString(plural).trim()) return false;
    const words = wordString(texts.join(' '));
    return ['such', 'said', 'the', 'each'].some((w) => words.includes(` ${w} ${one} `));
}

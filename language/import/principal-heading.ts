/**
 * The principal named at the head of a printed form, above the opening, as a line of captioned blanks: the
 * registrant's name, address and registration number ("_____ (Name of registrant) _____ (Address of registrant)
 * ______ (DEA registration number)"), the phrasebook's `principal-heading` style `name-address-registration`. The
 * slots are read in the order that style's template prints them, so a heading style added to the phrasebook names its
 * own parts. The person who signs for the principal is read from the opening (`signatory-who-am`: "I, ____ (name of
 * person granting power), the undersigned, who am authorized to sign ...").
 */
import { findStyle } from '../phrasebook/index.js';
import { readCaptionedBlank } from './captioned-blank.js';

export interface PrincipalHeading {
    style: string;
    name: string;
    address?: string;
    registration?: string;
}

/** The slots the heading's template prints, one a line, and the part of the principal each one is. */
const PARTS: Readonly<Record<string, 'name' | 'address' | 'registration'>> = {
    'principal-name': 'name',
    'principal-address': 'address',
    'principal-registration': 'registration'
};

/** Captioned blanks one after another ("____ (a)____ (b)"), or undefined when the text is anything else. */
export function captionedBlanks(text: string): string[] | undefined {
    const blanks = [...text.matchAll(/_{3,}\s*\([^()"]+\)/g)].map((m) => m[0]);
    if (!blanks.length || blanks.join('').replace(/\s+/g, '') !== text.replace(/\s+/g, '')) return undefined;
    return blanks.every((b) => readCaptionedBlank(b)) ? blanks : undefined;
}

/** A line of captioned blanks that gives each line of the style's heading, in its order. */
export function readPrincipalHeading(text: string, style = 'name-address-registration'): PrincipalHeading | undefined {
    const template = findStyle('principal-heading', style)?.template;
    const blanks = captionedBlanks(text);
    if (!template || !blanks) return undefined;
    const slots = template.split('\n').map((line) => /^\{([\w-]+)\}$/.exec(line.trim())?.[1]);
    if (slots.length !== blanks.length || slots.some((s) => !s || !PARTS[s])) return undefined;
    const heading: PrincipalHeading = { style, name: '' };
    slots.forEach((s, i) => { heading[PARTS[s!]] = blanks[i]; });
    return heading.name ? heading : undefined;
}

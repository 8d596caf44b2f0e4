/**
 * A power given as security (`secures ...`, the phrasebook's `security-power`): "to collect or to sell, assign, and
 * transfer the securities described below as follows: The securities having been deposited by it as security for the
 * performance of the agreements undertaken in a bond with the United States, ... The undersigned further agrees that the
 * authority granted by this agreement is irrevocable." (49 CFR Part 591, Appendix C). Its words run from the grant's
 * sentence over the sentences after it, so the power the grant names is read with as many of the next sentences as the
 * style's template takes. The phrasings are the phrasebook's: a style added there is read with no change here.
 */
import { phrasebookTemplates } from './phrasebook-templates.js';
import { createRecogniser, type Recogniser } from './recogniser.js';
import { parseDate } from './slot-parsers.js';
import { quote } from './recognise-document.js';

export interface SecurityPowerReading {
    /** The grant's item: `secures "a bond with the United States" dated blank 10 without notice irrevocable`. */
    line: string;
    /** How many of the sentences after the grant's the power takes. */
    sentences: number;
    /** The principal's pronoun, as "deposited by it" says it. */
    pronoun?: 'he' | 'she' | 'they' | 'it';
    style: string;
    confidence: number;
}

const OBJECT_PRONOUNS: Readonly<Record<string, SecurityPowerReading['pronoun']>> = { it: 'it', him: 'he', her: 'she', them: 'they' };

let recogniser: Recogniser | undefined;

/** A date, or a blank for one ("__________ , ______": a blank as wide as its first line), as the language writes it. */
function dateValue(text: string): string | undefined {
    const blank = /^(_{3,})[\s,_]*$/.exec(text.trim());
    if (blank) return `blank ${blank[1].length}`;
    return parseDate(text)?.iso;
}

/** The power read from the grant's words after its appointment ("to collect ...") and the sentences that follow. */
export function readSecurityPower(powers: string, following: readonly string[]): SecurityPowerReading | undefined {
    recogniser ??= createRecogniser(phrasebookTemplates(['security-power']), {
        'pronoun-object': 'it|him|her|them|me|us',
        obligation: '[^.,]{2,200}?',
        'obligation-date': '[_\\s,]{3,40}|[A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4}',
        irrevocable: 'irrevocable'
    });
    const start = `to ${powers.replace(/^\s*to\s+/, '')}`;
    for (let k = Math.min(following.length, 4); k >= 1; k--) {
        const text = `${start} ${following.slice(0, k).join(' ')}`.replace(/\s+/g, ' ').replace(/\.\s*$/, '');
        const m = recogniser.match(text, undefined, true);
        if (!m) continue;
        const s = m.slots;
        const date = s['obligation-date'] !== undefined ? dateValue(s['obligation-date']) : undefined;
        if (s['obligation-date'] !== undefined && !date) return undefined;
        const pronoun = OBJECT_PRONOUNS[(s['pronoun-object'] ?? '').toLowerCase()];
        const line = ['secures', quote(s.obligation.trim()), date ? `dated ${date}` : '', m.variant === 'with-notice' ? '' : 'without notice', s.irrevocable !== undefined ? 'irrevocable' : '']
            .filter(Boolean).join(' ');
        return { line, sentences: k, pronoun, style: m.style, confidence: m.confidence };
    }
    return undefined;
}

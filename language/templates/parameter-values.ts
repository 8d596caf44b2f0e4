/**
 * Checking a template parameter's value against its type: a date is a real
 * calendar date written YYYY-MM-DD, a pronoun is he, she, they or it, a choice
 * is one of its options, a person or text is not blank. Returns the value to
 * bind (normalised: trimmed, pronoun in lower case, choice as declared) or a
 * message saying what is wrong and how to write it.
 */
import { isCalendarDate } from '../model/calendar-date.js';
import type { ParameterType } from '../model/poa-model.js';

export { isCalendarDate };

export interface ParameterSpec {
    name: string;
    type: ParameterType;
    options: readonly string[];
}

export type ValueCheck = { ok: true; value: string } | { ok: false; message: string };

const PRONOUNS = ['he', 'she', 'they', 'it'];

export function checkParameterValue(param: ParameterSpec, raw: string): ValueCheck {
    const value = raw.trim();
    const shown = JSON.stringify(raw.length > 60 ? raw.slice(0, 57) + '...' : raw);
    switch (param.type) {
        case 'date': {
            if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
                return { ok: false, message: `${shown} is not a date written YYYY-MM-DD (for example 2024-03-05 for March 5, 2024)` };
            }
            if (!isCalendarDate(value)) return { ok: false, message: `${shown} is not a real calendar date` };
            return { ok: true, value };
        }
        case 'pronoun': {
            const lower = value.toLowerCase();
            if (!PRONOUNS.includes(lower)) return { ok: false, message: `${shown} is not a pronoun the instrument can use; write he, she, they or it` };
            return { ok: true, value: lower };
        }
        case 'choice': {
            const match = param.options.find((o) => o === value) ?? param.options.find((o) => o.toLowerCase() === value.toLowerCase());
            if (match === undefined) return { ok: false, message: `${shown} is not one of the choices: ${param.options.map((o) => JSON.stringify(o)).join(', ')}` };
            return { ok: true, value: match };
        }
        case 'person':
        case 'text': {
            if (!value) return { ok: false, message: `the ${param.type === 'person' ? 'name' : 'text'} is blank` };
            // eslint-disable-next-line no-control-regex
            if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value)) return { ok: false, message: `${shown} contains control characters` };
            if (param.type === 'person') {
                if (/[\r\n]/.test(value)) return { ok: false, message: `${shown} is a name on more than one line` };
                if (!/\p{L}/u.test(value)) return { ok: false, message: `${shown} has no letters, so it cannot be a name` };
            }
            return { ok: true, value };
        }
    }
}

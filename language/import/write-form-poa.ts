/**
 * Writes a document recognised as a statutory form as a `.poa` file: `form
 * <id>` and the values its blanks hold, mapped back from the form's slot
 * names (docs/forms.md) to the clauses that fill them: the principal, the
 * agents and successors with their addresses, the initials, the special
 * instructions and the execution (date, place, witnesses, notary). Text the
 * form does not hold is kept word for word as a `worded` override, which the
 * checks report (`poa/form-wording-changed`): a statute's words are not to be
 * changed, so a lawyer must look at it.
 */
import type { RecognisedForm } from './recognise-form.js';
import { identifierFor } from './identifiers.js';
import { quote } from './recognise-document.js';
import { SUCCESSOR_SEPARATOR } from '../forms/form-slots.js';

const INDENT = '    ';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Person {
    name: string;
    address?: string;
}

export function writeFormPoa(found: RecognisedForm, name: string, source?: string): string {
    const { form, values } = found;
    const get = (slot: string) => values.get(slot);
    const used = new Set<string>();
    const body: string[] = [`form ${form.id}`, `kind ${form.kind}`, `jurisdiction ${form.jurisdiction}`];

    const principal = person(get('principal.name'), get('principal.address'), get('principal.nameAndAddress'));
    if (principal) body.push(partyLine('principal', principal, used));

    const first = person(get('agent.name'), get('agent.address'), get('agent.nameAndAddress'));
    const agents = first ? [first] : (get('agents.names') ? splitList(get('agents.names')!).map((p) => person(undefined, undefined, p)!).filter(Boolean) : []);
    const mode = agents.length > 1 && /^(jointly|severally)$/i.test(get('agents.mode') ?? '') ? ` ${get('agents.mode')!.toLowerCase()}` : '';
    if (agents.length) body.push(`agents${mode} {`, ...agents.map((a) => `${INDENT}${partyLine('agent', a, used)}`), '}');

    const successors = [1, 2].map((n) => person(get(`successor${n}.name`), get(`successor${n}.address`))).filter((p): p is Person => Boolean(p));
    if (!successors.length && get('successors.namesAndAddresses')) successors.push(...get('successors.namesAndAddresses')!.split(SUCCESSOR_SEPARATOR).map(splitNameAndAddress));
    if (!successors.length && get('successors.names')) successors.push(...splitList(get('successors.names')!).map((n) => ({ name: n })));
    if (successors.length) body.push('successors {', ...successors.map((s) => `${INDENT}${partyLine('agent', s, used)}`), '}');

    if (found.initials.length) body.push(`initials ${found.initials.join(', ')}`);
    if (get('instructions')) body.push(`instructions ${quote(get('instructions')!)}`);
    if (found.unmatched.length) {
        body.push('// imported as written: text the form does not hold (the statute\'s words are not to be changed; review it)');
        body.push(`grant { } worded ${quote(found.unmatched.join(' '))}`);
    }

    const date = executionDate(values);
    if (date) {
        const items: string[] = ['signature'];
        const witnesses = [get('witness1.name'), get('witness2.name')].filter((w): w is string => Boolean(w));
        if (witnesses.length) items.push(`witnesses ${witnesses.map(quote).join(', ')}`);
        if (get('notary.state')) items.push(`notary acknowledgment in ${quote(get('notary.state')!)}${get('notary.county') ? ` county ${quote(get('notary.county')!)}` : ''}`);
        body.push(`executed ${date}${get('execution.place') ? ` at ${quote(get('execution.place')!)}` : ''} {`, ...items.map((i) => `${INDENT}${i}`), '}');
    }
    return [
        `// Imported${source ? ` from ${source.replace(/[\r\n]/g, ' ')}` : ''} by poa import: the text is the statutory form ${form.id} (${form.citation}). Review the filled blanks against the original.`,
        `poa ${name} {`,
        ...body.map((l) => `${INDENT}${l}`),
        '}',
        ''
    ].join('\n');
}

function partyLine(keyword: 'principal' | 'agent', p: Person, used: Set<string>): string {
    const id = identifierFor(p.name, used);
    used.add(id);
    return `${keyword} ${id} ${quote(p.name)}${p.address ? ` { address ${quote(p.address)} }` : ''}`;
}

/** A person from a name and address, or from "Name, address" (the form's `nameAndAddress` slots). */
function person(name: string | undefined, address: string | undefined, nameAndAddress?: string): Person | undefined {
    const split = nameAndAddress ? splitNameAndAddress(nameAndAddress) : undefined;
    if (!name) return split;
    // A form that names the person alone in one blank and with the address in another (Illinois: the witness's certificate
    // and paragraph 1) gives the address from the other.
    const where = address ?? (split?.name === name ? split.address : undefined);
    return { name, ...(where ? { address: where } : {}) };
}

function splitNameAndAddress(nameAndAddress: string): Person {
    const at = nameAndAddress.indexOf(', ');
    return at < 0 ? { name: nameAndAddress } : { name: nameAndAddress.slice(0, at), address: nameAndAddress.slice(at + 2) };
}

/** "A, B and C" → the three; a list whose parts hold addresses ("A, 1 Elm St and B, 2 Oak St") splits on "and" only. */
function splitList(text: string): string[] {
    const parts = text.split(/,?\s+and\s+/);
    return parts.some((p) => /\d/.test(p)) ? parts : parts.flatMap((p) => p.split(/,\s*/)).filter(Boolean);
}

/** The execution date as the language writes it (YYYY-MM-DD), from the form's date slots; undefined unless all of it is there. */
function executionDate(values: ReadonlyMap<string, string>): string | undefined {
    const full = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(values.get('execution.date') ?? '');
    let month = full ? full[1] : values.get('execution.month');
    let day = full ? full[2] : values.get('execution.day')?.replace(/(st|nd|rd|th)$/i, '');
    const year = full ? full[3] : values.get('execution.year') ?? (values.get('execution.yearShort') ? `20${values.get('execution.yearShort')}` : undefined);
    const m = MONTHS.indexOf((month ?? '').toLowerCase()) + 1;
    if (!m || !day || !/^\d{1,2}$/.test(day) || !year || !/^\d{4}$/.test(year)) return undefined;
    month = String(m).padStart(2, '0');
    day = day.padStart(2, '0');
    return `${year}-${month}-${day}`;
}

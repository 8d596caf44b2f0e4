/**
 * The values a statutory form's slots take from the model. The slot names are
 * the vocabulary every form file uses (docs/forms.md lists them); a slot with
 * no value renders as the statute's blank.
 */
import type { AgentModel, PoaModel } from '../model/poa-model.js';
import { parseCalendarDate as parseIsoDate } from '../model/calendar-date.js';
import { joinWords, ordinal } from '../render/english.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const FORM_SLOTS = [
    'principal.name', 'principal.address', 'principal.nameAndAddress',
    'agent.name', 'agent.address', 'agent.nameAndAddress', 'agents.names', 'agents.mode',
    'successor1.name', 'successor1.address', 'successor2.name', 'successor2.address', 'successors.names', 'successors.namesAndAddresses',
    'initials', 'instructions',
    'execution.date', 'execution.day', 'execution.month', 'execution.year', 'execution.yearShort', 'execution.place',
    'witness1.name', 'witness2.name', 'witness2.principal', 'witness2.date', 'notary.state', 'notary.county'
] as const;

/** Between the successors of `successors.namesAndAddresses` (each "name, address"); form import splits on it. */
export const SUCCESSOR_SEPARATOR = '; ';

/** The value of each slot the model fills (the `initials` slot is per power and filled by the renderer). */
export function formSlotValues(model: PoaModel): Map<string, string> {
    const values = new Map<string, string>();
    const set = (slot: string, value: string | undefined) => { if (value) values.set(slot, value); };
    const principal = model.principals[0];
    set('principal.name', principal?.name.value);
    set('principal.address', principal?.address?.value);
    set('principal.nameAndAddress', nameAndAddress(principal?.name.value, principal?.address?.value));
    const [agent] = model.agents;
    set('agent.name', agentName(agent));
    set('agent.address', agent?.address?.value);
    set('agent.nameAndAddress', nameAndAddress(agentName(agent), agent?.address?.value));
    set('agents.names', joinWords(model.agents.map((a) => nameAndAddress(agentName(a), a.address?.value)).filter((n): n is string => Boolean(n))));
    if (model.agents.length > 1 && model.agentMode) set('agents.mode', model.agentMode === 'jointly' ? 'jointly' : 'severally');
    model.successors.slice(0, 2).forEach((s, i) => {
        set(`successor${i + 1}.name`, agentName(s));
        set(`successor${i + 1}.address`, s.address?.value);
    });
    set('successors.names', joinWords(model.successors.map(agentName).filter((n): n is string => Boolean(n))));
    set('successors.namesAndAddresses', model.successors.map((s) => nameAndAddress(agentName(s), s.address?.value)).filter((n): n is string => Boolean(n)).join(SUCCESSOR_SEPARATOR));
    set('instructions', model.form?.instructions?.value);
    const execution = model.execution;
    const date = parseIsoDate(execution?.date.value);
    if (date) {
        set('execution.date', `${MONTHS[date.month - 1]} ${date.day}, ${date.year}`);
        set('execution.day', ordinal(date.day));
        set('execution.month', MONTHS[date.month - 1]);
        set('execution.year', String(date.year));
        set('execution.yearShort', String(date.year).slice(2));
    }
    set('execution.place', execution?.place?.value);
    execution?.witnesses?.names.slice(0, 2).forEach((w, i) => set(`witness${i + 1}.name`, w.value));
    // A form's optional second witness's certificate names the principal and is dated only when there is a second witness.
    if (Math.max(execution?.witnesses?.count ?? 0, execution?.witnesses?.names.length ?? 0) >= 2) {
        set('witness2.principal', principal?.name.value);
        set('witness2.date', values.get('execution.date'));
    }
    set('notary.state', execution?.notary?.state?.value);
    set('notary.county', execution?.notary?.county?.value);
    return values;
}

/** The principal's initials as typed for an initialled power ("A.J.K."). */
export function initialsOf(name: string | undefined): string | undefined {
    const letters = (name ?? '').split(/\s+/).map((w) => w.replace(/[^A-Za-z]/g, '')[0]).filter(Boolean);
    return letters.length ? letters.map((l) => `${l.toUpperCase()}.`).join('') : undefined;
}

function agentName(agent: AgentModel | undefined): string | undefined {
    return agent?.name.value ?? agent?.office;
}

function nameAndAddress(name: string | undefined, address: string | undefined): string | undefined {
    return name && address ? `${name}, ${address}` : name;
}

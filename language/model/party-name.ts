/**
 * How a party is named outside the instrument's text (check messages, hovers,
 * completion): its name as written, or for an agent appointed by office the
 * office ("the General Counsel of ACME CORP."), as the appointment clause
 * describes it. Undefined while the name is a blank (a template parameter
 * without a value); callers show the blank their own way.
 */
import type { PartyModel, PoaModel } from './poa-model.js';

export function partyDisplayName(party: PartyModel, model: Pick<PoaModel, 'issuers'>): string | undefined {
    if (party.role === 'agent' && party.office) {
        if (!party.organization) return `the person holding the office of ${party.office}`;
        const organization = model.issuers.find((i) => i.id === party.organization)?.name.value ?? party.organization;
        return `the ${party.office} of ${organization}`;
    }
    return party.name.value;
}

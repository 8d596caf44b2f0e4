/**
 * The phrasebook: every clause's named styles, as data. The renderer reads
 * it through `render/phrase.ts`; the clause registry lists it; the checks
 * use it to say which styles exist.
 */
import { acknowledgment } from './acknowledgment.js';
import { citation } from './citation.js';
import { agentDeparture } from './agent-departure.js';
import { agentMode } from './agent-mode.js';
import { agentsAnnex, annexHeading, appointment } from './appointment.js';
import { agentsList, dating, effectiveLine, signature, testimonium } from './execution.js';
import { filing } from './filing.js';
import { filingAmendments, filingSuccessorForms } from './filing-extras.js';
import { formDescription } from './form-description.js';
import { confirmingStatement, signaturePageNote } from './filing-notes.js';
import { grant } from './grant.js';
import { incidentalAuthority } from './incidental-authority.js';
import { opening } from './opening.js';
import { appointingVerb, presents } from './opening-words.js';
import { compensation, determination, indemnification, limitations, reliance, successors } from './other-clauses.js';
import type { ClausePhrases, PhraseStyle } from './phrase-style.js';
import { catchAll, edgarAccess, healthCare, hotPowers, purpose, subjects, transactionInformation, venues } from './powers.js';
import { ratification } from './ratification.js';
import { securitiesPower } from './securities-power.js';
import { substitution } from './substitution.js';
import { durability, instrumentName, revocation, revocationFrame, supersession, termEnd, termFrame, termStart } from './term.js';
import { witness } from './witness.js';
import { signatureTable } from './signature-table.js';
import { governingLaw } from './governing-law.js';
import { agentAcceptance } from './agent-acceptance.js';
import { exhibitHeading } from './exhibit-heading.js';
import { notary, principalHeading, securityPower } from './form-parts.js';
import { undertaking } from './undertakings.js';
import { definition } from './definition.js';
import { otherAgency } from './other-agency.js';
import { organization } from './organization.js';

export type { ClausePhrases, PhraseStyle } from './phrase-style.js';
export { STYLE_SETS, styleSet, type StyleSet } from './style-sets.js';

export const PHRASEBOOK: readonly ClausePhrases[] = [
    opening, presents, appointingVerb, appointment, agentsAnnex, annexHeading, agentMode, grant, securitiesPower, filing, filingAmendments, filingSuccessorForms,
    citation, edgarAccess, venues, transactionInformation, purpose, subjects, hotPowers, healthCare, catchAll,
    incidentalAuthority, substitution, ratification, acknowledgment,
    instrumentName, termFrame, supersession, termStart, termEnd, determination, durability, revocation, revocationFrame,
    successors, limitations, compensation, indemnification, reliance,
    agentsList, effectiveLine, testimonium, dating, signature, witness, signatureTable, governingLaw,
    agentDeparture, formDescription, confirmingStatement, signaturePageNote, agentAcceptance, exhibitHeading,
    principalHeading, notary, securityPower, undertaking, definition, otherAgency, organization
];

const byClause = new Map(PHRASEBOOK.map((c) => [c.clause, c]));

export function clausePhrases(clause: string): ClausePhrases | undefined {
    return byClause.get(clause);
}

/** A clause's style by id; the default (first) style when id is undefined. */
export function findStyle(clause: string, id?: string): PhraseStyle | undefined {
    const phrases = byClause.get(clause);
    if (!phrases) return undefined;
    return id === undefined ? phrases.styles[0] : phrases.styles.find((s) => s.id === id);
}

/** The template of a style for a variant of the model, or its main template. */
export function styleTemplate(style: PhraseStyle, variant?: string): string {
    return (variant !== undefined ? style.variants?.[variant] : undefined) ?? style.template;
}

/**
 * Whether a template is worded as a sentence of its own, not a phrase another clause's sentence continues: it starts
 * with a capital letter ("This {instrument} supersedes ...") or with a capitalised slot ("{Subject} {revokes|revoke} ...").
 */
export function isSentenceTemplate(template: string): boolean {
    return /^(?:[A-Z]|\{[A-Z])/.test(template);
}

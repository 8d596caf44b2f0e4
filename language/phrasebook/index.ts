/**
 * The phrasebook: every clause's named styles, as data. The renderer reads
 * it through `render/phrase.ts`; the clause registry lists it; the checks
 * use it to say which styles exist.
 */
import { acknowledgment } from './acknowledgment.js';
import { agentMode } from './agent-mode.js';
import { agentsAnnex, appointment } from './appointment.js';
import { dating, signature, signaturePage, testimonium } from './execution.js';
import { filing } from './filing.js';
import { filingAmendments, filingSuccessorForms } from './filing-extras.js';
import { grant } from './grant.js';
import { incidentalAuthority } from './incidental-authority.js';
import { opening } from './opening.js';
import { compensation, determination, indemnification, limitations, reliance, successors } from './other-clauses.js';
import type { ClausePhrases, PhraseStyle } from './phrase-style.js';
import { catchAll, edgarAccess, healthCare, hotPowers, purpose, subjects, transactionInformation, venues } from './powers.js';
import { ratification } from './ratification.js';
import { securitiesPower } from './securities-power.js';
import { substitution } from './substitution.js';
import { agentTerm, durability, instrumentName, revocation, revocationFrame, supersession, termEnd, termStart } from './term.js';
import { witness } from './witness.js';

export type { ClausePhrases, PhraseStyle } from './phrase-style.js';
export { STYLE_SETS, styleSet, type StyleSet } from './style-sets.js';

export const PHRASEBOOK: readonly ClausePhrases[] = [
    opening, appointment, agentsAnnex, agentMode, grant, securitiesPower, filing, filingAmendments, filingSuccessorForms,
    edgarAccess, venues, transactionInformation, purpose, subjects, hotPowers, healthCare, catchAll,
    incidentalAuthority, substitution, ratification, acknowledgment,
    instrumentName, supersession, termStart, termEnd, determination, durability, revocation, revocationFrame, agentTerm,
    successors, limitations, compensation, indemnification, reliance,
    testimonium, dating, signature, witness, signaturePage
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

/**
 * TEMPORARY: the phrasings of the grant, the witnesses and the notary as the
 * renderer wrote them before the phrasebook, in the shape the recogniser's slot
 * parsers expect. The paragraph clauses (acknowledgment, limitations,
 * successors, indemnification, reliance, compensation), the testimonium and the
 * signature lines are read from the phrasebook itself (phrasebook-templates.ts);
 * supersession, the term and revocation from its composed styles (term-sentences.ts).
 * What is left: the flat grant and its powers and filings (until the grant's
 * powers are recognised from the phrasebook), and the witnesses and the notary,
 * whose words the renderer still writes in code (render/wording/witness-wording.ts,
 * notary-wording.ts): they leave this file when those words move into the
 * phrasebook. Nothing else in language/import/ holds a phrasing.
 *
 * Template language (the phrasebook's): literal text; `{slot}` a value from
 * the model; `[ ... ]` an optional group; `{a|b}` agreement alternatives.
 */
import { AGENT_MODE_PHRASES } from './agent-mode-phrases.js';
import { dating } from '../phrasebook/execution.js';
import { instrumentName } from '../phrasebook/term.js';
import type { PhraseTemplate, SlotPatterns } from './template-compiler.js';

const alternatives = (items: readonly string[]) => items.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/** What each slot may contain, where "any text" would let a lazy slot swallow its neighbour. */
export const TEMPORARY_SLOT_PATTERNS: SlotPatterns = {
    possessive: "his or her|his|her|their|its|my|our|the undersigned's|the undersigneds'",
    mode: alternatives(Object.values(AGENT_MODE_PHRASES)),
    substitution: 'substitution(?:\\s+and\\s+(?:resubstitution|revocation))*',
    // The instrument's name in any style of the phrasebook's `instrument-name` ("this Limited Power of Attorney"), the longest first.
    instrument: alternatives([...new Set(instrumentName.styles.flatMap((st) => [st.template, ...Object.values(st.variants ?? {})]).filter((t) => t.trim()))].sort((a, b) => b.length - a.length)),
    designation: '[^,:;]+?',
    date: '[^]+?\\d{4}',
    // The testimonium's dating ends with its year; the notary's date may be a blank to fill.
    // Or it refers to the date printed above the text, in the words of the dating style `date-first-above`.
    // A printed form's dating may leave the whole date blank ("this ______ day of ______, ______").
    when: ['[^]+?\\d{4}|_{3,}|[^\\d]{0,40}?_{3,}', ...dating.styles.filter((d) => d.id === 'date-first-above').map((d) => alternatives([d.template]))].join('|'),
    state: '[^,]+?',
    county: '[^,]+?',
    relating: 'sales|holdings'
};

export const TEMPORARY_PHRASEBOOK: readonly PhraseTemplate[] = [
    // The appointment and grant (grant-wording.ts, appointment-wording.ts).
    { clause: 'grant', style: 'nominate-constitute-appoint', template: '{principalIntro} {does|do} hereby nominate, constitute and appoint {agents}[, {mode}], {possessive} true and lawful {designation}[, with full power of {substitution}]{,|:} {powers}.' },
    // Each power of the grant (powers-wording.ts), recognised in the grant's {powers} slot.
    { clause: 'power', style: 'securities', template: 'to do any and all acts and things and execute and file any and all instruments which {said} may deem necessary or advisable[ to enable {object} to comply with {laws}][, in connection with the preparation, execution and filing of {filings}]' },
    { clause: 'power', style: 'edgar-access', template: 'to prepare, execute and submit to {sec} a Form ID, including any amendment thereto, and any other document necessary or appropriate to obtain codes and passwords enabling {object} to make electronic filings with {sec2}' },
    { clause: 'power', style: 'venues', template: 'to file any such report, statement, form or instrument with {venues}' },
    { clause: 'power', style: 'purpose', template: 'to take any action and sign any document necessary or appropriate for the sole and limited purpose of {purpose}' },
    { clause: 'power', style: 'subjects', template: 'to act for {object} with general authority with respect to the following subjects: {subjects}' },
    { clause: 'power', style: 'catch-all', template: 'to take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {one}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {one2} on behalf of {object2} pursuant to this power of attorney shall be in such form and shall contain such terms and conditions as such {one3} may approve in such {one4} discretion' },
    { clause: 'power', style: 'health-care', template: 'to make any and all health-care decisions for {object} that {subject} could make if {subject2} had capacity[, including the {items}]' },
    { clause: 'power', style: 'hot-powers', template: 'to {hot}, which specific authority {subject} hereby {grants|grant} expressly' },
    // The SEC filings of the securities power (filing-wording.ts), one per statute family.
    { clause: 'filing', style: 'section16a', template: 'any report or statement of beneficial ownership or changes in beneficial ownership of securities of {issuer} that {subject} may be required to file pursuant to {statute}, including specifically, but without limitation, full power and authority to sign {whose} name[, {capacity},] to any report or statement on {forms}' },
    { clause: 'filing', style: 'rule144', template: 'any report required under {statute} on {forms} relating to {relating} of securities of {issuer}' },
    { clause: 'filing', style: 'beneficial-ownership', template: 'any statement on {forms} with respect to the beneficial ownership of securities of {issuer} that {subject} may be required to file pursuant to {statute}' },
    { clause: 'filing', style: 'form-id', template: 'an application on {forms} for the codes and passwords that enable {object} to make electronic filings under {statute}' },
    { clause: 'filing', style: 'registration', template: 'any registration statement[ on {forms}] relating to securities of {issuer}, and any amendment (including any post-effective amendment) thereto, filed under {statute}' },
    { clause: 'filing', style: 'generic', template: 'any report on {forms} that {subject} may be required to file under {statute}' },

    // The ratification that closes the grant, recognised at the end of the powers.
    { clause: 'ratification', style: 'ratifying-and-confirming', template: '{powers}, hereby ratifying and confirming all that said {ratifiedAgents} shall do or cause to be done by virtue thereof' },

    // Further clauses, each a paragraph of its own.

    // Witnesses (witness-wording.ts).
    { clause: 'witnesses', style: 'one-declared', template: 'Signed and declared by {principal} to be {whose} power of attorney in my presence, and signed by me as a witness in the presence of {principal2}.' },
    { clause: 'witnesses', style: 'one-qualified', template: 'I am at least eighteen years of age[, and I am not named as an agent in this power of attorney].' },
    { clause: 'witnesses', style: 'several-declared', template: 'Signed and declared by {principal} to be {whose} power of attorney in our presence, and signed by us as witnesses in the presence of {principal2} and of each other.' },
    { clause: 'witnesses', style: 'several-qualified', template: 'Each of us is at least eighteen years of age[, and {neither|none} of us is named as an agent in this power of attorney].' },
    // A health-care power's witnesses also say this.
    { clause: 'witnesses', style: 'willingly', template: 'The principal[s] appeared to sign willingly and free from duress.' },
    { clause: 'witnesses', style: 'witness-line', template: 'Witness[: {witness}]' },
    { clause: 'witnesses', style: 'address-line', template: 'Address:[ {address}]' },

    // The notary's certificate (notary-wording.ts).
    { clause: 'notary', style: 'state', template: 'State of {state}' },
    { clause: 'notary', style: 'county', template: 'County of {county}[ ss.:]' },
    { clause: 'notary', style: 'short-form', template: 'This record was acknowledged before me on {when} by {principals}.' },
    { clause: 'notary', style: 'new-york', template: 'On the {day} day of {month} in the year {year}, before me, the undersigned, personally appeared {principals}, personally known to me or proved to me on the basis of satisfactory evidence to be the {individual} whose {names} {is|are} subscribed to the within instrument and acknowledged to me that {subject} executed the same in {possessive} capacity, and that by {possessive2} signature on the instrument, the {individual2}, or the person upon behalf of which the {individual3} acted, executed the instrument.' },
    { clause: 'notary', style: 'california-notice', template: 'A notary public or other officer completing this certificate verifies only the identity of the individual who signed the document to which this certificate is attached, and not the truthfulness, accuracy, or validity of that document.' },
    { clause: 'notary', style: 'california', template: 'On {when} before me, {notary}, Notary Public, personally appeared {principals}, who proved to me on the basis of satisfactory evidence to be the person whose {names} {is|are} subscribed to the within instrument and acknowledged to me that {subject} executed the same in {possessive} authorized capacity, and that by {possessive2} signature on the instrument the person, or the entity upon behalf of which the person acted, executed the instrument.' },
    { clause: 'notary', style: 'california-perjury', template: 'I certify under PENALTY OF PERJURY under the laws of the State of California that the foregoing paragraph is true and correct.' },
    { clause: 'notary', style: 'california-seal', template: 'WITNESS my hand and official seal.' },
    { clause: 'notary', style: 'notary-caption', template: 'Notary Public' },
    { clause: 'notary', style: 'commission', template: 'My commission expires:[ {expires}]' }
];

/**
 * Recognises a normalised document, sentence by sentence, against the
 * phrasebook and assembles what it finds into an `ImportedInstrument`. A
 * sentence no style matches (or whose slots do not parse) is kept word for
 * word on the clause it belongs to: the next clause in the rendered order
 * that accepts a `worded` override, so that nothing of the source is lost and
 * the order of the text is kept as far as the renderer allows.
 */
import type { AgentMode, Kind } from '../model/poa-model.js';
import { HOLDERS, type Holder, type ImportedAgent, type ImportedInstrument, type ImportedIssuer, type ImportedPrincipal, type SentenceReport } from './imported-instrument.js';
import type { NormalisedText } from './normalise-text.js';
import type { Recogniser } from './recogniser.js';
import { splitSentences } from './split-sentences.js';
import { compileTemplate, matchTemplate, type CompiledTemplate, type PhraseTemplate, type TemplateMatch } from './template-compiler.js';
import { parseDate, parseDuration, parseIssuer, parseMode, parseNames } from './slot-parsers.js';
import { identifierFor } from './identifiers.js';
import { isDefaultStyle, phrasebookTemplates, SIGNATURE_SLOT_PATTERNS, signatureLineTemplates } from './phrasebook-templates.js';
import { certificateDate, notarySigningLine, placeValue } from './notary-certificate.js';
import { clausePhrases, findStyle, isSentenceTemplate, styleTemplate } from '../phrasebook/index.js';
import { RATIFICATION_SENTENCE_SLOT } from '../render/ratification-place.js';
import { recogniseGrantItems } from './grant-items.js';
import { parseVenues, recogniseGrantItem, roleOf, splitInlineItems, statuteId } from './grant-recogniser.js';
import { recogniseFilingsChained } from './filings-chained.js';
import { recogniseFilingsSeveral } from './filings-several.js';
import { recogniseFormsTogether } from './forms-together.js';
import { joinedGrantStyle, splitJoinedPowers } from './joined-powers.js';
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { statute as findStatute } from '../catalog/securities-catalog.js';
import { ComposedRecogniser } from './composed-template.js';
import { findDefinedTerms, type ImportedTerm } from './defined-terms.js';
import { termsNamedInSlots, withSlotTerms } from './slot-terms.js';
import { deferDefinitions, definitionsDeferrable, trailingDefinition } from './deferred-definitions.js';
import { recogniseWholeSecuritiesPower } from './whole-securities-power.js';
import { recogniseNamingGrant, unframedSecuritiesPower } from './naming-grant.js';
import { singularOf } from '../model/build-model.js';
import { designationUsedOfOne } from './designation-used.js';
import { stripListMarker } from './recogniser.js';
import { letterLines, recogniseDateHeading, recogniseLetter } from './letter-parts.js';
import { determinationWords, isSentenceForm, supersessionLine, TERM_FRAMES, TERM_SENTENCE_CLAUSES, termStartLine } from './term-sentences.js';
import { readSchedule, readSignatureTable } from './signature-table.js';
import { readSignaturesAcross } from './signature-table-across.js';
import { recogniseUndertaking } from './undertakings.js';
import { departureLine } from './agent-departure.js';
import { datedSignature } from './dated-signature.js';
import { parseRoleIssuers, type RoleIssuer } from './role-issuers.js';
import { recogniseSignaturePage, signatoriesName, signaturePageFilingLine, signaturePageExtras, signaturePageGrantStyle, speaksForSignatories, type SignaturePageMatch } from './signature-page.js';
import { annexReference, readAnnexList } from './agents-annex.js';
import { readSupersessionSentence } from './supersession-sentence.js';
import { undersignedStyle } from './entity-voice.js';
import { parseAgentsWithFirms } from './agents-with-firms.js';
import { withActsAsNamed, type ActNamed } from './act-named.js';
import { parseAgentsWithClass } from './agents-with-class.js';
import { parseAgentsByOffice } from './agents-by-office.js';
import { filingsEachItemPhrasing } from './filings-each-item.js';
import { isDateLine, nextSignatureLine, signatureStyleFromDateLine, testimoniumWithoutDate } from './date-below.js';
import { signatureDatedBelow, witnessBlock } from './signature-block.js';
import { readAgentsList, recogniseListingGrant } from './listed-agents.js';
import { datingStyleOf } from './dating-style.js';
import { ENTITY_SIGNATORY_LINES, entitySignatureStyle, isRuleLine } from './entity-signature-block.js';
import { captionedBlanks, readPrincipalHeading, type PrincipalHeading } from './principal-heading.js';
import { readCaptionedBlank } from './captioned-blank.js';
import { readSecurityPower } from './security-power.js';
import { ruledSignatureLines, ruleWidth } from './ruled-signature-lines.js';
import { shortNameOf } from './issuer-appositive.js';
import { lawsNamed, recogniseSecuritiesPowerGrant, roleInDefinedTerm, securitiesPowerGrantSpan, GRANT_STYLE as SECURITIES_POWER_GRANT_STYLE, type SecuritiesPowerGrantMatch } from './securities-power-grant.js';

/**
 * The sentence clauses recognised whole from the phrasebook, their composed slots ({substitution},
 * {ratification}, {instrument}, ...) expanded into the styles of those clauses.
 */
/** Where the term clause is written: the place of the term's sentence, filled when the term's parts are all known. */
const TERM_PLACE = 'term-place';
const COMPOSED_SENTENCE_CLAUSES = ['incidental-authority', 'acknowledgment', 'ratification', ...TERM_SENTENCE_CLAUSES];
let composedRecogniser: ComposedRecogniser | undefined;
let appointmentRecogniser: ComposedRecogniser | undefined;

/** The powers recognised as items of a grant recognised by its appointment (the others keep their own words). */
const ITEM_CLAUSES = ['catch-all'];
let itemRecogniser: ComposedRecogniser | undefined;

/** A listed power's own words, without its list marker and the "; and" that joins it to the next. */
function ownWords(item: string): string {
    return stripListMarker(item).replace(/\s*(?:;|,|\.)?\s*(?:and|or)?\s*$/, '').replace(/[;,.]$/, '');
}

/** "(1) ...", "(a) ...", "1. ...": a power listed under the grant's "to:". */
function isListItem(text: string): boolean {
    return stripListMarker(text) !== text;
}

/** The better of the flat recogniser's match and the composed one's. */
function bestMatch(sentence: string, recogniser: Recogniser, joined = true): TemplateMatch | undefined {
    const flat = recogniser.match(sentence, isSentence);
    const text = stripListMarker(sentence);
    if (text.length > 3000) return flat;
    const composed = (composedRecogniser ??= new ComposedRecogniser(COMPOSED_SENTENCE_CLAUSES, TERM_FRAMES, true)).match(text);
    const best = composed && (!flat || composed.confidence >= flat.confidence) ? composed : flat;
    // A signature-page power, read in its parts (its appointment, filing, incidental authority and ratification): the
    // persons who sign appoint the agents, which no reading of the sentence whole by one principal says.
    const signaturePage = recogniseSignaturePage(text);
    if (signaturePage) return signaturePage;
    if (best?.clause === 'grant') return best;
    // A grant whose sentence names the agents and the powers ("This letter confirms that A and B are authorized ...").
    const naming = recogniseNamingGrant(text);
    if (naming && (!best || naming.confidence >= best.confidence)) return naming;
    // A grant that names no agents, who are listed after it ("... each of the individuals listed below ...").
    const listing = recogniseListingGrant(text);
    if (listing && (!best || listing.confidence >= best.confidence)) return listing;
    const appointment = recogniseAppointment(text, joined);
    if (appointment && (!best || appointment.confidence >= best.confidence)) return appointment;
    return best;
}

/**
 * The next reading of a sentence recognised whole (`COMPOSED_SENTENCE_CLAUSES`) that the instrument accepts, when the
 * most certain one does not: "each of the foregoing attorneys-in-fact, in serving ..., is not assuming" read as the
 * issuer of `not-assuming` names no issuer, and is the style `each-not-assuming`. The readings are the phrasebook's.
 */
function otherComposedReading(best: TemplateMatch, sentence: string, accept: (m: TemplateMatch) => Accepted | undefined): { match: TemplateMatch; accepted: Accepted } | undefined {
    if (!COMPOSED_SENTENCE_CLAUSES.includes(best.clause) || !composedRecogniser) return undefined;
    const text = stripListMarker(sentence);
    if (text.length > 3000) return undefined;
    for (const m of composedRecogniser.eachReading(text)) {
        if (m.clause === best.clause && m.style === best.style && m.variant === best.variant) continue;
        const accepted = accept(m);
        if (accepted) return { match: m, accepted };
    }
    return undefined;
}

/**
 * A grant whose appointment is a style of the phrasebook's `appointment` (its opening, agent mode and substitution
 * composed into it), followed by "to:" and the powers: the appointment is recognised, the powers are kept as
 * written (those after it, in the paragraphs that follow, too). The style `appointment` names this reading.
 */
function recogniseAppointment(text: string, joined = true): TemplateMatch | undefined {
    const split = /^([^]*?\S)(,?)\s+to:\s*([^]*)$/.exec(text);
    if (!split) return recogniseRomanAppointment(text) ?? (joined ? recogniseJoinedAppointment(text) : undefined);
    const recogniser = (appointmentRecogniser ??= new ComposedRecogniser(['appointment']));
    // A style that ends in the comma before "to:" ("..., in any and all capacities,") is read with it.
    const all = [...recogniser.matchAll(split[1]), ...(split[2] ? recogniser.matchAll(split[1] + split[2]) : [])].sort((a, b) => b.confidence - a.confidence);
    if (!all.length) return undefined;
    return { clause: 'grant', style: 'appointment', slots: { powers: split[3] }, alternatives: all, confidence: all[0].confidence };
}

/**
 * A grant whose powers follow the appointment with no list, each with its own "to" (the grant styles `joined`,
 * "... attorney-in-fact and agent to complete and execute ..., and to do all acts ...", and `infinitives` with one
 * power, "..., to execute ..."): the appointment is the words before the first "to" that a style of the phrasebook's
 * `appointment` reads whole; the powers, the rest, are split where the renderer joins them (`joined-powers.ts`).
 */
function recogniseJoinedAppointment(text: string): TemplateMatch | undefined {
    const body = text.replace(/\.\s*$/, '');
    for (const at of [...body.matchAll(/(,?)\s+to\s+(?=[a-z])/g)].slice(0, 8)) {
        const all = (appointmentRecogniser ??= new ComposedRecogniser(['appointment'])).matchAll(body.slice(0, at.index));
        if (!all.length) continue;
        const powers = body.slice(at.index! + at[0].length);
        const style = joinedGrantStyle(powers, at[1] === ',');
        if (!style) return undefined;
        return { clause: 'grant', style: 'appointment', slots: { powers: `to ${powers}`, joined: style }, alternatives: all, confidence: all[0].confidence };
    }
    return undefined;
}

/**
 * A grant whose appointment ends with a colon before powers numbered in roman numerals, each with its own "to" (the
 * grant style `roman-or`, "...in any and all capacities: (i) to execute ...; (ii) to ...; or (v) take any other
 * action ..."): the appointment is the words before the colon that a style of the phrasebook's `appointment` reads.
 */
function recogniseRomanAppointment(text: string): TemplateMatch | undefined {
    const split = /^([^]*?\S):\s+(\(i\)\s[^]*)$/.exec(text.replace(/\.\s*$/, ''));
    if (!split) return undefined;
    const all = (appointmentRecogniser ??= new ComposedRecogniser(['appointment'])).matchAll(split[1]);
    if (!all.length) return undefined;
    return { clause: 'grant', style: 'appointment', slots: { powers: split[2] }, alternatives: all, confidence: all[0].confidence };
}

/** No reading, or only a line of a signature style (which reads any short line, and only after the testimonium). */
function readsNothingBeforeSignature(m: TemplateMatch | undefined): boolean {
    return !m || m.clause === 'signature-line';
}

/**
 * Of the most certain readings, the one whose style has the most words of its own (outside its slots): "in such
 * attorney-in-fact's or attorneys-in-fact's discretion" is the style that words both, not a designation slot that
 * swallows "attorney-in-fact's or attorneys-in-fact".
 */
function closestReading(all: readonly TemplateMatch[]): TemplateMatch | undefined {
    const own = (m: TemplateMatch) => (findStyle(m.clause, m.style)?.template ?? '').replace(/\{[^}]*\}/g, '').length;
    return all.filter((m) => m.confidence === all[0]?.confidence).sort((a, b) => own(b) - own(a))[0];
}

/** The enumerated grant style whose list markers the powers kept as written use ("(a)" lettered, "1." dotted). */
export function enumeratedGrantStyle(powers: string): string {
    const text = powers.trim();
    if (/^\(i\)\s/.test(text)) return 'roman-or';
    if (/^\(a\)/.test(text)) return 'lettered';
    if (/^1\.\s/.test(text)) return 'numbered-dots';
    if (/^\(1\)\s+[A-Z]/.test(text)) return 'numbered-capitals';
    return 'numbered';
}

export interface RecogniseOptions {
    kind?: Kind;
    jurisdiction?: string;
    name?: string;
    /** Sentences (by index) whose recognition did not render back to their own words: kept as written instead. */
    demoted?: ReadonlyMap<number, number>;
}

/** Templates that recognise a part of a sentence another template matched, not a sentence. */
const PART_CLAUSES = new Set(['ratification']);
const isPart = (t: PhraseTemplate) => PART_CLAUSES.has(t.clause);
const isSentence = (t: PhraseTemplate) => !isPart(t);

/** Where each holder's text appears in the rendered instrument. */
const POSITION: Record<string, number> = {
    title: 0, grant: 1, 'incidental-authority': 2, limitations: 3, successors: 3, acknowledgment: 4,
    term: 5, supersession: 5, revocation: 5, 'term-start': 5, durability: 5, 'agent-departure': 5,
    indemnification: 6, reliance: 7, compensation: 8, testimonium: 9, signature: 10, witnesses: 11, notary: 12,
    // A line of a signature style ("Date: January 28, 2003", "/s/ ..."): the signature block has begun.
    'signature-line': 10
};
const HOLDER_POSITION: Record<Holder, number> = { grant: 1, 'incidental-authority': 2, acknowledgment: 4, term: 5, indemnification: 6, reliance: 7, compensation: 8 };

interface Unit {
    text: string;
    paragraph: number;
    /** The first unit of a paragraph of one line that is all capitals: a heading. */
    heading: boolean;
}

interface Accepted {
    /** The holder group whose rendering this sentence is part of (for falling back to worded). */
    group?: Holder;
    clauses: { clause: string; lines: string[] }[];
}

export function recogniseDocument(text: NormalisedText, recogniser: Recogniser, options: RecogniseOptions = {}): ImportedInstrument {
    const units: Unit[] = [];
    // The table of signatures after a signature-page power is read whole, its paragraphs set apart from the sentences.
    const table = readSignatureTable(text.paragraphs, quote) ?? readSignaturesAcross(text.paragraphs, quote);
    const schedule = table ? readSchedule(text.paragraphs, quote) : undefined;
    text.paragraphs.forEach((p, paragraph) => {
        if (table?.paragraphs.includes(paragraph) || schedule?.paragraphs.includes(paragraph)) return;
        const sentences = splitSentences(p);
        // A heading of several lines ("LIMITED POWER OF ATTORNEY / FOR CERTAIN FILINGS WITH THE / SECURITIES ...") is one too.
        const allHeadings = sentences.every(isHeading);
        sentences.forEach((s) => units.push({ text: s, paragraph, heading: (sentences.length === 1 || allHeadings) && isHeading(s) }));
    });
    joinLeadInLists(units, (t) => bestMatch(t, recogniser));
    const state = new State(options, units.map((u) => u.text).join('\n'));
    state.unitTexts = units.map((u) => u.text);
    // A power given as a letter: its date line, addressee, salutation, close and footer are the letter's parts.
    // A date printed alone under the title, before the first sentence, is the letter's date line alone.
    const letter = recogniseLetter(units) ?? recogniseDateHeading(units);
    state.datedAbove = letter?.dated;
    // The testimonium's name for the instrument ("this Power of Attorney") is the one the file will choose: a sentence
    // that names it otherwise cannot be recognised, since one instrument-name style words every mention.
    for (const u of units) {
        const t = recogniser.match(u.text, (x) => x.clause === 'testimonium');
        if (t?.slots.instrument) state.instrumentWords = t.slots.instrument;
    }
    const reports: SentenceReport[] = [];
    let position = 0;
    /** Sentences accepted per holder group, so that a group turned into worded text keeps them as written. */
    const groupSentences = new Map<Holder, { index: number; text: string }[]>();
    const unmatched: { index: number; text: string; position: number }[] = [];
    const emitted: { group?: Holder; clause: string; lines: string[] }[] = [];
    let section: 'body' | 'witnesses' | 'notary' = 'body';
    const titleLines = titleRun(units.map((u) => u.text));
    if (titleLines) state.title = units.slice(0, titleLines).map((u) => u.text).join(' ');

    /** The sentence at `from` and those after it in its paragraph, as many as a grant's words may run over, none kept as written. */
    const paragraphFrom = (from: number): string[] => {
        const out: string[] = [];
        const span = securitiesPowerGrantSpan();
        for (let i = from; i < units.length && out.length < span && units[i].paragraph === units[from].paragraph && !options.demoted?.get(i); i++) out.push(units[i].text);
        return out;
    };
    let titleOpen = false;
    /** Sentences read together with the one before them, by a style whose words run over both. */
    const readWithPrevious = new Set<number>();
    units.forEach((unit, index) => {
        const report: SentenceReport = { text: unit.text };
        const opened = titleOpen;
        titleOpen = false;
        reports.push(report);
        if (readWithPrevious.has(index)) {
            const { clause, style, confidence } = reports[index - 1];
            Object.assign(report, { clause, style, confidence });
            return;
        }
        if (letter?.units.has(index)) {
            Object.assign(report, { clause: 'letter', style: 'part', confidence: 1 });
            // The signature block follows the close.
            if (index === letter.closeIndex) position = Math.max(position, POSITION.testimonium);
            return;
        }
        // The annex that lists the agents the appointment names by it: read with the appointment.
        if (state.annexIndices.has(index)) {
            Object.assign(report, { clause: 'agents', style: 'annex', confidence: 1 });
            return;
        }
        // The sentences a power given as security takes after the grant's (`security-power.ts`): read with the grant.
        const security = state.securitySentences.get(index);
        if (security) {
            Object.assign(report, { clause: 'grant', style: security.style, confidence: security.confidence });
            position = Math.max(position, POSITION.grant);
            return;
        }
        if (index < (titleLines ?? 0)) {
            Object.assign(report, { clause: 'title', style: 'heading', confidence: 1 });
            return;
        }
        if (index === 0 && !unit.heading && isTitleCaseTitle(unit.text, units)) {
            // "Power of Attorney": a title in title case, a paragraph of its own before the text.
            state.title = unit.text;
            Object.assign(report, { clause: 'title', style: 'heading', confidence: 1 });
            return;
        }
        // The principal a printed form names at its head, above the opening, in captioned blanks (`principal-heading.ts`).
        const heading = position === 0 && !state.principalHeading ? readPrincipalHeading(unit.text) : undefined;
        if (heading) {
            state.principalHeading = heading;
            Object.assign(report, { clause: 'principal-heading', style: heading.style, confidence: 1 });
            return;
        }
        // The agents listed one to a line under the sentence that introduces them, after a grant that names none.
        // The renderer prints the list last, before the close and the signature: it is read only when they follow it.
        // The effective line, which the renderer prints after the list ("This Power of Attorney is effective immediately ..."), may come between.
        const effectiveLine = (at: number) => at < units.length && recogniser.match(units[at].text, (t) => t.clause === 'effective-line') !== undefined;
        const listEnds = (after: number): boolean => after >= units.length || after === letter?.closeIndex || /^(?:\/s\/|IN WITNESS)/i.test(units[after].text)
            || (effectiveLine(after) && listEnds(after + 1));
        const list = section === 'body' && !options.demoted?.get(index) ? state.acceptAgentsList(index, listEnds) : undefined;
        if (list) {
            Object.assign(report, { clause: 'agents-list', style: list.style, confidence: 1 });
            for (let i = index + 1; i < index + list.lines; i++) readWithPrevious.add(i);
            for (const c of list.clauses) emitted.push(c);
            return;
        }
        // A signature block dated under the signature, and each witness's block under it, read whole (`signature-block.ts`).
        const block = section === 'body' && !options.demoted?.get(index) ? state.acceptBlock(index) : undefined;
        if (block) {
            Object.assign(report, { clause: block.clause, style: block.style, confidence: 1 });
            for (let i = index + 1; i < index + block.lines; i++) readWithPrevious.add(i);
            for (const c of block.clauses) emitted.push(c);
            position = Math.max(position, POSITION[block.clause]);
            return;
        }
        if (unit.heading) {
            const h = unit.text.toUpperCase();
            if (index === 0 || (!state.title && /POWER OF ATTORNEY|AUTHORIZATION|PROXY/.test(h) && position === 0)) {
                state.title = unit.text;
                titleOpen = true;
                Object.assign(report, { clause: 'title', style: 'heading', confidence: 1 });
                return;
            }
            // The title's next line, before anything else: the title goes on ("... FOR" / "SECTION 16 REPORTING OBLIGATIONS").
            if (opened && state.title !== undefined && position === 0 && !/^(WITNESS|NOTAR|ACKNOWLEDG)/.test(h)) {
                state.title = `${state.title} ${unit.text}`;
                titleOpen = true;
                Object.assign(report, { clause: 'title', style: 'heading', confidence: 1 });
                return;
            }
            if (/^WITNESS(ES)?:?$/.test(h)) { section = 'witnesses'; Object.assign(report, { clause: 'witnesses', style: 'heading', confidence: 1 }); return; }
            if (/^(NOTARIAL )?ACKNOWLEDG(E)?MENT:?$|^NOTARY/.test(h)) { section = 'notary'; Object.assign(report, { clause: 'notary', style: 'heading', confidence: 1 }); return; }
        }
        if (/^_{3,}$/.test(unit.text) && (position >= POSITION.testimonium || section !== 'body')) {
            // A line to sign on: layout, not words.
            Object.assign(report, { clause: section === 'body' ? 'signature' : section, style: 'rule', confidence: 1 });
            if (section === 'body') state.signatureLine = true;
            return;
        }
        // A rule of hyphens under the conformed signature, and the name under it: a ruled signature style's lines.
        const ruled = section === 'body' && position >= POSITION.testimonium ? state.acceptSignatureRule(unit.text, index, units[index + 1]?.text, units[index + 2]?.text) : undefined;
        if (ruled) {
            Object.assign(report, { clause: 'signature', style: ruled, confidence: 0.8 });
            return;
        }
        const demotions = options.demoted?.get(index) ?? 0;
        const demoted = demotions > 0;
        // The powers listed after a grant recognised by its appointment: each an item of the grant.
        // A sentence of the item's own paragraph ("Yahoo! Inc., in accordance ...") continues it.
        const continuing = state.itemsOpen && !demoted && unit.paragraph === state.itemParagraph && state.items[state.items.length - 1]?.kept === true;
        // A listed power whose recognition did not render back is kept in its own words (`power "..."`), once.
        if (state.itemsOpen && (!demoted || (demotions === 1 && isListItem(unit.text))) && (isListItem(unit.text) || continuing)) {
            state.itemParagraph = unit.paragraph;
            const item = state.acceptItem(unit.text, index, continuing, demoted);
            Object.assign(report, { clause: 'grant', style: item.style, confidence: item.confidence });
            position = Math.max(position, POSITION.grant);
            return;
        }
        state.itemsOpen = false;
        // A questionnaire's undertaking, said before the power (`undertakings.ts`).
        const undertaking = demoted ? undefined : state.acceptUndertaking(unit.text);
        if (undertaking) {
            Object.assign(report, { clause: 'undertaking', style: undertaking.style, confidence: undertaking.confidence });
            return;
        }
        // A grant in one sentence whose securities power words the whole power, over as many sentences of the paragraph as
        // its style's words take ("... held by the Trust, directly, indirectly or beneficially. Without limitation, this
        // authorization extends to ..."; `securities-power-grant.ts`): read before any reading of its first sentence alone.
        const framed = demoted || section !== 'body' ? undefined : recogniseSecuritiesPowerGrant(paragraphFrom(index));
        const framedRead = framed ? state.accept(framed, unit.text, recogniser, section, index) : undefined;
        if (framed && framedRead) {
            Object.assign(report, { clause: framed.clause, style: framed.style, confidence: framed.confidence });
            position = Math.max(position, POSITION.grant);
            for (const c of framedRead.clauses) emitted.push({ group: framedRead.group, ...c });
            const list = groupSentences.get('grant') ?? [];
            for (let i = index; i < index + framed.sentences; i++) {
                if (i > index) readWithPrevious.add(i);
                list.push({ index: i, text: units[i].text });
            }
            groupSentences.set('grant', list);
            return;
        }
        // Powers joined with no list are read only while that reading renders back: once not, the sentence is read as before.
        // A line of a notary's certificate whose style is being read ("Dated: ..." under its body) is read as that style.
        let match = state.certificateLine(unit.text, recogniser) ?? bestMatch(unit.text, recogniser, !demoted);
        // A grant that did not render back keeps its powers as written first, then the whole sentence.
        state.grantItemsAllowed = !(match?.clause === 'grant' && demotions === 1);
        // A grant read by its appointment that did not render back: its reading is not trusted, parties included.
        // When its powers were listed in the sentence and read as items, they are first kept as written instead.
        const inline = match?.clause === 'grant' && match.style === 'appointment' && splitInlineItems(match.slots.powers ?? '') !== undefined;
        state.inlineItemsAllowed = !demoted;
        const appointmentFailed = demoted && match?.clause === 'grant' && match.style === 'appointment' && !(inline && demotions === 1);
        const itemsBefore = state.items.length;
        if (appointmentFailed || (demotions > 1 && match?.clause === 'grant' && state.accept(match, unit.text, recogniser, section))) {
            // Powers the reading took from the sentence are in the words it keeps.
            state.items.length = itemsBefore;
            // The parties stay recognised, but the sentence itself is kept as written.
            state.grantWorded = unit.text;
            state.grantIndex = index;
            // The whole sentence is kept, its appointment included: the grant takes no enumerated style's "to:", nor its items.
            state.grantStyle = undefined;
            state.itemsOpen = false;
            state.ratificationText = undefined;
            Object.assign(report, { keptOn: 'grant' });
            position = Math.max(position, POSITION.grant);
            return;
        }
        // A sentence read whole whose next sentence no style reads alone, where a style of the same clause reads both
        // ("... to comply with Section 16(a) .... The Company will use all reasonable efforts to apprise ..."): both.
        const after = units[index + 1];
        let spanned: Accepted | undefined;
        if (match && !demoted && COMPOSED_SENTENCE_CLAUSES.includes(match.clause) && after?.paragraph === unit.paragraph && !options.demoted?.get(index + 1) && readsNothingBeforeSignature(bestMatch(after.text, recogniser, false))) {
            const both = `${unit.text} ${after.text}`;
            const spanning = bestMatch(both, recogniser, false);
            const read = spanning?.clause === match.clause ? state.accept(spanning, both, recogniser, section, index) : undefined;
            if (spanning && read) {
                match = spanning;
                spanned = read;
                readWithPrevious.add(index + 1);
            }
        }
        let accepted = spanned ?? (match && (!demoted || (match.clause === 'grant' && demotions === 1)) ? state.accept(match, unit.text, recogniser, section, index) : undefined);
        // The best reading names what the instrument does not know (an issuer that is the agents' words): another reading.
        if (match && !accepted && !demoted) {
            const other = otherComposedReading(match, unit.text, (m) => state.accept(m, unit.text, recogniser, section, index));
            if (other) ({ match, accepted } = other);
        }
        // A sentence recognised whole whose reading did not render back: the next reading that fits, one a round
        // ("... to comply with the Securities Exchange Act of 1934" is `not-assuming-act`, not `{section16}` taken wide).
        if (!accepted && demoted && match && match.clause !== 'grant' && COMPOSED_SENTENCE_CLAUSES.includes(match.clause) && composedRecogniser) {
            const text = stripListMarker(unit.text);
            const reading = text.length > 3000 ? undefined : composedRecogniser.reading(text, demotions);
            const read = reading ? state.accept(reading, unit.text, recogniser, section, index) : undefined;
            if (reading && read) {
                match = reading;
                accepted = read;
            }
        }
        // A style whose words run over two sentences ("... herein granted. The undersigned also ratifies ..."): the
        // sentence is read with the next one of its paragraph, when neither alone is read.
        const next = units[index + 1];
        if (!accepted && !demoted && next?.paragraph === unit.paragraph && !options.demoted?.get(index + 1)) {
            const both = `${unit.text} ${next.text}`;
            const spanning = bestMatch(both, recogniser, false);
            const read = spanning && COMPOSED_SENTENCE_CLAUSES.includes(spanning.clause) ? state.accept(spanning, both, recogniser, section, index) : undefined;
            if (read) {
                match = spanning;
                accepted = read;
                readWithPrevious.add(index + 1);
            }
        }
        if (match && accepted) {
            Object.assign(report, { clause: match.clause, style: match.style, confidence: match.confidence });
            position = Math.max(position, POSITION[match.clause] ?? position);
            for (const c of accepted.clauses) emitted.push({ group: accepted.group, ...c });
            if (accepted.group) {
                const list = groupSentences.get(accepted.group) ?? [];
                list.push({ index, text: unit.text });
                if (readWithPrevious.has(index + 1)) list.push({ index: index + 1, text: next.text });
                groupSentences.set(accepted.group, list);
            }
            return;
        }
        if (!demoted && position >= POSITION.testimonium && state.acceptSignatureLine(unit.text, index)) {
            Object.assign(report, { clause: 'signature', style: 'name-line', confidence: 0.5 });
            return;
        }
        unmatched.push({ index, text: unit.text, position });
    });

    // A letter is executed on its date line, unless a testimonium dates it.
    if (letter) state.letter = { lines: letterLines(letter, quote), dated: letter.dated };
    // The addressee's lines ("Securities and Exchange Commission") are an address, not the first mention of a term.
    if (letter) state.termsText = units.filter((_, i) => !letter.units.has(i)).map((u) => u.text).join('\n');
    for (const line of state.unusedSignatureLines()) {
        reports[line.index].clause = undefined;
        reports[line.index].style = undefined;
        unmatched.push({ ...line, position: POSITION.signature });
    }
    unmatched.sort((a, b) => a.index - b.index);
    // Each sentence no style matched goes to the first holder at or after its place that is free or already worded.
    const worded = new Map<Holder, { index: number; text: string }[]>();
    // A grant read by its appointment whose powers, listed in paragraphs of their own, were recognised holds no text as
    // written: a sentence after them that no style matches goes to a later clause, not into the list (which it would turn
    // into text as written, powers and all).
    const listed = state.grantWorded?.trim() === '' && state.items.some((i) => !i.kept);
    const structural = new Set<Holder>([...groupSentences.keys()].filter((g) => g !== 'grant' || state.grantWorded === undefined || listed));
    // Clauses recognised inside another clause's sentence (a signature-page power's incidental authority) hold no text as written.
    for (const h of state.composedHolders) structural.add(h);
    if (state.grantWorded !== undefined && !listed) worded.set('grant', [{ index: state.grantIndex, text: state.grantWorded }]);
    let floor = 0;
    for (const u of unmatched) {
        // Holders are taken in the order of the text, so that the rendering keeps the document's order.
        const candidates = HOLDERS.filter((h) => HOLDER_POSITION[h] >= Math.max(1, u.position, floor));
        // A sentence that says what it is about goes to that clause, when that keeps the order of the text.
        const topic = topicOf(u.text);
        let holder = topic && candidates.includes(topic) && (worded.has(topic) || !structural.has(topic)) ? topic : undefined;
        holder ??= candidates.find((h) => worded.has(h) || !structural.has(h));
        if (!holder) {
            holder = (candidates.length ? candidates : HOLDERS).slice(-1)[0];
            // Every later clause is recognised: the last one becomes worded, keeping its own sentences as written.
            structural.delete(holder);
            const own = groupSentences.get(holder) ?? [];
            worded.set(holder, [...own, ...(worded.get(holder) ?? [])]);
        }
        if (holder === 'grant' && !worded.has('grant')) worded.set('grant', []);
        floor = Math.max(floor, HOLDER_POSITION[holder]);
        const list = worded.get(holder) ?? [];
        list.push({ index: u.index, text: u.text });
        worded.set(holder, list);
        reports[u.index].keptOn = holder;
    }
    // A structural ratification renders after the grant's worded text; text kept after the powers must come before it.
    if ((worded.get('grant')?.length ?? 0) > 1 && state.ratificationText) {
        const list = worded.get('grant')!;
        list[0] = { ...list[0], text: `${list[0].text}${state.ratificationText}` };
        state.ratificationText = undefined;
    }
    // A grant that keeps text as written replaces all its powers with it: the listed powers then join that text. A power
    // kept as written that defines a term ('(the "1934 Act")') introduces it itself (`power worded`, `worded-powers.ts`).
    if (state.items.length && (worded.get('grant')?.some((w) => w.text.trim()) ?? false)) {
        const indices = state.items.flatMap((i) => i.indices);
        // Powers listed in the grant's own sentence have no sentence of their own: their words are kept where they stand.
        const inlineTexts = state.items.filter((i) => i.indices.length === 0).map((i) => ({ index: state.grantIndex, text: i.raw }));
        worded.set('grant', [...(worded.get('grant') ?? []), ...inlineTexts, ...indices.map((i) => ({ index: i, text: units[i].text }))]);
        for (const i of indices) reports[i].keptOn = 'grant';
        state.items = [];
    }
    if (state.items.length) {
        state.settleItems();
        if (!(worded.get('grant')?.some((w) => w.text.trim()) ?? false)) worded.delete('grant');
        const itemLines = state.items.flatMap((i) => i.line.split('\n'));
        // Two filings or more, each listed as an item of its own: the securities-power style that keeps them so.
        const eachItem = filingsEachItemPhrasing(state.items.filter((i) => !i.kept).map((i) => i.line), state.itemPhrasings);
        if (eachItem) state.itemPhrasings.push(eachItem);
        emitted.push({ group: 'grant', clause: 'grant-items', lines: itemLines });
        if (state.itemPhrasings.length) emitted.push({ group: 'grant', clause: 'phrasing', lines: state.itemPhrasings });

    }
    if (state.undertakings.length) emitted.push({ clause: 'undertakings', lines: state.undertakingLines() });
    if (table) emitted.push({ clause: 'signatures', lines: table.lines });
    if (schedule) emitted.push({ clause: 'schedule', lines: schedule.lines });
    // The sentence before the table names the instrument: every mention does, in one style.
    const instrumentStyle = table?.instrument ? instrumentNameStyle(table.instrument) : undefined;
    if (instrumentStyle && !emitted.some((c) => c.lines.some((l) => l.startsWith('phrasing instrument-name')))) {
        emitted.push({ clause: 'phrasing', lines: [`phrasing instrument-name style ${instrumentStyle}`] });
    }
    const clauses = emitted.filter((c) => !c.group || c.group === 'grant' || !worded.has(c.group))
        .filter((c) => !(c.clause === 'ratification' && !state.ratificationText && worded.has('grant')))
        .map(({ clause, lines }) => ({ clause, lines }));
    const wordedTexts: Partial<Record<Holder, string[]>> = {};
    for (const h of HOLDERS) {
        const list = worded.get(h);
        if (list?.length) wordedTexts[h] = list.sort((a, b) => a.index - b.index).map((s) => s.text);
    }
    return state.finish(clauses, wordedTexts, [...text.setAside, ...(table?.setAside ?? [])], reports, units.map((u) => u.text).join('\n'));
}

/**
 * A sentence that introduces a list ("The undersigned acknowledges that:") followed by its items in paragraphs of
 * their own ("(1) this Power of Attorney authorizes, ...;" ... "(4) ... Section 16 of the Exchange Act."): one
 * sentence, where the list read so is a style of a clause other than the grant (whose listed powers are its items),
 * so that the list is neither kept as written nor taken for the grant's powers.
 */
function joinLeadInLists(units: Unit[], match: (text: string) => TemplateMatch | undefined): void {
    for (let i = 0; i < units.length; i++) {
        if (!/\bthat:$/.test(units[i].text) || !isListItem(units[i + 1]?.text ?? '')) continue;
        let end = i + 1;
        while (end + 1 < units.length && isListItem(units[end + 1].text) && units[end + 1].paragraph !== units[end].paragraph) end++;
        const text = units.slice(i, end + 1).map((u) => u.text).join(' ');
        const m = match(text);
        if (!m || m.clause === 'grant') continue;
        units.splice(i, end + 1 - i, { ...units[i], text, heading: false });
    }
}

/**
 * A title over several lines at the head of the document ("LIMITED POWER OF ATTORNEY FOR" / "SECTION 16 REPORTING
 * OBLIGATIONS", "POWER OF ATTORNEY" / "(For Executing Form ID and Forms 3, 4 and 5)"): the number of lines, when
 * there are two or more short lines that are no sentence, no date and no list item, and one names the instrument.
 */
function titleRun(texts: readonly string[]): number | undefined {
    let n = 0;
    while (n < texts.length && n < 4 && isTitleLine(texts[n])) n++;
    // One line is the title when a form's heading of the principal, in captioned blanks, follows it.
    const least = n === 1 && texts[1] !== undefined && captionedBlanks(texts[1]) ? 1 : 2;
    return n >= least && texts.slice(0, n).some((t) => /POWER OF ATTORNEY|AUTHORIZATION|PROXY/i.test(t)) ? n : undefined;
}

function isTitleLine(text: string): boolean {
    return text.length <= 120 && !/[.;:,]$/.test(text) && !/\b(?:hereby|undersigned|I|we)\b/i.test(text) && !isListItem(text) && !/^\/s\//.test(text) && !parseDate(text)
        // A line of captioned blanks is the form's heading of the principal (`principal-heading.ts`), not the title's.
        && !captionedBlanks(text);
}

/** The clause a sentence no style matched is evidently about, by the words that name its subject. */
export function topicOf(sentence: string): Holder | undefined {
    // A sentence that appoints the agents is the grant's, whatever else it says (a signature page's one sentence words the
    // incidental authority and the ratification too).
    if (/\b(?:constitutes?|nominates?|makes?)(?:,| and| or)*\s+(?:\w+\s+)?appoints?\b/i.test(sentence)) return 'grant';
    if (/\backnowledges?\b[^.]*\bnot assuming\b|\bnot assuming\b/i.test(sentence)) return 'acknowledgment';
    if (/\bindemnif/i.test(sentence)) return 'indemnification';
    if (/\b(third part(y|ies)|any person)\b[^.]*\brely\b|\breliance\b/i.test(sentence)) return 'reliance';
    if (/\bcompensat|\breimburse/i.test(sentence)) return 'compensation';
    if (/\bfull power and authority to do and perform\b|\bgranting unto\b|\bas fully to all intents and purposes\b/i.test(sentence)) return 'incidental-authority';
    if (/\b(revoke[sd]?|revocation|supersede[sd]?|terminat\w+|remain in (full )?(force|effect)|expire[sd]?|durable|incapacity|disability)\b/i.test(sentence)) return 'term';
    return undefined;
}

/** The instrument-name style (other than the default, which follows the kind) whose exact words a slot holds. */
function instrumentNameStyle(text: string): string | undefined {
    return phrasebookTemplates(['instrument-name']).find((t) => !t.variant && !isDefaultStyle(t.clause, t.style) && t.template === text.trim())?.style;
}

/** The first line, alone in its paragraph, short, in title case and naming the instrument ("Power of Attorney"). */
function isTitleCaseTitle(s: string, units: readonly Unit[]): boolean {
    return units.filter((u) => u.paragraph === units[0].paragraph).length === 1 && s.length <= 80 && !/[.;:,]$/.test(s)
        && /\bPower of Attorney\b/i.test(s) && s.split(/\s+/).every((w) => /^(?:[A-Z0-9]|of|and|the|for|to|in)/.test(w));
}

/** A line in capitals (an entity's name as signature blocks print it). */
function isCapitalsLine(s: string): boolean {
    return s === s.toUpperCase() && /[A-Z]{2,}/.test(s);
}

function isHeading(s: string): boolean {
    return s.length <= 80 && s === s.toUpperCase() && /[A-Z]{3,}/.test(s) && !/[.;,]$/.test(s) && !/^\/s\//.test(s) && !/^IN WITNESS WHEREOF/.test(s);
}

const PRONOUNS: Record<string, ImportedPrincipal['pronoun']> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const OBJECT_PRONOUNS: Record<string, ImportedPrincipal['pronoun']> = { him: 'he', her: 'she', them: 'they', it: 'it' };

/** An appointment whose subject is "I" or whose principal's possessive is "my" (and neither is the undersigned's). */
function speaksInFirstPerson(s: Record<string, string>): boolean {
    const possessive = (s.whose ?? s['pronoun-possessive'] ?? '').toLowerCase();
    return s.subject === 'I' || possessive === 'my';
}

/**
 * The grant style that prints the powers as `infinitives` does and then the ratification as a sentence of its own
 * (`then-ratification`, '{appointment}{powers}.[ {ratification-sentence}]'), when the ratification style read is a sentence (its
 * template opens with a capital or `{Subject}`); read from the phrasebook's templates.
 */
function ratificationApartStyle(ratification: string): string | undefined {
    const template = findStyle('ratification', ratification)?.template ?? '';
    if (!isSentenceTemplate(template)) return undefined;
    return clausePhrases('grant')?.styles.find((g) => g.template === `{appointment}{powers}.[ {${RATIFICATION_SENTENCE_SLOT}}]`)?.id;
}

/** The grant styles that print the powers in the appointment's sentence, right after it ("{appointment}{powers}..."). */
const SENTENCE_GRANT_STYLES: ReadonlySet<string> = new Set((clausePhrases('grant')?.styles ?? []).filter((g) => g.template.startsWith('{appointment}{powers}')).map((g) => g.id));

/** The template line of a signature style a `signature-line` match names (variant `line2`: its second line). */
function signatureStyleLine(style: string, variant: string | undefined): string | undefined {
    const n = Number(/^line(\d+)$/.exec(variant ?? '')?.[1] ?? 0);
    return n ? findStyle('signature', style)?.template.split('\n')[n - 1] : undefined;
}

/**
 * Two signature styles print the same lines before the line `variant` names ("Date: {plain-date}" opens both
 * `date-signatures` and `date-by-typed-name`): a block read so far in the one may be the other.
 */
function sameLinesBefore(style: string, other: string, variant: string | undefined): boolean {
    const n = Number(/^line(\d+)$/.exec(variant ?? '')?.[1] ?? 0);
    const lines = (id: string) => findStyle('signature', id)?.template.split('\n').slice(0, n - 1).join('\n');
    return n > 1 && (style === other || lines(style) === lines(other));
}

/**
 * The signature style that prints `line` just under the conformed signature read last and the same lines above it as
 * `style`, the style that line began ("Signature: {conformed}" opens `print-name` and `signature-name`).
 */
function siblingSignatureStyle(style: string, line: string | undefined, conformed: readonly { index: number }[], index: number): string | undefined {
    if (!line || conformed[conformed.length - 1]?.index !== index - 1) return undefined;
    const opening = findStyle('signature', style)?.template.split('\n').findIndex((l) => l.includes('{conformed}')) ?? -1;
    if (opening < 0) return undefined;
    const variant = `line${opening + 2}`;
    return signatureLineTemplates().find((t) => t.style !== style && t.variant === variant && t.template === line && sameLinesBefore(style, t.style, variant))?.style;
}

let secondLines: { style: string; compiled: CompiledTemplate }[] | undefined;
/** The signature style whose first line is the conformed signature alone and whose second line this is. */
function styleOfSecondLine(line: string): string | undefined {
    secondLines ??= signatureLineTemplates().filter((t) => t.variant === 'line2' && signatureStyleLine(t.style, 'line1') === '{conformed}' && /\{name\}/.test(t.template))
        .map((t) => ({ style: t.style, compiled: compileTemplate(t, SIGNATURE_SLOT_PATTERNS) }));
    return secondLines.find((t) => matchTemplate(t.compiled, line))?.style;
}

/**
 * The signature style whose first line is `first` (the conformed signature's line just read), whose second is a rule
 * and whose third is `nameLine` with the name signed: of several, the one whose rule is nearest in width to the text's.
 */
function ruledSignatureStyle(first: string, width: number, nameLine: string, signed: string, closingRule = false): { style: string; closing: boolean } | undefined {
    let best: { style: string; closing: boolean; distance: number } | undefined;
    for (const t of phrasebookTemplates(['signature'])) {
        const lines = t.template.split('\n');
        const rule = lines.length >= 3 && lines[0] === first ? ruleWidth(lines[1]) : undefined;
        // A rule under the name line too ("Name: ..." on a ruled line), when the text has one there.
        const closing = closingRule && lines[3] !== undefined && ruleWidth(lines[3]) !== undefined;
        // Nothing required after the name line (and its rule): the text shows no more of the style.
        if (rule === undefined || lines.slice(closing ? 4 : 3).some((l) => !/^\[.*\]$/.test(l.trim()))) continue;
        const name = matchTemplate(compileTemplate({ clause: 'signature', style: t.style, template: lines[2] }, SIGNATURE_SLOT_PATTERNS), nameLine)?.slots.name;
        if (name !== signed) continue;
        const distance = Math.abs(rule - width) + (closingRule && !closing ? 1000 : 0);
        if (!best || distance < best.distance) best = { style: t.style, closing, distance };
    }
    return best && { style: best.style, closing: best.closing };
}

/** The recognised parts as they accumulate. */
class State {
    title?: string;
    voice: 'undersigned' | 'first-person' = 'undersigned';
    dates: 'legal' | 'plain' = 'legal';
    principals: ImportedPrincipal[] = [];
    agents: ImportedAgent[] = [];
    /** The annex that lists the agents ("Annex A"), and its lines, when the appointment names them by it. */
    agentsAnnex?: string;
    /** The agents' list as written, where it appoints a class of persons beside the named agents. */
    agentsWorded?: string;
    annexIndices = new Set<number>();
    /** The sentences after the grant's that a power given as security takes, with that power's style and confidence. */
    securitySentences = new Map<number, { style: string; confidence: number }>();
    /** The document's sentences and lines, in order. */
    unitTexts: readonly string[] = [];
    mode?: AgentMode;
    designation?: string;
    issuer?: ImportedIssuer;
    grantWorded?: string;
    grantIndex = 0;
    /** 'enumerated' when the grant was recognised by its appointment: its style follows from the powers' list markers. */
    grantStyle?: string;
    grantItemsAllowed = true;
    ratificationText?: string;
    signatureLine = false;
    /** After a grant recognised by its appointment, until a sentence that is not a list item. */
    itemsOpen = false;
    /** The grant's listed powers: the catch-all by its style, any other as the power's own words (`power "..."`). */
    items: { indices: number[]; text: string; raw: string; line: string; kept: boolean; match?: TemplateMatch; phrasings?: string[]; act?: ActNamed }[] = [];
    /** The styles of clauses composed into a recognised item (the instrument's name in the catch-all). */
    itemPhrasings: string[] = [];
    /** The powers written as `power "..."`: words kept as written. */
    keptPowers: string[] = [];
    /** A recognised power's own words → the short form it defines at its end, after words that follow the name. */
    deferredTerms = new Map<string, string>();

    /** The first listed power as written, list marker included (it names the grant's enumerated style). */
    firstItem?: string;

    /** The paragraph of the last listed power. */
    itemParagraph = -1;
    /** Whether powers listed in the grant's sentence may be read as items (not when that sentence did not render back). */
    inlineItemsAllowed = true;
    /** A listed power names the SEC "the SEC" without defining it. */
    bareSec = false;
    /** `lists serial-comma` is written ("A, B, and C"). */
    serialComma = false;
    /** The forms are listed with the serial comma ("Forms 3, 4, and 5"), or without it ("Forms 3, 4 and 5"). */
    formsSerialComma = false;
    formsNoSerialComma = false;

    acceptItem(text: string, index: number, continuing = false, asWritten = false): { style: string; confidence: number } {
        this.firstItem ??= text;
        const last = this.items[this.items.length - 1];
        if (continuing && last) {
            last.raw = `${last.raw} ${text}`;
            last.indices.push(index);
            last.text = ownWords(last.raw);
            last.line = `power ${quote(last.text)}`;
            // A power the sentence splitter cut ("... securities of Yelp! Inc., a Delaware corporation ...") is recognised whole.
            const whole = asWritten ? undefined : this.recogniseItem(last.text);
            if (whole) {
                Object.assign(last, { line: whole.line, kept: false, phrasings: whole.phrasings, ...(whole.act ? { act: whole.act } : {}) });
                return { style: whole.style, confidence: whole.confidence };
            }
            return { style: 'as-written', confidence: 0.5 };
        }
        const m = asWritten ? undefined : closestReading((itemRecogniser ??= new ComposedRecogniser(ITEM_CLAUSES, [], true)).matchAll(ownWords(text)));
        if (m && !this.items.some((i) => i.match)) {
            this.items.push({ indices: index < 0 ? [] : [index], text: ownWords(text), raw: text, line: `any other action${isDefaultStyle(m.clause, m.style) ? '' : ` style ${m.style}`}`, kept: false, match: m });
            return { style: m.style, confidence: m.confidence };
        }
        const own = ownWords(text);
        // A filing, the EDGAR access, the venues or the brokers' information, in a style of the phrasebook.
        const item = asWritten ? undefined : this.recogniseItem(own);
        if (item) {
            this.items.push({ indices: index < 0 ? [] : [index], text: own, raw: text, line: item.line, kept: false, phrasings: item.phrasings, ...(item.act ? { act: item.act } : {}) });
            return { style: item.style, confidence: item.confidence };
        }
        this.items.push({ indices: index < 0 ? [] : [index], text: own, raw: text, line: `power ${quote(own)}`, kept: true });
        return { style: 'as-written', confidence: 0.5 };
    }

    /** The undertakings of a questionnaire, by keyword, in the order of the text; the style they share. */
    readonly undertakings: string[] = [];
    private undertakingStyle?: string;

    /**
     * A questionnaire's undertaking (`undertakings.ts`): its keyword noted, in the one style every undertaking of the
     * document shares. The issuer it names is the instrument's: known, or named so where the document names it by a
     * term it never defines ("the Company").
     */
    acceptUndertaking(sentence: string): { style: string; confidence: number } | undefined {
        const m = recogniseUndertaking(sentence);
        if (!m || (this.undertakingStyle !== undefined && m.style !== this.undertakingStyle) || this.undertakings.includes(m.variant)) return undefined;
        const issuer = m.slots.issuer;
        if (issuer !== undefined && !this.issuerRef(issuer)) {
            if (this.issuer || !/^the\s+[A-Z][a-z]+$/.test(issuer)) return undefined;
            this.issuer = { name: issuer, id: this.id(issuer.replace(/^the\s+/, '')) };
        }
        this.undertakingStyle = m.style;
        this.undertakings.push(m.variant);
        return { style: m.style, confidence: m.confidence };
    }

    /** `undertakings { ... }`, with the style's phrasing where it is not the default. */
    undertakingLines(): string[] {
        const style = this.undertakingStyle && !isDefaultStyle('undertaking', this.undertakingStyle) ? [`phrasing undertaking style ${this.undertakingStyle}`] : [];
        return [...style, `undertakings { ${this.undertakings.join(' ')} }`];
    }

    /** Whether the document's definitions can be held back to the end of the powers that name them (`deferred-definitions.ts`). */
    private deferrable?: boolean;

    /** A listed power recognised as a grant item (`grant-recogniser.ts`), its role, SEC and serial comma noted. */
    private recogniseItem(own: string): ReturnType<typeof recogniseGrantItem> {
        // The issuer a power names is defined only if the power is recognised: a reading that fails defines nothing.
        const before = { issuer: this.issuer, used: new Set(this.used) };
        let item = recogniseGrantItem(own, { issuerRef: (t) => this.issuerRef(t) });
        // A power that ends by defining a term it named earlier ("... and the rules thereunder (the "1934 Act")").
        this.deferrable ??= definitionsDeferrable(findDefinedTerms(this.allText));
        const deferred = item || !this.deferrable ? undefined : trailingDefinition(own);
        if (deferred) item = recogniseGrantItem(deferred.phrase, { issuerRef: (t) => this.issuerRef(t) });
        // The filings of several statutes named in one list (`filings-several.ts`).
        if (!item && !deferred) item = recogniseFilingsSeveral(own, { issuerRef: (t) => this.issuerRef(t) });
        // Every filing named in one phrase, each "as required under" its statute (`whole-securities-power.ts`).
        if (!item && !deferred) item = recogniseWholeSecuritiesPower(own, { issuerRef: (t) => this.issuerRef(t) });
        // The forms of every filing named together, then their statutes (`forms-together.ts`).
        if (!item && !deferred) item = recogniseFormsTogether(own, { issuerRef: (t) => this.issuerRef(t) });
        // Filings one after the other, each in its own style's words (`filings-chained.ts`).
        if (!item && !deferred) item = recogniseFilingsChained(own, { issuerRef: (t) => this.issuerRef(t) });
        if (item && deferred) this.deferredTerms.set(own, deferred.term);
        // The agents' pronoun the power's words use ("as such attorney shall in his discretion"), unless another sentence chose another.
        const agentPronoun = item?.agentPossessive === undefined ? undefined : PRONOUNS[item.agentPossessive.toLowerCase()];
        if (!item || (item.role && this.role && item.role !== this.role) || (agentPronoun && this.agentPronoun && agentPronoun !== this.agentPronoun)) {
            this.issuer = before.issuer;
            this.used = before.used;
            return undefined;
        }
        if (item.role) this.role = item.role;
        if (agentPronoun) this.agentPronoun = agentPronoun;
        if (item.bareSec) this.bareSec = true;
        if (item.formsOneSeries && !this.serialComma) {
            this.serialComma = true;
            item.phrasings.push(`lists ${item.serialComma ? 'serial-comma' : 'no-serial-comma'} forms-one-series`);
        }
        if (item.serialComma) this.formsSerialComma = true;
        if (item.formsNoSerialComma) this.formsNoSerialComma = true;
        if (item.serialComma && !this.serialComma) {
            this.serialComma = true;
            item.phrasings.push('lists serial-comma');
        }
        return item;
    }

    /**
     * The recognised item's clause lines, now that the grant keeps its items: its composed styles are written, and its
     * agents' pronoun taken, unless they disagree with what the other sentences chose; then it keeps its own words.
     */
    settleItems(): void {
        const purpose = this.onePurpose();
        if (purpose) {
            Object.assign(purpose, { line: `purpose ${quote(purpose.text)}`, kept: false });
            this.itemPhrasings.push('phrasing purpose style to-purpose');
            this.purposeOnly = true;
        }
        for (const item of this.items) {
            for (const line of item.phrasings ?? []) if (!this.itemPhrasings.includes(line)) this.itemPhrasings.push(line);
            if (!item.match) continue;
            const pronoun = PRONOUNS[(item.match.slots['agent-possessive'] ?? '').toLowerCase()];
            const differs = pronoun !== undefined && this.agentPronoun !== undefined && pronoun !== this.agentPronoun;
            // The catch-all may word its agent with a pronoun of its own ("in her discretion" where the ratification says
            // "his substitute"): written on its line (`any other action ... pronoun she`), the agents' pronoun untouched.
            const own = differs && item.match.clause === 'catch-all';
            const lines = differs && !own ? undefined : this.useLines(item.match);
            if (!lines) {
                Object.assign(item, { line: `power ${quote(item.text)}`, kept: true, match: undefined });
                continue;
            }
            if (own) item.line = `${item.line} pronoun ${pronoun}`;
            const { 'agent-possessive': _possessive, ...slots } = item.match.slots;
            this.noteDesignation(own ? slots : item.match.slots);
            this.itemPhrasings.push(...lines);
        }
        this.keptPowers = this.items.filter((i) => i.kept).map((i) => i.text);
    }

    /** The grant is one purpose (`onePurpose`): the instrument is a limited power. */
    purposeOnly = false;

    /**
     * The one power of a grant that says it in the appointment's sentence ("..., my true and lawful attorney for me in my
     * name, place, and stead, to sign certifications of quota ... in accordance with Part 1315 ..."), which no style of
     * the phrasebook reads, in an instrument that is neither a securities nor a health-care power: the act it
     * authorizes is the purpose of a limited power (`purpose "..."`, in the purpose style `to-purpose`, which prints it
     * after "to" as the grant did), not text kept as written. Several powers, or powers listed under "to:", stay as written.
     */
    private onePurpose(): (typeof this.items)[number] | undefined {
        const [item, ...more] = this.items;
        if (!item || more.length || !item.kept || item.indices.length || this.grantWorded !== undefined) return undefined;
        if (!SENTENCE_GRANT_STYLES.has(this.grantStyle ?? '')) return undefined;
        const kind = this.options.kind as Kind | undefined ?? guessKind(this.allText, this.title);
        return kind === 'general' || kind === 'limited' ? item : undefined;
    }

    /** The agents' pronoun, where a sentence speaks of "her substitute" or "his discretion". */
    agentPronoun?: ImportedPrincipal['pronoun'];
    /** The words the testimonium names the instrument by, when the document has one. */
    instrumentWords?: string;
    private pronoun?: ImportedPrincipal['pronoun'];
    private capacities?: ImportedPrincipal['capacities'];
    private execution: { date?: string; asOf?: boolean; place?: string; testimonium?: string; style?: string; signatureStyle?: string; captioned?: boolean; acceptance?: string; signatures: string[]; witnesses: string[]; witnessCount: number; notary?: { state?: string; county?: string; date?: string; officer?: string; officerSignature?: string }; notaryStyle?: string } = { signatures: [], witnesses: [], witnessCount: 0 };
    private entityLines: { index: number; text: string }[] = [];
    private usedLines = new Set<number>();
    private conformedLines: { index: number; text: string }[] = [];
    private used = new Set<string>();
    /** Phrasebook clauses whose `phrasing ... style` line is written. */
    private phrasings = new Set<string>();
    /** The phrasebook style of the notary's certificate, once a line of it is read. */
    private certificateStyle?: string;
    private readonly termParts: string[] = [];

    constructor(private readonly options: RecogniseOptions, private readonly allText: string) {}

    id(name: string): string {
        const id = identifierFor(name, this.used);
        this.used.add(id);
        return id;
    }

    accept(m: TemplateMatch, sentence: string, recogniser: Recogniser, section: string, index = -1): { group?: Holder; clauses: { clause: string; lines: string[] }[] } | undefined {
        // A slot written capitalised where a sentence opens with it ("{Acknowledged-issuer} will use ...") holds "The Company".
        const s = Object.fromEntries(Object.entries(m.slots).map(([k, v]) => [k, /^The\s+[A-Z]/.test(v) && k === 'acknowledged-issuer' ? `the${v.slice(3)}` : v]));
        switch (m.clause) {
            case 'grant': return m.style === 'appointment' ? this.appointmentGrant(m, index)
                : m.style === 'naming' ? this.namingGrant(m, index)
                : m.style === 'listing' ? this.listingGrant(m, index)
                : m.style === 'signature-page' ? this.signaturePageGrant(m as SignaturePageMatch, index)
                : m.style === 'securities-power-grant' ? this.securitiesPowerGrant(m as SecuritiesPowerGrantMatch, index) : this.grant(m, recogniser);
            case 'term': return m.style === 'sentence' ? this.termSentence(m) : undefined;
            case 'supersession': case 'revocation-frame': case 'term-start': case 'durability': case 'confirming-statement': case 'agent-departure': return this.termClauseSentence(m);
            case 'incidental-authority': return this.composedClause(m, 'incidental-authority', 'incidental authority');
            case 'ratification': {
                const accepted = this.composedClause(m, 'grant', 'ratification');
                // A ratification that is a sentence of its own after a grant of one joined power ("... to sign .... I
                // hereby ratify ..."): the grant style that ends the grant's sentence before it.
                if (accepted && this.grantStyle === 'infinitives') this.grantStyle = ratificationApartStyle(m.style) ?? this.grantStyle;
                return accepted;
            }
            case 'acknowledgment': {
                // The phrasebook's style is written when it is not the default; its variant follows from whom the clause names.
                const style = isDefaultStyle('acknowledgment', m.style) ? '' : ` style ${m.style}`;
                // The issuer named ("nor is the Company assuming") must be one the instrument knows.
                if (s['acknowledged-issuer'] && !this.issuerRef(s['acknowledged-issuer'])) return undefined;
                // The issuer by its defined term alone ("nor is any Company assuming"): the instrument's issuer's term.
                if (s['issuer-term'] !== undefined && (!this.issuer || (s['issuer-term'] !== this.issuer.definedAs && s['issuer-term'] !== this.issuer.name))) return undefined;
                // The statute the clause cites must be the one its style names ("such laws" is no Section 16).
                if (s.section16 !== undefined && !/\b16\b/.test(s.section16)) return undefined;
                // Nor is a list of statutes ("Section 13 or Section 16 of the 1934 Act or Rule 144 under the 1933 Act") one statute.
                if (s.section16 !== undefined && (s.section16.match(/\b(?:Section|Rule|Regulation)\s+\d/gi) ?? []).length > 1) return undefined;
                // Nor is "such laws" the act a style names in a slot of its own (`not-assuming-act`): the style that says "such laws" is.
                if (s.act1934 !== undefined && !/\b1934\b|\bExchange\s+Act\b/i.test(s.act1934)) return undefined;
                const uses = this.useLines(m);
                if (!uses) return undefined;
                // The supersession the style says after its own sentence ({supersession-sentence}): read as the supersession's.
                const sentence = s['supersession-sentence'];
                const superseding = sentence === undefined || !composedRecogniser ? undefined : readSupersessionSentence(sentence, composedRecogniser);
                const supersession = sentence === undefined ? [] : superseding ? this.termClauseSentence(superseding)?.clauses : undefined;
                if (!supersession) return undefined;
                this.noteDesignation(s);
                let by = '';
                if (m.variant === 'issuer-only') {
                    const issuer = s['acknowledged-issuer'] ? this.issuerRef(s['acknowledged-issuer']) : undefined;
                    if (!issuer) return undefined;
                    by = ` by ${issuer}`;
                } else if (!s['acknowledged-issuer'] && this.issuer && this.agents.length && /\{acknowledged-issuer\}/.test(styleTemplate(findStyle('acknowledgment', m.style)!, m.variant))) {
                    // The agents alone acknowledged ("each of the foregoing attorneys-in-fact ... is not assuming any of"),
                    // where the instrument names an issuer the clause would otherwise name beside them.
                    by = ` by ${this.agents.map((a) => a.id).join(', ')}`;
                }
                return { group: 'acknowledgment', clauses: [{ clause: 'acknowledgment', lines: [`acknowledgment no-assumption${style}${by}`, ...uses] }, ...supersession] };
            }
            case 'indemnification': {
                // The issuer indemnified beside the agents ("the attorneys-in-fact and the Company") must be one the instrument
                // knows; the phrasebook's style is written when it is not the default.
                if (s['acknowledged-issuer'] && !this.issuerRef(s['acknowledged-issuer'])) return undefined;
                const style = isDefaultStyle('indemnification', m.style) ? [] : [`phrasing indemnification style ${m.style}`];
                return { group: 'indemnification', clauses: [{ clause: 'indemnification', lines: ['indemnification', ...style] }] };
            }
            case 'reliance': return { group: 'reliance', clauses: [{ clause: 'reliance', lines: ['third-party reliance'] }] };
            // The compensation's one style words each choice as a variant; the main template is `none`.
            case 'compensation': return { group: 'compensation', clauses: [{ clause: 'compensation', lines: [`compensation ${m.variant ?? 'none'}`] }] };
            case 'limitations': {
                const items = s['limitation-list'].split(/; and |; /);
                return { clauses: [{ clause: 'limitation', lines: items.map((l) => `limitation ${quote(l)}`) }] };
            }
            case 'successors': {
                const names = s['successor-list'].split(/; and then |; then /).map((n) => n.trim()).filter(Boolean);
                return { clauses: [{ clause: 'successors', lines: [`successors { ${names.map((n) => `agent ${this.id(n)} ${quote(n)}`).join(' ')} }`] }] };
            }
            case 'testimonium': return this.testimonium(m);
            case 'effective-line': return this.effectiveLine(m);
            case 'signature-line': return this.styledSignatureLine(m, sentence, index);
            case 'acceptance-line': return this.acceptanceLine(m);
            case 'witnesses':
                if (section !== 'witnesses' && m.style !== 'one-declared' && m.style !== 'several-declared') return undefined;
                if (m.style === 'witness-line') {
                    this.execution.witnessCount++;
                    if (s.witness) this.execution.witnesses.push(s.witness);
                }
                return { clauses: [] };
            case 'notary':
                if (m.variant?.startsWith('line')) return this.notaryCertificateLine(m);
                this.execution.notary ??= {};
                // Kept as written in the file (quoted, or a blank), as a certificate line keeps them.
                if (m.style === 'state') this.execution.notary.state = placeValue(s.state);
                if (m.style === 'county') this.execution.notary.county = placeValue(s.county);
                if (['new-york', 'california', 'short-form'].includes(m.style)) this.execution.notaryStyle = m.style;
                return { clauses: [] };
            default: return undefined;
        }
    }

    /**
     * A line of a phrasebook notary style that words the certificate (`notary-certificate.ts`): its county and state
     * (names or blanks) from the first line, its date from the line that has one; the style is written as a phrasing.
     */
    private notaryCertificateLine(m: TemplateMatch): Accepted | undefined {
        const s = m.slots;
        const notary = (this.execution.notary ??= {});
        const dated = s['notary-date'] ?? s['notary-plain-date'];
        if (dated !== undefined) {
            const date = certificateDate(dated);
            if (!date) return undefined;
            notary.date = date;
        }
        // "said person acknowledged that he signed ... as his free and voluntary act": the principal's pronoun.
        const possessive = PRONOUNS[(s['notary-possessive'] ?? '').toLowerCase()];
        if (possessive) this.pronoun ??= possessive;
        // The notary's conformed signature, once, then the name it signs (the same name).
        if (s['notary-signature'] !== undefined) {
            if (notary.officerSignature !== undefined) return undefined;
            notary.officerSignature = s['notary-signature'].trim();
        }
        if (s['notary-name'] !== undefined) {
            const signed = notary.officerSignature?.replace(/^\/s\/\s*/, '');
            if (notary.officer !== undefined || signed === undefined || signed !== s['notary-name'].trim()) return undefined;
            notary.officer = signed;
        }
        if (s['notary-state'] !== undefined) notary.state = placeValue(s['notary-state']);
        if (s['notary-county'] !== undefined) notary.county = placeValue(s['notary-county']);
        this.certificateStyle ??= m.style;
        if (this.phrasings.has('notary')) return { clauses: [] };
        this.phrasings.add('notary');
        return { clauses: [{ clause: 'notary', lines: [`phrasing notary style ${m.style}`] }] };
    }

    /**
     * A clause recognised whole with the clauses composed into it (`incidental authority` with its substitution and
     * ratification): the clause's line with its style, and a line for each composed clause.
     */
    private composedClause(m: TemplateMatch, group: Holder, keyword: string): Accepted | undefined {
        const uses = this.useLines(m);
        if (!uses) return undefined;
        this.noteDesignation(m.slots);
        const style = isDefaultStyle(m.clause, m.style) ? '' : ` style ${m.style}`;
        return { group, clauses: [{ clause: m.clause, lines: [`${keyword}${style}`, ...uses] }] };
    }

    /** The lines that choose the style of each clause composed into a recognised sentence. */
    private useLines(m: TemplateMatch): string[] | undefined {
        const lines: string[] = [];
        for (const use of m.uses ?? []) {
            const style = isDefaultStyle(use.clause, use.style) ? '' : ` style ${use.style}`;
            switch (use.clause) {
                case 'substitution': {
                    // "or revocation", "and resubstitution": the powers the words give.
                    const words = use.text ?? '';
                    lines.push(`substitution${style}${/revocation/.test(words) ? ' with revocation' : ''}${/resubstitution/.test(words) ? ' and resubstitution' : ''}`);
                    break;
                }
                case 'ratification': lines.push(`ratification${style}`); break;
                case 'instrument-name': {
                    if (this.instrumentWords !== undefined && use.text !== this.instrumentWords) return undefined;
                    const name = use.text ? instrumentNameStyle(use.text) : undefined;
                    if (name && !this.phrasings.has('instrument-name')) {
                        this.phrasings.add('instrument-name');
                        lines.push(`phrasing instrument-name style ${name}`);
                    }
                    break;
                }
                default:
                    if (style && !this.phrasings.has(use.clause)) {
                        this.phrasings.add(use.clause);
                        lines.push(`phrasing ${use.clause}${style}`);
                    }
            }
        }
        return lines;
    }

    /** The agents' designation a sentence uses ("such attorney-in-fact"), where the grant has not said it. */
    private noteDesignation(s: Record<string, string>): void {
        // "or her substitute or substitutes": the agents' pronoun.
        const agentPronoun = PRONOUNS[(s['agent-possessive'] ?? '').toLowerCase()];
        if (agentPronoun) this.agentPronoun = agentPronoun;
        if (this.designation || this.agents.length) return;
        const one = s['designation-one'];
        const plural = s.designation ?? s['designation-plural'] ?? (one ? pluralFor(one) : undefined);
        if (plural && plural !== 'attorneys-in-fact') this.designation = plural;
    }

    /** A grant recognised by its appointment (`recogniseAppointment`): the first reading whose slots agree. */
    private appointmentGrant(m: TemplateMatch, index: number): Accepted | undefined {
        // A reading whose agents are an annex the document holds ("each of the persons listed on Exhibit A") comes first.
        const hasAnnex = (t: TemplateMatch) => {
            const r = t.slots.agents === undefined ? undefined : annexReference(t.slots.agents);
            return r !== undefined && readAnnexList(this.unitTexts, r.annex, index) !== undefined;
        };
        // Then a reading whose designation the document uses of one agent ("attorneys-in-fact and agents" where they
        // are appointed, "such attorney-in-fact" after): the designation its other sentences render with.
        const namesOne = (t: TemplateMatch) => t.slots.designation !== undefined && designationUsedOfOne(this.unitTexts, t.slots.designation);
        const rank = (t: TemplateMatch) => 2 * Number(hasAnnex(t)) + Number(namesOne(t));
        for (const a of [...(m.alternatives ?? [])].sort((x, y) => rank(y) - rank(x))) {
            const accepted = this.appointment(a, m.slots.joined !== undefined, index);
            if (!accepted) continue;
            this.grantWorded = m.slots.powers ?? '';
            this.grantIndex = index;
            this.grantStyle = 'enumerated';
            this.itemsOpen = this.grantWorded.trim() === '';
            // Powers joined in the sentence with no list ("to complete ..., and to do all acts ..."): each an item.
            if (m.slots.joined !== undefined) {
                this.grantStyle = m.slots.joined;
                this.itemsOpen = false;
                this.grantWorded = undefined;
                // A power given as security, whose words run over the sentences after the grant's (`security-power.ts`).
                const security = index >= 0 ? readSecurityPower(m.slots.powers ?? '', this.unitTexts.slice(index + 1, index + 5)) : undefined;
                if (security) {
                    this.items.push({ indices: [], text: security.line, raw: m.slots.powers ?? '', line: security.line, kept: false });
                    for (let i = 1; i <= security.sentences; i++) this.securitySentences.set(index + i, { style: security.style, confidence: security.confidence });
                    if (security.pronoun) this.pronoun ??= security.pronoun;
                    return accepted;
                }
                for (const item of splitJoinedPowers(m.slots.powers ?? '')) this.acceptItem(item, -1);
                return accepted;
            }
            // The powers listed in the sentence itself: each an item of the grant, as a listed paragraph is.
            const inline = this.inlineItemsAllowed ? splitInlineItems(this.grantWorded) : undefined;
            if (inline) {
                this.grantWorded = undefined;
                this.itemsOpen = true;
                for (const item of inline) this.acceptItem(item, -1);
            }
            return accepted;
        }
        return undefined;
    }

    /**
     * A signature-page power (`signature-page.ts`): the persons who sign appoint the agents; the filing is the grant's
     * one item, the incidental authority and the ratification composed into the same sentence.
     */
    private signaturePageGrant(m: SignaturePageMatch, index: number): Accepted | undefined {
        const filing = signaturePageFilingLine(m);
        if (!filing) return undefined;
        const tail: { clause: string; lines: string[] }[] = [];
        for (const part of [m.incidental, m.ratification]) {
            if (!part) continue;
            const uses = this.useLines({ ...part, slots: part.slots });
            if (!uses) return undefined;
            this.noteDesignation(part.slots);
            const keyword = part.clause === 'ratification' ? 'ratification' : 'incidental authority';
            tail.push({ clause: part.clause, lines: [`${keyword}${isDefaultStyle(part.clause, part.style) ? '' : ` style ${part.style}`}`, ...uses] });
        }
        for (const a of m.alternatives) {
            // The securities the opening says the registration statement registers, and the venues the filing names.
            const extras = signaturePageExtras(a.slots['registered-securities'], m.filing.slots.venues, { issuerRef: (t) => this.issuerRef(t) }, quote);
            const filingLine = extras && signaturePageFilingLine(m, extras.registering);
            if (!filingLine) continue;
            const accepted = this.appointment(a);
            if (!accepted) continue;
            if (!this.principals.length) {
                const name = signatoriesName(a) ?? 'Each person whose signature appears below';
                this.principals.push({ id: this.id('signatories'), name });
            }
            this.grantWorded = undefined;
            this.grantIndex = index;
            this.grantStyle = signaturePageGrantStyle(m);
            this.signaturePage = true;
            for (const part of [m.filing, m.incidental, m.ratification]) if (part) this.slotTerms.push(...termsNamedInSlots(part.slots));
            if (m.incidental) this.composedHolders.add('incidental-authority');
            return { group: 'grant', clauses: [...accepted.clauses, { clause: 'grant-items', lines: [filingLine, ...extras.venues] }, ...tail] };
        }
        return undefined;
    }

    /**
     * A grant in one sentence whose one power a securities-power style words whole (`securities-power-grant.ts`): the
     * appointment, the laws the power names (`comply with act1933, act1934`), the venues folded into it, the incidental
     * authority and ratification after it. A role held in what the opening defines ("as Co-Trustees of the ... Trust (the
     * "Trust")") is the principals' `role ... of` that term, where the power's words name it ("held by the Trust"); words
     * that agree with several principals ("do hereby", "determine") say there are several.
     */
    private securitiesPowerGrant(m: SecuritiesPowerGrantMatch, index: number): Accepted | undefined {
        if (this.agents.length || this.grantStyle !== undefined) return undefined;
        const s = m.power.slots;
        const laws = lawsNamed(s['compliance-or'] ?? s.compliance ?? '');
        if (!laws) return undefined;
        const tail: { clause: string; lines: string[] }[] = [];
        for (const use of m.power.uses.filter((u) => u.clause === 'incidental-authority' || u.clause === 'ratification')) {
            const keyword = use.clause === 'ratification' ? 'ratification' : 'incidental authority';
            tail.push({ clause: use.clause, lines: [`${keyword}${isDefaultStyle(use.clause, use.style) ? '' : ` style ${use.style}`}`] });
        }
        // The clauses composed into the incidental authority and the ratification (a substitution, the instrument's name).
        const nested = this.useLines({ ...m.power, uses: m.power.uses.filter((u) => u.clause !== 'incidental-authority' && u.clause !== 'ratification') });
        if (!nested) return undefined;
        for (const a of m.alternatives) {
            // The opening that names the role with an article of its own ("the undersigned, a director of ...") is another reading's.
            if (a.slots['principal-role'] !== undefined) continue;
            const held = a.slots['capacity-as'] === undefined ? undefined : roleInDefinedTerm(a.slots['capacity-as']);
            if (a.slots['capacity-as'] !== undefined && !held) continue;
            // What the power speaks for and of: the holding the role is in ("the Trust"), or the undersigned.
            const holding = held ? `the ${held.term}` : undefined;
            const object = (s.object ?? 'the undersigned').toLowerCase();
            if (s['role-of'] !== undefined && s['role-of'] !== holding) continue;
            if (s.holder !== undefined && s.holder !== (holding ?? s.object) && s.holder.toLowerCase() !== (holding ?? object)) continue;
            const venuePhrasings: string[] = [];
            const venueTerms: ImportedTerm[] = [];
            const venues = s.venues === undefined ? undefined : parseVenues(s.venues, { issuerRef: (t) => this.issuerRef(t) }, venuePhrasings, venueTerms);
            if (s.venues !== undefined && !venues) continue;
            if (held) this.role = held.role;
            const accepted = this.appointment(a, false, index);
            if (!accepted) {
                if (held) this.role = undefined;
                continue;
            }
            if (held) {
                const heldId = this.id(held.name.replace(/^the\s+/, ''));
                this.roleOf = heldId;
                this.slotTerms.push({ id: heldId, meaning: held.name, term: held.term, text: held.text });
            }
            if (m.principalNumber === 'plural') this.severalPrincipals = true;
            this.slotTerms.push(...termsNamedInSlots(s), ...venueTerms);
            this.grantWorded = undefined;
            this.grantIndex = index;
            this.grantStyle = isDefaultStyle('grant', SECURITIES_POWER_GRANT_STYLE) ? undefined : SECURITIES_POWER_GRANT_STYLE;
            this.kindRead = 'securities';
            if (tail.some((t) => t.clause === 'incidental-authority')) this.composedHolders.add('incidental-authority');
            const items = [`comply with ${laws.join(', ')}`, ...(venues ? [`with ${venues.join(', ')} style folded`] : [])];
            const phrasings = [`phrasing securities-power style ${m.power.style}`, ...venuePhrasings, ...nested];
            return { group: 'grant', clauses: [...accepted.clauses, { clause: 'grant-items', lines: items }, { clause: 'phrasing', lines: phrasings }, ...tail] };
        }
        return undefined;
    }

    /** Several principals speak together ("The undersigned, as Co-Trustees ..., do hereby ..."), named or not. */
    private severalPrincipals = false;
    /** The defined term the principals' role is held in (`role "Co-Trustees" of trust`). */
    private roleOf?: string;
    /** The kind the recognised clauses say the instrument is, where the caller did not say it. */
    private kindRead?: Kind;

    /**
     * A grant whose sentence names the agents and the powers (`naming-grant.ts`): the agents as named, the voice its
     * "on my behalf" speaks in, and the powers one item of the grant, recognised as a listed power is.
     */
    private namingGrant(m: TemplateMatch, index: number): Accepted | undefined {
        const agents = parseNames(m.slots.agents);
        if (!agents || this.agents.length) return undefined;
        this.agents = agents.map((n) => ({ id: this.id(n), name: n }));
        return this.sentenceGrant(m, index);
    }

    /**
     * A grant that names no agents, who are listed after it (`listed-agents.ts`): the grant style, the voice, the
     * designation and the powers; the agents are read from their list (`acceptAgentsList`).
     */
    private listingGrant(m: TemplateMatch, index: number): Accepted | undefined {
        if (this.agents.length || this.grantStyle !== undefined) return undefined;
        this.noteDesignation(m.slots);
        return this.sentenceGrant(m, index);
    }

    /** A grant said in one sentence of a `grant` style with no appointment: its style, its voice and its powers. */
    private sentenceGrant(m: TemplateMatch, index: number): Accepted | undefined {
        if (m.slots.voice === 'first-person') this.voice = 'first-person';
        this.grantWorded = undefined;
        this.grantIndex = index;
        this.grantStyle = m.slots['grant-style'];
        this.acceptItem(m.slots.powers, -1);
        const item = this.items[this.items.length - 1];
        const frame = item && !item.kept && item.line.startsWith('file ') ? unframedSecuritiesPower() : undefined;
        return { group: 'grant', clauses: frame ? [{ clause: 'securities-power', lines: [`phrasing securities-power style ${frame}`] }] : [] };
    }

    /** Holders recognised as part of another clause's sentence (the incidental authority of a signature-page power). */
    readonly composedHolders = new Set<Holder>();

    /** The grant is a signature-page power (`signaturePageGrant`). */
    private signaturePage = false;

    /** The standard terms recognised clauses name in their slots in words of the document's own (`slot-terms.ts`). */
    private slotTerms: ImportedTerm[] = [];

    private appointment(a: TemplateMatch, strictNames = false, index = -1): Accepted | undefined {
        const s = a.slots;
        // "the individuals named on Annex A attached hereto": the agents are those the annex lists.
        const annex = s.agents === undefined ? undefined : annexReference(s.agents);
        const annexList = annex ? readAnnexList(this.unitTexts, annex.annex, index) : undefined;
        if (annex && !annexList) return undefined;
        // "A and B of MongoDB, Inc. (the "Company") and C of Cooley LLP": the agents with the company or firm each works for.
        // "the responsible attorneys and paralegals of the Corporation and of Cooley LLP": agents by office.
        // The issuer only by its name or the term the document defines for it: nothing named here is made the issuer.
        const knownIssuer = (t: string) => (/^the\s+[A-Z][\w ]*$/.test(t) || t === this.issuer?.name ? this.issuerRef(t) : undefined);
        const byOffice = annexList || s.agents === undefined ? undefined : parseAgentsByOffice(s.agents, knownIssuer);
        const firms = annexList || byOffice || s.agents === undefined || !/\sof\s+[A-Z]/.test(s.agents) ? undefined : parseAgentsWithFirms(s.agents);
        // "A and B, and any assistant or deputy counsel of the Company": the named agents, the list kept as the agents' wording.
        const withClass = annexList || firms || s.agents === undefined ? undefined : parseAgentsWithClass(s.agents);
        const agents = annexList ? annexList.names : byOffice ? byOffice.agents.map((o) => o.office) : firms ? firms.map((f) => f.name) : withClass ? withClass.names : s.agents === undefined ? undefined : parseNames(s.agents);
        if (!agents) return undefined;
        // A list read apart in the wrong places ("Samantha Harnett of Eventbrite, Inc., a Delaware corporation (the
        // "Company"), and An-Yen Hu"): a piece that opens with a joining word or an article is no agent's name.
        if (strictNames && agents.some((n) => /^(?:and|or|of|a|an)\s/i.test(n))) return undefined;
        // Nor one that ends with one ("..., signing singly, as" before "the undersigned's"): the words of another style.
        if (agents.some((n) => /(?:^|\s)(?:as|and|or|of|the|to)$/i.test(n))) return undefined;
        // "the undersigned's true and lawful attorney-in-fact" names several agents in the singular: a style with {designation-one}.
        if (s.designation && agents.length > 1 && singularOf(s.designation) === s.designation) return undefined;
        if (s.identification !== undefined && !/^the undersigned$/i.test(s.identification)) return undefined;
        // {whose} renders "the undersigned's" ("my", "our") or a stated pronoun, never "his or her" (a {pronoun-possessive} style's words).
        if (s.whose !== undefined && !/^(?:the undersigned's|my|our)$/i.test(s.whose) && !PRONOUNS[s.whose.toLowerCase()]) return undefined;
        // "A, B and each of them": names joined by commas alone, the mode's phrase the list's last item.
        if (agents.length > 1 && !/\s(?:and|or|and\/or)\s/.test(s.agents ?? '')) {
            a = { ...a, uses: a.uses?.map((u) => (u.clause === 'agent-mode' && u.style === 'and-each' ? { ...u, style: 'and-each-listed' } : u)) };
        }
        const lines = this.useLines(a);
        if (!lines) return undefined;
        // "The undersigned, as an officer or director of SolarCity Corporation (the "Company"), ...": the principal's role.
        if (s['capacity-as'] !== undefined && !this.role) {
            const role = roleOf(s['capacity-as'], { issuerRef: (t) => this.issuerRef(t) });
            if (role) this.role = role;
        }
        // "each of the undersigned, a director or officer of Welltower Inc., ... (the "Company"), or Welltower OP LLC, ...":
        // the signatories' role and every issuer it names.
        if (s['principal-role-issuers'] !== undefined) {
            const read = parseRoleIssuers(s['principal-role-issuers']);
            if (!read || !this.noteIssuers(read.issuers)) return undefined;
            this.role ??= read.role;
        }
        // "I, the undersigned director and/or officer of 23andMe Holding Co., a Delaware corporation (the "Company"), ...":
        // the role, and the issuer it names, follow "the undersigned" without an article.
        if (s['principal-role-bare'] !== undefined && !this.role) {
            const role = roleOf(s['principal-role-bare'], { issuerRef: (t) => this.issuerRef(t) });
            if (!role) return undefined;
            this.role = role;
        }
        if (!isDefaultStyle('appointment', a.style)) lines.unshift(`phrasing appointment style ${a.style}`);
        // "I, ____ (name of person granting power), the undersigned, who am authorized to sign ...": the person who signs
        // for the principal, in the first person (the opening `signatory-who-am`).
        if (s['signatory-name'] !== undefined && s['signatory-title'] !== undefined) {
            this.signatory = { name: s['signatory-name'].trim(), title: s['signatory-title'].trim() };
            if (a.uses?.some((u) => u.clause === 'opening' && /^I,/.test(u.text ?? ''))) this.voice = 'first-person';
        }
        if (annex && annexList) {
            this.agentsAnnex = annex.annex;
            // The renderer prints the heading in capitals: a heading written otherwise ("Annex A") is kept as written.
            const heading = this.unitTexts[annexList.heading].trim() === annex.annex.toUpperCase() ? [annexList.heading] : [];
            this.annexIndices = new Set([...heading, ...annexList.indices]);
            if (!isDefaultStyle('agents-annex', annex.style)) lines.push(`phrasing agents-annex style ${annex.style}`);
        }
        // The issuer an opening names ("With respect to ... securities issued by Joby Aviation, Inc. (the "Company")").
        if (s.issuer !== undefined) this.issuerRef(s.issuer);
        // "A, B, and C": the serial comma the renderer writes with `lists serial-comma`.
        if (!annex && agents.length > 2 && /,\s+(?:and|or)\s+[^,]+$/.test(s.agents ?? '') && !this.serialComma) {
            this.serialComma = true;
            lines.push('lists serial-comma');
        }
        const mode = a.uses?.find((u) => u.clause === 'agent-mode');
        if (mode) this.mode = parseMode(mode.text ?? '') ?? 'severally';
        this.agents = agents.map((n) => ({ id: this.id(n), name: n }));
        this.agentsWorded = withClass ? s.agents!.trim() : undefined;
        if (firms) this.agents = this.agents.map((a, i) => ({ ...a, ...this.employerOf(firms[i].organisation, firms[i].defined) }));
        if (byOffice) {
            this.agents = byOffice.agents.map((o) => {
                const issuer = knownIssuer(o.organisation);
                return { id: this.id(`${o.office} ${o.organisation.replace(/^the\s+/i, '')}`), name: o.office, office: o.office, ...(issuer ? { employer: issuer } : { firm: o.organisation }), ...(byOffice.delegate ? { delegate: true } : {}) };
            });
            // The renderer words one agent by office, ", for the time being" (or ", or delegate") after it; other lists are kept as the agents' wording.
            if (byOffice.agents.length > 1 || !(byOffice.forTheTimeBeing || byOffice.delegate)) this.agentsWorded = s.agents!.trim();
        }
        // "______________ does constitute and appoint ...": the principal the opening names (a blank on a form).
        if (s['principal-name'] !== undefined && !this.principals.length && !this.principalHeading && readCaptionedBlank(s['principal-name'])) {
            this.principals.push({ id: this.id('principal'), name: s['principal-name'].trim() });
        }
        this.appointmentRead = { style: a.style, uses: (a.uses ?? []).map((u) => u.clause), possessive: s.whose ?? s['pronoun-possessive'] };
        // "authorize and designate him for the undersigned": the agents' pronoun.
        const agentsObject = OBJECT_PRONOUNS[(s['agents-object'] ?? '').toLowerCase()];
        if (agentsObject) this.agentPronoun ??= agentsObject;
        const possessive = s.whose ?? s['pronoun-possessive'] ?? s['signatory-possessive'];
        if (possessive && PRONOUNS[possessive.toLowerCase()]) this.pronoun = PRONOUNS[possessive.toLowerCase()];
        // "I hereby appoint ... as my ...": the instrument speaks in the first person.
        if (speaksInFirstPerson(s)) this.voice = 'first-person';
        const one = s['designation-one'];
        const plural = s.designation && agents.length > 1 ? s.designation : one ? pluralFor(one) : s.designation ? pluralFor(s.designation) : undefined;
        if (plural && plural !== 'attorneys-in-fact') this.designation = plural;
        return { group: 'grant', clauses: [{ clause: 'appointment', lines }] };
    }

    private grant(m: TemplateMatch, recogniser: Recogniser): Accepted | undefined {
        const s = m.slots;
        const agents = parseNames(s.agents);
        if (!agents) return undefined;
        const intro = /^I,\s+(.+?)(?:,\s+of\s+(.+))?,$/.exec(s.principalIntro) ?? /^We,\s+(.+?),$/.exec(s.principalIntro);
        if (intro) {
            this.voice = 'first-person';
            const names = s.principalIntro.startsWith('We') ? parseNames(intro[1]) ?? [intro[1]] : [intro[1]];
            for (const n of names) this.principals.push({ id: this.id(n), name: n, address: s.principalIntro.startsWith('We') ? undefined : intro[2] });
        } else if (!/^the undersigned$/i.test(s.principalIntro)) {
            const role = /^The undersigned,\s+an?\s+(.+?)(?:\s+of\s+(.+))?,$/i.exec(s.principalIntro);
            if (!role) return undefined;
            this.role = role[1];
        }
        this.agents = agents.map((n) => ({ id: this.id(n), name: n }));
        if (s.mode) this.mode = parseMode(s.mode);
        this.pronoun = PRONOUNS[s.possessive.toLowerCase()];
        const designation = s.designation.trim();
        const plural = agents.length > 1 ? designation : pluralOf(designation);
        if (plural !== 'attorneys-in-fact') this.designation = plural;
        const clauses: { clause: string; lines: string[] }[] = [];
        if (s.substitution) {
            const extras = s.substitution.replace(/^substitution/, '');
            clauses.push({ clause: 'substitution', lines: [`substitution${/revocation/.test(extras) ? ' with revocation' : ''}${/resubstitution/.test(extras) ? ' and resubstitution' : ''}`] });
        }
        let powers = s.powers;
        const ratified = recogniser.match(powers, (t) => t.clause === 'ratification', true);
        const said = agents.length > 1 ? `${plural}, or any of them,` : designation;
        if (ratified && ratified.slots.ratifiedAgents === said) {
            this.ratificationText = powers.slice(ratified.slots.powers.length);
            powers = ratified.slots.powers;
            clauses.push({ clause: 'ratification', lines: ['ratification'] });
        }
        const items = this.grantItemsAllowed ? recogniseGrantItems(powers, recogniser, quote) : undefined;
        const issuersKnown = items ? items.issuers.every((i) => this.issuerRef(i)) : false;
        if (items && issuersKnown) for (const c of items.capacities) this.noteCapacities(c);
        if (items?.complete && issuersKnown) {
            this.grantWorded = undefined;
        } else {
            // The powers are kept as written; what was recognised of them still tells the checks what is granted.
            this.grantWorded = powers;
        }
        if (items?.lines.length && issuersKnown) clauses.push({ clause: 'grant-items', lines: items.lines });
        return { group: 'grant', clauses };
    }

    role?: string;

    /**
     * The term's sentence recognised whole (term-sentences.ts): the supersession, start and end it joins, its
     * revocation, and the styles of each.
     */
    private termSentence(m: TemplateMatch): Accepted | undefined {
        const s = m.slots;
        const uses = m.uses ?? [];
        const parts: string[] = [];
        const supersession: string[] = [];
        const sup = uses.find((u) => u.clause === 'supersession');
        if (sup) {
            const line = supersessionLine(sup, s, (t) => this.issuerRef(t));
            if (!line) return undefined;
            supersession.push(line);
        }
        const start = uses.find((u) => u.clause === 'term-start');
        if (start) {
            const line = termStartLine(start, s);
            if (!line) return undefined;
            parts.push(line);
        }
        const end = uses.find((u) => u.clause === 'term-end');
        let line: string | undefined;
        switch (end ? end.variant : 'none') {
            case 'none': line = undefined; break;
            case undefined: case 'revoked': line = 'ends when revoked'; break;
            case 'date': { const d = parseDate(s['end-date'] ?? ''); line = d ? `ends on ${d.iso}` : undefined; break; }
            case 'duration': {
                // "for six months", "three years", "fifth (5th) anniversary".
                const anniversary = /^\w+ \((\d+)(?:st|nd|rd|th)\)$/.exec(s.anniversary ?? '');
                const d = anniversary ? { count: Number(anniversary[1]), unit: 'years' } : parseDuration(s.duration ?? s['duration-words'] ?? '');
                line = d ? `ends after ${d.count} ${d.unit}` : undefined;
                break;
            }
            case 'death': line = 'ends at death'; break;
            case 'completion': line = 'ends on completion'; break;
            case 'section16': case 'status': {
                // The forms named by the end ({status-forms}) come from the grant's filings: a grant kept as written names none,
                // and the sentence then does not render back, and is kept as written.
                const issuerText = s['status-issuer'] ?? s['status-issuer-or-company'];
                const issuer = issuerText ? this.issuerRef(issuerText) : undefined;
                if (issuerText && !issuer) return undefined;
                // The statute the end cites ({section16} or {status-statute}); a style that names none is Section 16's.
                const cited = s.section16 ?? s['status-statute'];
                const status = cited === undefined ? 'section16' : this.statusCited(cited, end!.variant === 'section16');
                if (!status) return undefined;
                line = `ends when no longer subject to ${status}${issuer ? ` for ${issuer}` : ''}`;
                break;
            }
            default: return undefined;
        }
        if (end && !line) return undefined;
        if (line) parts.push(line);
        // ", except that in respect of any person herein appointed ...": an agent's authority lapses on leaving. A term-end
        // style may word it as one of its ends ("(c) as to any attorney-in-fact individually, until such attorney-in-fact is
        // no longer employed by the Company ..."): its {departure-employers} say the same.
        if (uses.some((u) => u.clause === 'agent-departure') || s['departure-employers'] !== undefined) {
            const departure = departureLine(s, (t) => this.issuerRef(t));
            if (!departure) return undefined;
            parts.push(departure);
        }
        // "the undersigned (in his individual capacity or ...)": the principal's capacities, which the term's {capacity} names.
        if (s.capacity) this.noteCapacities(`(${s.capacity})`);
        const lines: string[] = [];
        const revocation = this.revocationLine(m);
        if (revocation === null) return undefined;
        if (revocation) lines.push(revocation);
        const styles = this.useLines(m);
        if (!styles) return undefined;
        const singular = this.singularRecipientsStyle(m);
        if (singular) lines.push(`phrasing revocation style ${singular}`);
        this.termParts.push(...parts);
        // The term clause itself is written at the place of its sentence (`finish` fills TERM_PLACE), so that a file
        // rendered in its written order prints the term where the document does.
        return { group: 'term', clauses: [{ clause: 'revocation', lines: [...supersession, ...lines, ...styles] }, { clause: TERM_PLACE, lines: [] }] };
    }

    /**
     * The status a term's end cites, as the file names it: the catalog's statute ("Section 13(d) of the 1934 Act" is
     * section13d; Section 16 reporting is section16), or, where the words cite a law the catalog does not list under that
     * act ("Section 16 of the Securities Act of 1933, as amended", where the catalog's Section 16 is the 1934 Act's), a
     * term defined in the document's words, which the rendering cites as written. Undefined for words that are no citation.
     */
    private statusCited(cited: string, section16: boolean): string | undefined {
        const words = cited.replace(/\s+/g, ' ').trim();
        const id = statuteId(words);
        const known = id ? findStatute(id) : undefined;
        if (!known) return undefined;
        // The act the words name, when it is a standard term's ("the Securities Act of 1933, as amended").
        const rest = words.slice(known.citation.split('{act}')[0].length);
        const act = STANDARD_TERMS.find((t) => t.id !== 'sec' && rest.includes(t.meaning.replace(/^the\s+/, '').replace(/,\s+as amended$/, '')));
        if (!act || act.id === known.act) {
            if (section16) return known.family === 'section16' || known.family === 'section16a' ? 'section16' : undefined;
            return id;
        }
        const term = { id: this.id(`${id}cited`), meaning: words, text: words };
        this.slotTerms.push(term);
        return term.id;
    }

    /**
     * "delivered to the foregoing attorney-in-fact" where the agents are several: the revocation style of the phrasebook
     * that names them in the singular (`{revocation-recipients-one}`), where the sentence's reading took another.
     */
    private singularRecipientsStyle(m: TemplateMatch): string | undefined {
        const use = m.uses?.find((u) => u.clause === 'revocation');
        if (!use || this.agents.length < 2 || this.phrasings.has('revocation')) return undefined;
        const agents = (m.slots['revocation-recipients'] ?? '').split(/\s+and\s+/).find((r) => /^the foregoing\s/.test(r));
        const one = agents?.replace(/^the foregoing\s+/, '');
        if (!one || singularOf(one) !== one) return undefined;
        const style = clausePhrases('revocation')?.styles.find((s) => styleTemplate(s, use.variant).includes('{revocation-recipients-one}'));
        if (!style) return undefined;
        this.phrasings.add('revocation');
        return style.id;
    }

    /** The revocation a sentence words (`revocation by signed-writing delivered to agents`); null when its recipients are unknown. */
    private revocationLine(m: TemplateMatch): string | undefined | null {
        const revocation = m.uses?.find((u) => u.clause === 'revocation');
        if (!revocation) return undefined;
        const named = (m.slots['revocation-recipients'] ?? m.slots['revocation-recipients-one'] ?? '').split(/\s+and\s+/).filter(Boolean);
        const recipients = named
            .map((r) => (/^the foregoing\b/.test(r) ? 'agents' : this.issuerRef(r) ? 'issuer' : undefined));
        if (recipients.some((r) => !r)) return null;
        const by = revocation.variant === 'written-notice' || revocation.variant === 'writing' ? revocation.variant : 'signed-writing';
        return `revocation by ${by}${recipients.length ? ` delivered to ${recipients.join(', ')}` : ''}`;
    }

    /**
     * A sentence of supersession, the term's start, durability or revocation that stands alone: a style of the
     * phrasebook worded as a sentence (term-sentences.ts).
     */
    private termClauseSentence(m: TemplateMatch): Accepted | undefined {
        if (!isSentenceForm(m.clause, m.style, m.variant)) return undefined;
        // "This Power of Attorney shall expire as to any individual attorney-in-fact if ...": a sentence after the term's,
        // which the renderer prints only after a term it words (not one kept as written). Read before its styles are noted.
        const departure = m.clause === 'agent-departure' && this.termParts.some((p) => p.startsWith('ends ')) ? departureLine(m.slots, (t) => this.issuerRef(t)) : undefined;
        if (m.clause === 'agent-departure' && !departure) return undefined;
        const styles = this.useLines(m);
        if (!styles) return undefined;
        const own = isDefaultStyle(m.clause, m.style) ? [] : [`phrasing ${m.clause} style ${m.style}`];
        switch (m.clause) {
            case 'supersession': {
                const line = supersessionLine({ clause: m.clause, style: m.style, variant: m.variant }, m.slots, (t) => this.issuerRef(t));
                return line ? { group: 'term', clauses: [{ clause: 'supersession', lines: [line, ...own, ...styles] }] } : undefined;
            }
            case 'revocation-frame': {
                const line = this.revocationLine(m);
                return line ? { group: 'term', clauses: [{ clause: 'revocation', lines: [line, ...styles] }] } : undefined;
            }
            case 'term-start': {
                if (m.variant !== 'springing') return undefined;
                const determination = determinationWords(m.uses ?? [], m.slots);
                if (determination === undefined) return undefined;
                this.termParts.push(`starts on incapacity${determination}`);
                return { group: 'term', clauses: [{ clause: 'term-start', lines: styles }] };
            }
            case 'agent-departure':
                this.termParts.push(departure!);
                return { group: 'term', clauses: [{ clause: 'agent-departure', lines: [...own, ...styles] }] };
            case 'durability':
                this.termParts.push(m.variant === 'not-durable' ? 'not durable' : 'durable');
                return { group: 'term', clauses: [{ clause: 'durability', lines: styles }] };
            case 'confirming-statement':
                return { group: 'term', clauses: [{ clause: 'confirming-statement', lines: [`confirming-statement${own.length ? ` style ${m.style}` : ''}`, ...styles] }] };
            default: return undefined;
        }
    }


    /** "(in his individual capacity or in a fiduciary or any other capacity)" after the subject. */
    private noteCapacities(subject: string): void {
        const m = /\((in .*capacity)\)/.exec(subject);
        if (!m) return;
        const caps: NonNullable<ImportedPrincipal['capacities']> = [];
        if (/individual/.test(m[1])) caps.push('individual');
        if (/fiduciary/.test(m[1])) caps.push('fiduciary');
        if (/any other/.test(m[1])) caps.push('other');
        this.capacities = caps;
    }

    /** An agent's organisation: the issuer when the document defines it so or names it by the issuer's name, else a firm. */
    private employerOf(organisation: string, defined: string | undefined): { employer: string } | { firm: string } {
        const issuer = defined ? this.issuerRef(defined) : this.issuer?.name === organisation ? this.issuer.id : undefined;
        return issuer ? { employer: issuer } : { firm: organisation };
    }

    /**
     * A line of its own saying when the power takes effect ("This Power of Attorney is effective immediately upon filing
     * with the Securities Exchange Commission and for purposes of my future Form 4 and Form 5 filings relating to Microsoft
     * securities and transactions."): its style; the issuer it names by its name without the legal form is called so
     * (`called "Microsoft"`), and the SEC named in words of the document's own is defined as written (`slot-terms.ts`).
     */
    private effectiveLine(m: TemplateMatch): Accepted | undefined {
        const s = m.slots;
        // A sentence of the power, in a style with words of its own: a dated line ("Effective: ...") is the execution's.
        if (s.instrument === undefined) return undefined;
        if (this.instrumentWords !== undefined && s.instrument !== this.instrumentWords) return undefined;
        if (s.issuer !== undefined && !this.issuerRef(s.issuer)) {
            const short = this.issuer && !this.issuer.definedAs ? shortNameOf(this.issuer.name, s.issuer) : undefined;
            if (!short || (this.issuer!.shortName !== undefined && this.issuer!.shortName !== short)) return undefined;
            this.issuer!.shortName = short;
        }
        this.slotTerms.push(...termsNamedInSlots(s));
        return { clauses: [{ clause: 'effective-line', lines: [`phrasing effective-line style ${m.style}`] }] };
    }

    /** The issuer named or defined in a slot: its id, defining it on first sight (from its definition elsewhere in the text). */
    /** Issuers after the first, where an opening names several (`parseRoleIssuers`). */
    private otherIssuers: ImportedIssuer[] = [];

    /** The issuers an opening names, the first as the instrument's issuer; false when the first is another already read. */
    private noteIssuers(issuers: readonly RoleIssuer[]): boolean {
        const [first, ...others] = issuers;
        if (this.issuer && this.issuer.name !== first.name) return false;
        this.issuer ??= { ...first, id: this.id(first.name) };
        for (const o of others) if (!this.otherIssuers.some((i) => i.name === o.name)) this.otherIssuers.push({ ...o, id: this.id(o.name) });
        return true;
    }

    private issuerRef(text: string): string | undefined {
        if (this.issuer && (text === `the ${this.issuer.definedAs}` || text === this.issuer.name)) return this.issuer.id;
        const term = /^the\s+([A-Z][\w ]*)$/.exec(text)?.[1];
        const parsed = term && !this.issuer ? definitionOf(this.allText, term) : parseIssuer(text);
        if (!parsed || this.issuer) return this.issuer && parsed?.name === this.issuer.name ? this.issuer.id : undefined;
        this.issuer = { ...parsed, id: this.id(parsed.name) };
        return this.issuer.id;
    }

    private testimonium(m: TemplateMatch): Accepted | undefined {
        const s = m.slots;
        // {when} is the phrasebook's dating: "this 4th day of May, 2022", "as of the ...", "as of this ...", "on May 4, 2022".
        const when = s.when ?? '';
        const asOf = /^as of\s+/i.test(when);
        const date = parseDate(when.replace(/^as of\s+/i, ''));
        if (!date) return this.testimoniumDatedBlank(m) ?? this.testimoniumDatedBelow(m) ?? this.testimoniumDatedAbove(m);
        this.dates = date.style;
        const hand = m.variant === 'hand' || m.variant === 'hand-plural';
        Object.assign(this.execution, { date: date.iso, asOf, place: s.place, testimonium: hand ? 'hand' : undefined, style: isDefaultStyle('testimonium', m.style) ? undefined : m.style });
        // "as of this 4th day": the dating style `as-of-this`; the default words it "as of the 4th day". The dating
        // style whose words the date is in ("as of this 07 day of February, 2022"), else as-of-this for "as of this".
        const found = datingStyleOf(when, date.iso)?.style;
        const dating = found !== undefined ? (isDefaultStyle('dating', found) ? undefined : found) : asOf && date.lead === 'this' ? 'as-of-this' : undefined;
        const clauses = dating ? [{ clause: 'dating', lines: [`phrasing dating style ${dating}`] }] : [];
        clauses.push(...this.instrumentNamePhrasing(s.instrument));
        return { clauses };
    }

    /**
     * "Witnessed and signed this __________ day of __________, ______.": a printed form's testimonium whose date is
     * left blank to fill, executed on a blank as wide as the date's first blank (`executed blank 10`).
     */
    private testimoniumDatedBlank(m: TemplateMatch): Accepted | undefined {
        const when = m.slots.when ?? '';
        if (/^as of\b/i.test(when) || /\d/.test(when)) return undefined;
        const date = certificateDate(when);
        if (!date) return undefined;
        const hand = m.variant === 'hand' || m.variant === 'hand-plural';
        Object.assign(this.execution, { date, place: m.slots.place, testimonium: hand ? 'hand' : undefined, style: isDefaultStyle('testimonium', m.style) ? undefined : m.style });
        return { clauses: this.instrumentNamePhrasing(m.slots.instrument) };
    }

    /** {instrument}: the instrument-name style whose words the document uses, where they are not the default's. */
    private instrumentNamePhrasing(instrument: string | undefined): { clause: string; lines: string[] }[] {
        const name = instrument ? instrumentNameStyle(instrument) : undefined;
        if (!name || this.phrasings.has('instrument-name')) return [];
        this.phrasings.add('instrument-name');
        return [{ clause: 'instrument-name', lines: [`phrasing instrument-name style ${name}`] }];
    }

    /** The template lines of the signature style read from its date line on, when a testimonium dates the power below. */
    private dateLines?: string[];
    private dateBelow = false;

    /**
     * "... to be executed as of the date written below": a testimonium style whose words hold no date, the date printed
     * in the signature block under it (`date-below.ts`); the execution's date is read from that line.
     */
    private testimoniumDatedBelow(m: TemplateMatch): Accepted | undefined {
        if (m.slots.when !== undefined || !testimoniumWithoutDate(m.style)) return undefined;
        this.dateBelow = true;
        const hand = m.variant === 'hand' || m.variant === 'hand-plural';
        Object.assign(this.execution, { place: m.slots.place, testimonium: hand ? 'hand' : undefined, style: isDefaultStyle('testimonium', m.style) ? undefined : m.style });
        return { clauses: this.instrumentNamePhrasing(m.slots.instrument) };
    }

    /** The date printed above the text (`letter { dated ... }`), which a testimonium may refer to. */
    datedAbove?: string;

    /**
     * "... executed as of the date first set forth above": a testimonium that dates the instrument by the date printed
     * above the text, in the words of the dating style `date-first-above`; executed as of that date.
     */
    private testimoniumDatedAbove(m: TemplateMatch): Accepted | undefined {
        const above = findStyle('dating', 'date-first-above')?.template;
        if (!this.datedAbove || !above || m.slots.when?.replace(/\s+/g, ' ').trim() !== above) return undefined;
        const hand = m.variant === 'hand' || m.variant === 'hand-plural';
        Object.assign(this.execution, { date: this.datedAbove, asOf: true, place: m.slots.place, testimonium: hand ? 'hand' : undefined, style: isDefaultStyle('testimonium', m.style) ? undefined : m.style });
        return { clauses: [{ clause: 'dating', lines: ['phrasing dating style date-first-above'] }, ...this.instrumentNamePhrasing(m.slots.instrument)] };
    }

    /** A line of a phrasebook signature style ("Signature: /s/ ...", "Print Name: ..."): the style is written on the signature. */
    private styledSignatureLine(m: TemplateMatch, sentence: string, index: number): Accepted | undefined {
        // A signature under a notary's certificate is the notary's, not a principal's: the language does not name the notary.
        if (this.certificateStyle !== undefined) return undefined;
        const s = m.slots;
        const line = signatureStyleLine(m.style, m.variant);
        if (line !== undefined && s['signer-caption'] !== undefined && line === `(Signature of {signer-caption})`) return this.signatureCaption(m.style, s['signer-caption']);
        // "Date: February 27, 2020" under a testimonium that dates the power below: the execution's date (before a
        // date line read as opening a signature block with no testimonium, below: this instrument has one).
        if (this.dateBelow && !this.execution.date && !this.execution.signatures.length && line && isDateLine(line)) {
            const date = parseDate(s['plain-date'] ?? s.date ?? '');
            if (!date) return undefined;
            this.execution.date = date.iso;
            this.dates = date.style;
            this.dateLines = [line];
            return { clauses: [] };
        }
        // "Dated: October 13, 2021" above "By: /s/ ...": a signature style that dates the signature, with no testimonium.
        // Not under a signature-page power, whose persons sign in the table that follows it (signature-table.ts), and only
        // above the first signature: a date under a signature or a notary's certificate ("Dated: ..." above the notary's) is theirs.
        const dated = this.dateBelow ? undefined : datedSignature(line, s, this.execution.date);
        if (dated === null || (dated && (this.signaturePage || this.execution.signatures.length > 0 || this.execution.notary !== undefined))) return undefined;
        if (dated) {
            Object.assign(this.execution, { date: dated.date, style: 'no-testimonium', signatureStyle: dated.styles[0] });
            this.datedStyles = dated.styles;
            return { clauses: [] };
        }
        // The lines under the date are those of a style it begins, though another style may print the same line ("By: /s/ ...").
        if (this.datedStyles.length && !this.datedStyles.includes(m.style)) {
            const own = signatureLineTemplates().find((t) => this.datedStyles.includes(t.style) && t.template === line);
            if (!own) return undefined;
            this.datedStyles = this.datedStyles.filter((d) => signatureLineTemplates().some((t) => t.style === d && t.template === line));
            if (this.execution.signatures.length === 0) this.execution.signatureStyle = own.style;
            return this.styledSignatureLine({ ...m, style: own.style, variant: own.variant }, sentence, index);
        }
        // "By: ..." under an entity's name (a plain line above): the entity signs by its signatory.
        if (line === 'By: {conformed}' && s.conformed !== undefined) {
            const unused = this.entityLines.filter((l) => !this.usedLines.has(l.index));
            const entity = unused.pop();
            if (entity) {
                this.usedLines.add(entity.index);
                // A name in capitals printed over several lines ("THE ... LIVING" / "TRUST DATED ..."): one name.
                let name = entity.text;
                for (let before = unused.pop(), at = entity.index; before && before.index === at - 1 && isCapitalsLine(before.text) && isCapitalsLine(name); at = before.index, before = unused.pop()) {
                    this.usedLines.add(before.index);
                    name = `${before.text} ${name}`;
                }
                this.execution.signatures.push(s.conformed);
                this.principals.push({ id: this.id(name), name, entity: true, signatory: s.conformed.replace(/^\/s\/\s*/, '') });
                this.entityBlock = { lines: [line], last: index };
                return { clauses: [] };
            }
        }
        // "Name: ..." and "Title: ..." under an entity's signature: its signatory's name and title.
        const entity = this.principals.find((x) => x.entity);
        if (entity && line === 'Name: {name}' && s.name !== undefined) { entity.signatory = s.name; this.entityBlockLine(line, index); return { clauses: [] }; }
        if (entity && line === 'Title: {title}' && s.title !== undefined) { entity.signatoryTitle = s.title; this.entityBlockLine(line, index); return { clauses: [] }; }
        // "Print Name: ..." under the entity's "By:" line, in the block it began: its signatory's name.
        if (entity && line !== undefined && ENTITY_SIGNATORY_LINES.includes(line) && s.name !== undefined && this.entityBlock?.last === index - 1) {
            entity.signatory = s.name;
            this.entityBlockLine(line, index);
            return { clauses: [] };
        }
        // "Date: January 28, 2003" in a signature block that no testimonium dates: the block's date is the execution's.
        if (s['plain-date'] !== undefined && s.conformed === undefined) return this.signatureBlockDate(m, s['plain-date']);
        // A line of the block's own words ("Signatures") in the style its date line began.
        if (Object.keys(s).length === 0 && !this.execution.signatures.length && this.execution.signatureStyle !== undefined && sameLinesBefore(this.execution.signatureStyle, m.style, m.variant)) {
            this.execution.signatureStyle = m.style;
            return { clauses: [] };
        }
        // A line of a style's own words just under the conformed signature ("Signature" under "/s/ David Sacks"): the
        // style that prints it there, after the same lines as the style read so far (`signature-printed-name`).
        const caption = Object.keys(s).length === 0 && this.execution.signatureStyle !== undefined
            ? siblingSignatureStyle(this.execution.signatureStyle, line, this.conformedLines, index) : undefined;
        if (caption) {
            this.execution.signatureStyle = caption;
            return { clauses: [] };
        }
        if (s.conformed !== undefined) {
            if (!/^\/s\/\s*\S/.test(s.conformed)) return undefined;
            // A conformed signature alone on its line is a line of the style the block's date line began.
            const begun = !this.execution.signatures.length && this.execution.signatureStyle !== undefined && (findStyle('signature', this.execution.signatureStyle)?.template.split('\n').includes('{conformed}') ?? false);
            this.execution.signatures.push(s.conformed);
            if (!begun) this.execution.signatureStyle = m.style;
            // After the date line: the signature style that prints both.
            const dated = this.dateLines && line ? signatureStyleFromDateLine([...this.dateLines, line]) : undefined;
            if (dated && this.dateLines) {
                this.execution.signatureStyle = dated;
                this.dateLines.push(line!);
            }
            this.conformedLines.push({ index, text: sentence });
            return { clauses: [] };
        }
        // The printed name under a conformed signature of the same style must be the name signed.
        const last = this.execution.signatures[this.execution.signatures.length - 1];
        if (s.name === undefined || last?.replace(/^\/s\/\s*/, '') !== s.name) return undefined;
        if (this.execution.signatureStyle === m.style) return { clauses: [] };
        // "Signature: /s/ ..." opens both `print-name` and `signature-name`: the name line under it says which.
        const sibling = this.execution.signatureStyle === undefined ? undefined : siblingSignatureStyle(this.execution.signatureStyle, line, this.conformedLines, index);
        if (sibling) {
            this.execution.signatureStyle = sibling;
            return { clauses: [] };
        }
        // A conformed signature alone on its line names no style by itself: the line under it does ("Name: ...", the style `name-line`).
        const previous = this.conformedLines[this.conformedLines.length - 1];
        const style = previous?.index === index - 1 && signatureStyleLine(this.execution.signatureStyle ?? '', 'line1') === '{conformed}' ? styleOfSecondLine(sentence) : undefined;
        if (!style) return undefined;
        this.execution.signatureStyle = style;
        return { clauses: [] };
    }

    /**
     * The caption under a line to sign on a blank form, "(Signature of person granting power)", with no date and no
     * testimonium: the execution is left blank (`executed style no-testimonium blank`), signed in the style that prints
     * the caption, which names the signer by the caption of the blank the form gives the signatory (or "principal").
     * Under an acceptance the agents' caption, "(Signature of attorney-in-fact)", is the acceptance's own line.
     */
    private signatureCaption(style: string, caption: string): Accepted | undefined {
        const e = this.execution;
        if (e.acceptance && caption === 'attorney-in-fact') return { clauses: [] };
        const signatory = this.signatory ? readCaptionedBlank(this.signatory.name)?.caption : undefined;
        const signer = signatory?.replace(/^name of /i, '') ?? 'principal';
        if (caption !== signer || e.date !== undefined || e.signatures.length || e.testimonium) return undefined;
        Object.assign(e, { date: 'blank', style: 'no-testimonium', signatureStyle: style, captioned: true });
        return { clauses: [] };
    }

    /**
     * A line of the agents' acceptance in which they speak ("I, ______ (name of attorney-in-fact), hereby affirm that I
     * am the person named herein as attorney-in-fact ..."), after the principal's execution was read: each agent the
     * line names must be one of the instrument's (a blank by its caption); the acceptance is written in the execution
     * (`acceptance by agents`) with its style.
     */
    private acceptanceLine(m: TemplateMatch): Accepted | undefined {
        const e = this.execution;
        if (e.acceptance || e.date === undefined || !this.agents.length) return undefined;
        const named = m.slots['agent-name'] !== undefined ? [m.slots['agent-name']] : parseNames(m.slots['agent-names'] ?? '') ?? [];
        const known = (text: string) => {
            const blank = readCaptionedBlank(text)?.caption;
            return this.agents.some((a) => (blank !== undefined ? readCaptionedBlank(a.name)?.caption === blank : a.name === text));
        };
        if (!named.length || !named.every(known)) return undefined;
        e.acceptance = m.style;
        return { clauses: isDefaultStyle('agent-acceptance', m.style) ? [] : [{ clause: 'phrasing', lines: [`phrasing agent-acceptance style ${m.style}`] }] };
    }

    /**
     * The date line that opens a signature block ("Date: January 28, 2003", the signature style `date-signatures`): the
     * execution's date, with no testimonium, when no testimonium has dated the instrument and no signature is read yet.
     */
    private signatureBlockDate(m: TemplateMatch, text: string): Accepted | undefined {
        const date = parseDate(text);
        const e = this.execution;
        if (!date || date.style !== 'plain' || m.variant !== 'line1' || e.date !== undefined || e.signatures.length) return undefined;
        Object.assign(e, { date: date.iso, style: 'no-testimonium', signatureStyle: m.style });
        return { clauses: [] };
    }

    /** The principal's name as printed under a signature in capitals ("John F. Bard" under "/s/ JOHN F. BARD"). */
    private printedName?: string;
    /** The signature styles the date line that dated the signature begins (`dated-by-name`), its other lines read as theirs. */
    private datedStyles: string[] = [];

    /** The name typed under the conformed signature (signature style `typed-name`): kept as written if no execution carries it. */
    private typedName?: { index: number; text: string };

    /** The letter's parts (`letter { ... }`) and its date line, when the power is given as a letter. */
    letter?: { lines: string[]; dated: string };
    /** The text whose mentions of the standard terms are read: the document without its letter's parts. */
    termsText?: string;

    /** The rule and the name line of a ruled signature style (`acceptSignatureRule`), kept as written if no execution carries them. */
    private ruledLines: { index: number; text: string }[] = [];

    /**
     * A rule of hyphens ("-----") under the one conformed signature just read, the name signed on the line below: the
     * signature style of the phrasebook that prints the signature's line, a rule and that name line.
     */
    acceptSignatureRule(line: string, index: number, next: string | undefined, afterNext?: string): string | undefined {
        // A row of hyphens just under a line of an entity's signatory block: the signature line of that line.
        if (isRuleLine(line) && this.entityBlock?.last === index - 1) {
            this.entityBlockLine('{rule}', index);
            return 'rule';
        }
        const last = this.conformedLines[this.conformedLines.length - 1];
        if (this.ruledLines.some((l) => l.index === index)) return this.execution.signatureStyle;
        if (!/^-{3,}$/.test(line) || next === undefined || last?.index !== index - 1 || this.execution.signatures.length !== 1) return undefined;
        const first = signatureStyleLine(this.execution.signatureStyle ?? '', 'line1');
        const signed = this.execution.signatures[0].replace(/^\/s\/\s*/, '');
        const closingRule = afterNext !== undefined && /^-{3,}$/.test(afterNext);
        const ruled = first ? ruledSignatureStyle(first, line.length, next, signed, closingRule) : undefined;
        if (!ruled) {
            // Captions between the rules and the name ("Signature", "Print Name"): the style's lines read one by one.
            const block = first ? ruledSignatureLines(first, this.unitTexts.slice(index), signed) : undefined;
            if (!block) return undefined;
            this.execution.signatureStyle = block.style;
            for (let i = index; i < index + block.lines; i++) this.ruledLines.push({ index: i, text: this.unitTexts[i] });
            return block.style;
        }
        this.execution.signatureStyle = ruled.style;
        this.ruledLines.push({ index, text: line }, { index: index + 1, text: next });
        if (ruled.closing) this.ruledLines.push({ index: index + 2, text: afterNext! });
        return ruled.style;
    }

    /**
     * A signature block dated under the signature ("/s/ Elon Musk", a rule, "Elon Musk", "Dated: August 2, 2012") before
     * any signature is read, under a testimonium that dates the instrument below: its date is the execution's; then, under it, each witness's
     * block of a `witness` style, the witness named and the style written (`signature-block.ts`).
     */
    acceptBlock(index: number): { clause: 'signature' | 'witnesses'; style: string; lines: number; clauses: { clause: string; lines: string[] }[] } | undefined {
        const e = this.execution;
        if (this.signaturePage) return undefined;
        // Only where a testimonium dates the instrument below ("as of the date set forth below"): a date under a
        // signature may otherwise be another's (a notary's certificate under it).
        if (!e.signatures.length) {
            if (!this.dateBelow) return undefined;
            const block = signatureDatedBelow(this.unitTexts, index);
            if (!block || (e.date !== undefined && e.date !== block.date)) return undefined;
            Object.assign(e, { date: block.date, signatureStyle: block.style });
            e.signatures.push(block.signature);
            this.conformedLines.push({ index, text: this.unitTexts[index] });
            this.blockDated = true;
            return { clause: 'signature', style: block.style, lines: block.lines, clauses: [] };
        }
        // Witnesses under a signature block read whole, the date of execution known.
        if (!this.blockDated || !e.date || e.notary !== undefined) return undefined;
        const witness = witnessBlock(this.unitTexts, index, e.date);
        if (!witness || (this.witnessStyle !== undefined && this.witnessStyle !== witness.style)) return undefined;
        e.witnessCount++;
        e.witnesses.push(witness.witness);
        const first = this.witnessStyle === undefined;
        this.witnessStyle = witness.style;
        return { clause: 'witnesses', style: witness.style, lines: witness.lines, clauses: first && !isDefaultStyle('witness', witness.style) ? [{ clause: 'witness', lines: [`phrasing witness style ${witness.style}`] }] : [] };
    }

    /**
     * The sentence of an `agents-list` style ("The individuals who are authorized to act as my Attorney-In-Fact under
     * this Power of Attorney are as follows:") and the names on the lines under it: the agents, when no appointment
     * named them and a grant that lists its agents below was read (`listingGrant`).
     */
    acceptAgentsList(index: number, endsBlock: (after: number) => boolean): { style: string; lines: number; clauses: { clause: string; lines: string[] }[] } | undefined {
        if (this.agents.length || this.grantStyle === undefined || !findStyle('grant', this.grantStyle) || /\{(?:appointment|agents)\}/.test(findStyle('grant', this.grantStyle)!.template)) return undefined;
        const list = readAgentsList(this.unitTexts, index);
        if (!list || !endsBlock(index + list.lines)) return undefined;
        const uses = this.useLines({ clause: 'agents-list', style: list.style, slots: list.slots, uses: list.uses, confidence: 1 });
        if (!uses) return undefined;
        const one = list.slots['designation-one'];
        if (one !== undefined && this.designation === undefined) this.designation = pluralFor(one);
        this.agents = list.names.map((n) => ({ id: this.id(n), name: n }));
        const style = isDefaultStyle('agents-list', list.style) ? [] : [`phrasing agents-list style ${list.style}`];
        return { style: list.style, lines: list.lines, clauses: [{ clause: 'agents-list', lines: [...style, ...uses] }] };
    }

    /** The signature block was read whole (`acceptBlock`): the witnesses' blocks under it may be. */
    private blockDated = false;
    /** The witness style of the witnesses' blocks read whole. */
    private witnessStyle?: string;

    /** The template lines of an entity's signatory block read so far ("By: {conformed}", "{rule}", ...) and the last one's index. */
    private entityBlock?: { lines: string[]; last: number };

    private entityBlockLine(line: string, index: number): void {
        if (this.entityBlock?.last !== index - 1) return;
        this.entityBlock.lines.push(line);
        this.entityBlock.last = index;
    }

    /** A line of the notary's certificate in the style a line of it was read in, before any other reading. */
    certificateLine(text: string, recogniser: Recogniser): TemplateMatch | undefined {
        const style = this.certificateStyle;
        return style === undefined ? undefined : recogniser.match(text, (t) => t.clause === 'notary' && t.style === style) ?? notarySigningLine(text, style);
    }

    /** A plain line in the signature block: the principal's printed name, or an entity's name before "By:". */
    acceptSignatureLine(line: string, index: number): boolean {
        if (this.certificateStyle !== undefined) return false;
        if (line.length > 80 || /[.;:]$/.test(line.replace(/\b(Inc|Ltd|Corp|Co|L\.P|L\.L\.C|N\.A|Jr|Sr|[A-Z])\.$/, ''))) return false;
        if (!/^[A-Z]/.test(line)) return false;
        // The name typed under the conformed signature of a style read from its date line ("{name}" its next line).
        const conformed = this.conformedLines[this.conformedLines.length - 1];
        const style = this.execution.signatureStyle;
        if (this.dateLines && style && conformed?.index === index - 1 && this.execution.signatures.length === 1
            && nextSignatureLine(style, this.dateLines[this.dateLines.length - 1]) === '{name}' && this.execution.signatures[0].replace(/^\/s\/\s*/, '') === line) {
            this.typedName = { index, text: line };
            return true;
        }
        // The name typed under the conformed signature just read: the phrasebook's signature style `typed-name` ("{conformed}\n{name}").
        const last = this.conformedLines[this.conformedLines.length - 1];
        if (last && last.index === index - 1 && isDefaultStyle('signature', this.execution.signatureStyle ?? findStyle('signature')!.id) && this.execution.signatures.length === 1
            && this.execution.signatures[0].replace(/^\/s\/\s*/, '') === line && findStyle('signature', 'typed-name')?.template === '{conformed}\n{name}') {
            this.execution.signatureStyle = 'typed-name';
            this.typedName = { index, text: line };
            return true;
        }
        // The name printed under the signature in the style the block's date line began ("Date: ...", "Signatures", "/s/
        // JOHN F. BARD", "John F. Bard"): the name signed in capitals, printed as the principal is named.
        const signed = this.execution.signatures[0]?.replace(/^\/s\/\s*/, '');
        if (last && last.index === index - 1 && this.execution.signatures.length === 1 && signed !== undefined && signed !== line && signed === line.toUpperCase()
            && (findStyle('signature', this.execution.signatureStyle ?? '')?.template.includes('{conformed}\n{name}') ?? false)) {
            this.printedName = line;
            return true;
        }
        // Possibly an entity's name (confirmed by a "By:" line) or the name under a line to sign (confirmed at the end).
        this.entityLines.push({ index, text: line });
        return true;
    }

    /** Plain lines of the signature block that named no one the instrument renders: to be kept as written. */
    unusedSignatureLines(): { index: number; text: string }[] {
        if (this.principals.length === 0 && this.execution.signatures.length === 0 && this.signatureLine) {
            const first = this.entityLines.find((l) => !this.usedLines.has(l.index));
            if (first) {
                this.usedLines.add(first.index);
                this.principals.push({ id: this.id(first.text), name: first.text });
            }
        }
        const unused = this.entityLines.filter((l) => !this.usedLines.has(l.index));
        this.execution.date ??= this.letter?.dated;
        if (this.execution.date) return unused;
        // No date of execution was recognised, so there is no execution clause to carry the signatures: keep them as written.
        // One conformed signature names the principal; a table of several signers is kept as written, not guessed at.
        const name = this.execution.signatures.length === 1 ? this.execution.signatures[0].replace(/^\/s\/\s*/, '') : '';
        if (name && this.principals.length === 0) this.principals.push({ id: this.id(name), name });
        this.execution.signatures = [];
        const typed = [...(this.typedName ? [this.typedName] : []), ...this.ruledLines];
        if (this.execution.signatureStyle === 'typed-name') this.execution.signatureStyle = undefined;
        return [...unused, ...this.conformedLines, ...typed].sort((a, b) => a.index - b.index);
    }

    finish(clauses: { clause: string; lines: string[] }[], worded: Partial<Record<Holder, string[]>>, setAside: string[], sentences: SentenceReport[], allText: string): ImportedInstrument {
        // The names take the serial comma and the forms do not ("A, B, and C" ... "Forms 3, 4 and 5").
        if (this.formsNoSerialComma && !this.formsSerialComma) {
            clauses = clauses.map((c) => ({ ...c, lines: c.lines.map((l) => (l === 'lists serial-comma' ? 'lists serial-comma except-forms' : l)) }));
        }
        // The forms take the serial comma and the agents' names do not ("Forms 3, 4, and 5" ... "A, B and C").
        if (this.formsSerialComma && !this.formsNoSerialComma && this.agents.length > 2) {
            const [last, before] = [this.agents[this.agents.length - 1].name, this.agents[this.agents.length - 2].name];
            const flat = allText.replace(/\s+/g, ' ');
            if (flat.includes(`${before} and ${last}`) && !flat.includes(`${before}, and ${last}`)) {
                clauses = clauses.map((c) => ({ ...c, lines: c.lines.map((l) => (l === 'lists serial-comma' ? 'lists no-serial-comma except-forms' : l)) }));
            }
        }
        // The principal of an instrument in the undersigned voice is named where it is signed.
        if (this.principals.length === 0) {
            const fromSignature = this.execution.signatures.map((s) => s.replace(/^\/s\/\s*/, '')).filter(Boolean);
            for (const n of fromSignature) {
                const name = this.printedName?.toUpperCase() === n ? this.printedName : n;
                this.principals.push({ id: this.id(name), name });
            }
        }
        // A form's heading names the principal, an entity that speaks through the person the opening names.
        const heading = this.principalHeading;
        if (this.principals.length === 0 && heading) {
            this.principals.push({
                id: this.id(readCaptionedBlank(heading.name)?.caption?.replace(/^name of\s+(?:the\s+)?/i, '') || 'principal'), name: heading.name, entity: true, address: heading.address, registration: heading.registration,
                signatory: this.signatory?.name, signatoryTitle: this.signatory?.title
            });
            clauses = [{ clause: 'principal-heading', lines: [`phrasing principal-heading style ${heading.style}`] }, ...clauses];
        }
        // Several principals who speak together and are not named (a text cut before its signatures): blanks, two at least.
        if (this.severalPrincipals) {
            const caption = this.role ? singularOf(this.role) : 'principal';
            while (this.principals.length < 2) this.principals.push({ id: this.id(caption.replace(/[^A-Za-z0-9]+/g, '')), name: '', blank: caption });
        }
        const first = this.principals[0];
        if (first && this.principals.length === 1) {
            first.pronoun ??= first.entity ? undefined : this.pronoun;
            if (this.capacities) first.capacities = this.capacities;
        }
        const kind = this.options.kind as Kind | undefined ?? this.kindRead ?? (this.purposeOnly ? 'limited' : guessKind(allText, this.title));
        let jurisdiction = this.options.jurisdiction;
        if (!jurisdiction) {
            if (this.execution.notaryStyle === 'new-york') jurisdiction = 'NY';
            else if (this.execution.notaryStyle === 'california') jurisdiction = 'CA';
            else if (kind === 'section16' || kind === 'securities') jurisdiction = 'federal';
            else jurisdiction = stateCode(this.execution.notary?.state?.replace(/^"|"$/g, ''));
        }
        // A signature-page power kept whole (a slip in its own words defeats its styles) is signed as one read in its parts.
        const keptSignaturePage = !this.signaturePage && !this.agents.length && worded.grant?.length === 1 && speaksForSignatories(worded.grant[0]);
        const execution = this.executionLines(keptSignaturePage);
        if (first?.entity) this.undersignedPossessive(clauses);
        const termLines = this.termParts.length ? [`term { ${this.termParts.join('  ')} }`] : [];
        const ordered = clauses.filter((c, i) => c.clause !== TERM_PLACE || clauses.findIndex((x) => x.clause === TERM_PLACE) === i);
        const place = ordered.findIndex((c) => c.clause === TERM_PLACE);
        if (termLines.length && !worded.term) {
            if (place >= 0) ordered[place] = { clause: 'term', lines: termLines };
            else ordered.push({ clause: 'term', lines: termLines });
        } else if (place >= 0) ordered.splice(place, 1);
        // A role the principals hold together is each one's (`role "Co-Trustees" of trust`).
        for (const p of this.severalPrincipals ? this.principals : first ? [first] : []) {
            if (this.role) p.role = this.role;
            if (this.role && this.roleOf) p.roleOf = this.roleOf;
        }
        return {
            name: this.options.name ?? 'Imported',
            kind,
            jurisdiction,
            voice: this.voice,
            dates: this.dates,
            title: this.title,
            letter: this.letter?.lines,
            principals: this.principals,
            agents: this.agentPronoun ? this.agents.map((a) => ({ ...a, pronoun: this.agentPronoun })) : this.agents,
            agentsAnnex: this.agentsAnnex,
            ...(this.agentsWorded ? { agentsWorded: this.agentsWorded } : {}),
            mode: this.mode,
            designation: this.designation,
            issuer: this.issuer,
            ...(this.otherIssuers.length ? { otherIssuers: this.otherIssuers } : {}),
            terms: withSlotTerms(withActsAsNamed(this.withBareSec(deferDefinitions(findDefinedTerms(this.termsText ?? allText), new Set(this.items.filter((i) => !i.kept).flatMap((i) => this.deferredTerms.get(i.text) ?? [])))),
                this.items.filter((i) => !i.kept).flatMap((i) => i.act ?? []), this.termsText ?? allText), this.slotTerms),
            keptPowers: this.keptPowers,
            grantStyle: this.grantStyle === 'enumerated' ? enumeratedGrantStyle(this.firstItem ?? (worded.grant ?? []).join(' ')) : this.grantStyle,
            clauses: [...ordered, ...(execution ? [{ clause: 'execution', lines: execution }] : [])],
            worded,
            setAside,
            sentences
        };
    }

    /**
     * An entity's power that keeps the individual's "the undersigned's" in its appointment: the appointment style read
     * with {whose} or {pronoun-possessive} (which say "its" for an entity) becomes the style of the same words with
     * {possessive}, which says "the undersigned's" (`named-plural` → `named-plural-undersigned`); `entity-voice.ts`.
     */
    private undersignedPossessive(clauses: { clause: string; lines: string[] }[]): void {
        const read = this.appointmentRead;
        if (!read || !/^the undersigned's$/i.test(read.possessive ?? '')) return;
        const style = undersignedStyle(read.style, read.uses);
        const appointment = clauses.find((c) => c.clause === 'appointment');
        if (!style || !appointment) return;
        appointment.lines = [`phrasing appointment style ${style}`, ...appointment.lines.filter((l) => !l.startsWith('phrasing appointment style '))];
    }

    /** The principal named at the head of a printed form (`principal-heading.ts`). */
    principalHeading?: PrincipalHeading;

    /** The person who signs for the principal, as the opening names and describes them (`signatory-who-am`). */
    private signatory?: { name: string; title: string };

    /** The appointment style read, the clauses composed into it and the words its principal's possessive slot held. */
    appointmentRead?: { style: string; uses: string[]; possessive?: string };

    /** The SEC called "the SEC" by a listed power, where the document defines it nowhere: the file defines it so. */
    private withBareSec(terms: ReturnType<typeof findDefinedTerms>): ReturnType<typeof findDefinedTerms> {
        if (!this.bareSec || terms.some((t) => t.id === 'sec') || this.items.every((i) => i.kept || i.match)) return terms;
        // The document defines the SEC in the catalog's own words ('the Securities and Exchange Commission (the "SEC")'): no term to add.
        const sec = STANDARD_TERMS.find((t) => t.id === 'sec');
        if (sec && this.allText.replace(/\s+/g, ' ').includes(`${sec.meaning} (the "${sec.term}")`)) return terms;
        return [...terms, { id: 'sec', meaning: 'the SEC', text: 'the SEC' }];
    }

    /** Whether any part of an execution was read: a testimonium or its style, a witness, a notary, a place. */
    private executionRead(): boolean {
        const e = this.execution;
        return Boolean(e.testimonium || e.style || e.place || e.witnessCount || e.notary || e.notaryStyle);
    }

    private executionLines(keptSignaturePage = false): string[] | undefined {
        const e = this.execution;
        // A signature-page power is signed by the report's or registration statement's own signatures, not the power's.
        // A document that shows no execution the importer read (no date, testimonium, signature, witness or notary: a
        // truncated text, or one whose signature lines are kept as written) is written `executed none`, so that the
        // rendering adds no testimonium and no "[PRINCIPAL]" line the document does not have.
        if (!e.date) {
            if (e.signatures.length || this.signatureLine) return undefined;
            if (this.signaturePage || keptSignaturePage) return ['executed none'];
            return this.executionRead() ? undefined : ['// No date, testimonium or signature of execution was read: check the original\'s execution before relying on this file.', 'executed none'];
        }
        const items: string[] = [];
        if (e.testimonium === 'hand') items.push('testimonium hand');
        const entity = this.principals.find((p) => p.entity);
        for (const sig of e.signatures) {
            const blockStyle = entity && this.entityBlock ? entitySignatureStyle(this.entityBlock.lines) : undefined;
            if (entity) items.push(['signature by', entity.id, sig.startsWith('/s/') ? quote(sig) : '', blockStyle ? `style ${blockStyle}` : ''].filter(Boolean).join(' '));
            else items.push(`signature ${quote(sig)}${e.signatureStyle && !isDefaultStyle('signature', e.signatureStyle) ? ` style ${e.signatureStyle}` : ''}`);
        }
        // A form's caption under the line to sign, with no signature on it: the style that prints the caption.
        if (!e.signatures.length && e.captioned) items.push(`signature style ${e.signatureStyle}`);
        else if (!e.signatures.length && this.signatureLine) items.push('signature');
        // A form dated blank in its testimonium that prints no signature line: the style that prints none unsigned.
        else if (!e.signatures.length && e.date.startsWith('blank') && e.style) items.push('signature style conformed-only');
        if (e.witnessCount) items.push(e.witnesses.length === e.witnessCount ? `witnesses ${e.witnesses.map(quote).join(', ')}` : `witnesses ${e.witnessCount}`);
        // The certificate's places are held as written in the file (a name quoted or a blank).
        if (e.acceptance) items.push('acceptance by agents');
        if (e.notary) items.push(`notary acknowledgment${e.notary.state ? ` in ${e.notary.state}${e.notary.county ? ` county ${e.notary.county}` : ''}` : ''}${e.notary.date ? ` dated ${e.notary.date}` : ''}${e.notary.officer ? ` by ${quote(e.notary.officer)}${e.notary.officerSignature ? ` conformed ${quote(e.notary.officerSignature)}` : ''}` : ''}`);
        const head = `executed ${e.style ? `style ${e.style} ` : ''}${e.asOf ? 'as of ' : ''}${e.date}${e.place ? ` at ${quote(e.place)}` : ''}`;
        return items.length ? [`${head} {`, ...items.map((i) => `    ${i}`), '}'] : [head];
    }
}

/** The party a document defines as `term`: 'THE HARTFORD ..., INC., a Delaware corporation (the "Company")'. */
function definitionOf(text: string, term: string): ImportedIssuer | undefined {
    const at = text.indexOf(`(the "${term}")`);
    if (at < 0) return undefined;
    const before = text.slice(Math.max(0, at - 160), at);
    // The name starts after the last "of", "by", "for", "in" or "with" that is followed by a capital.
    const starts = [...before.matchAll(/\b(?:of|by|for|in|with|to)\s+(?=[A-Z])/g)];
    const start = starts.length ? starts[starts.length - 1].index! + starts[starts.length - 1][0].length : 0;
    const parsed = parseIssuer(`${before.slice(start)}(the "${term}")`);
    return parsed ? { id: '', ...parsed } : undefined;
}

/**
 * The text without the sentences that speak of health care without granting it: a financial power's
 * notice "This power of attorney does not authorize the agent to make health care decisions for you."
 * and the agent's duty to "Cooperate with any person that has authority to make health care decisions
 * for the principal" (the Uniform Act forms, Iowa Code 633B.301).
 */
function withoutDisclaimers(text: string): string {
    const speaksOnly = (sentence: string) => /\b(?:not|cannot|no)\b.*\bhealth[- ]care (?:decisions|agent)/i.test(sentence)
        || /\bperson (?:that|who) has (?:the )?authority to make health[- ]care decisions/i.test(sentence);
    return text.split(/(?<=[.!?])\s+/).filter((sentence) => !speaksOnly(sentence)).join(' ');
}

function guessKind(text: string, title?: string): Kind {
    // SEC filings first: "Limited Power of Attorney for Section 16 Reporting" is a Section 16 power.
    if (/Section 16|Forms? 3\b|Form 4\b|Forms 3, 4/i.test(text)) return 'section16';
    if (/Schedules? 13[DG]|registration statement|Form (S-\d|10-K)/i.test(text)) return 'securities';
    if (/HEALTH[- ]CARE/i.test(title ?? '') || /health[- ]care (decisions|agent)/i.test(withoutDisclaimers(text))) return 'healthcare';
    if (/LIMITED POWER/i.test(title ?? '') || /sole and limited purpose/i.test(text)) return 'limited';
    return 'general';
}

const STATE_CODES: Record<string, string> = { 'new york': 'NY', california: 'CA', florida: 'FL', texas: 'TX', illinois: 'IL', 'district of columbia': 'DC', colorado: 'CO' };
function stateCode(state: string | undefined): string | undefined {
    return state ? STATE_CODES[state.toLowerCase()] : undefined;
}

/** The plural the model turns back into this singular (`singularOf`): "attorney in fact" → "attorneys in fact". */
function pluralFor(singular: string): string {
    const plural = pluralOf(singular);
    return singularOf(plural) === singular ? plural : singular.split(' ').map((w) => (w.length > 3 && w !== 'and' ? `${w}s` : w)).join(' ');
}

/** "attorney-in-fact" → "attorneys-in-fact", "attorney and agent" → "attorneys and agents", "agent" → "agents". */
export function pluralOf(singular: string): string {
    if (singular === 'attorney-in-fact') return 'attorneys-in-fact';
    if (/[- ]in[- ]fact$/i.test(singular)) return singular.replace(/([- ]in[- ]fact)$/i, 's$1');
    // "attorney-in-fact and agent" → "attorneys-in-fact and agents".
    return singular.split(' ').map((w, i, all) => (w === 'and' || (i < all.length - 1 && all[i + 1] !== 'and') ? w : w.replace(/^(.*?)([- ]in[- ]fact)?$/, '$1s$2'))).join(' ');
}

export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export { STANDARD_TERMS };

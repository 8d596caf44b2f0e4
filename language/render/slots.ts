/**
 * The slots of the phrasebook's templates: the only place that maps a slot
 * name to runs from the model. Voice, agreement and first-use definitions are
 * the render context's; lists (agents, powers, filings) are joined here.
 * A slot that has nothing to say gives no runs, so an optional group around
 * it is dropped.
 */
import { healthCareItem, hotPower, subject as findSubject, SUBJECTS } from '../catalog/general-powers-catalog.js';
import { secForm, statusCovers, statute as findStatute, statuteFamily, statuteFamilyCount, venue } from '../catalog/securities-catalog.js';
import type { AgentModel, DateValue, FilingModel, GrantModel, Pronoun, TextValue } from '../model/poa-model.js';
import { pronounForms } from '../model/pronouns.js';
import { DASHED_RULE, type Run } from './document-tree.js';
import { parseCalendarDate as parseIsoDate, plainDate } from '../model/calendar-date.js';
import { countWord, enumerateRuns, enumerateWithMarker, indefiniteArticle, joinRuns, joinWords, legalDate, listMarker, ordinal, ordinalWord, twoDigitDayDate } from './english.js';
import { phrase, phraseTemplate, withSource } from './phrase.js';
import { blankDateText, blankRun, blankText } from './blank.js';
import { findStyle, type PhraseStyle } from '../phrasebook/index.js';
import type { RenderContext } from './render-context.js';
import { fillTemplate, type SlotSource } from './template-engine.js';
import { agentRuns, principalIdentification, principalRole } from './wording/appointment-wording.js';
import { powerPhrases } from './wording/powers-wording.js';
import { placedRatificationStyle, RATIFICATION_SENTENCE_SLOT } from './ratification-place.js';

/** Values a clause passes to its own template (the filing being worded, the purpose, ...). */
export interface LocalSlots {
    filing?: FilingModel;
    purpose?: TextValue;
    /** Inside the incidental-authority clause, where substitution and ratification then go. */
    incidental?: boolean;
    /** For the successors and limitations lists. */
    list?: Run[];
    signer?: { conformed: Run; name: Run; title?: Run; date?: Run; caption?: string; address?: Run };
    /** In a block one agent signs: that agent. */
    agent?: AgentModel;
    /** The pronoun a clause uses for the agent it speaks of, where it is not the agents' own (`any other action pronoun she`). */
    agentPronoun?: Pronoun;
    /**
     * The principal is spoken of in the third person whatever the voice: an entity's testimonium
     * ("the undersigned has caused ... by its duly authorized signatory"), where "I have caused" would not agree.
     */
    thirdPerson?: boolean;
    /** In a witness's block: the witness's name as written, and the witness's number from 1 in the order listed. */
    witness?: Run;
    witnessNumber?: number;
    /** While citing a statute in a `citation` style: its name without the act ("Rule 144") and its act's term. */
    citing?: { id: string; name: string; act: string };
    /** While introducing a defined term in its `definition` style: the meaning and the short form ("Exchange Act"). */
    defining?: { meaning: string; term: string };
    /** While saying where and as what an issuer is organised (the `organization` clause): the state and the type in words. */
    organized?: { state: string; entityType: string };
    /** One power granted expressly that the principal initials, in a power of its own (`expressly gifts initialed`). */
    hotPower?: string;
}

const NONE: Run[] = [];

/** The blank the principal initials next to a power granted expressly (Fla. Stat. § 709.2202(1)): a line and its caption. */
const INITIALS_BLANK = '________ (initials)';

/** A slot's words as one run; none when there are no words. (A function of the module, not a closure made on each slot.) */
function textRuns(t: string | undefined): Run[] {
    return t ? [{ text: t }] : NONE;
}
/** A line to sign or write on, as a form prints it after its label ("Signature ______", "Address ______"). */
const SIGNING_LINE = '_'.repeat(30);

export class Slots implements SlotSource {
    constructor(private readonly ctx: RenderContext, private readonly local: LocalSlots) {}

    /**
     * Each slot's runs, by name: a table, where a `switch` over some 180 names compared the name with each case in
     * turn, in a function too large for V8 to optimise before it had run many times.
     */
    private static readonly table = new Map<string, (self: Slots, ctx: RenderContext, m: RenderContext['model']) => Run[]>([
        // ---------------------------------------------------------- the principal
        ['subject', (self, ctx, _m) => textRuns(self.local.thirdPerson ? 'the undersigned' : ctx.subject())],
        ['object', (_self, ctx, _m) => textRuns(ctx.object())],
        ['possessive', (_self, ctx, _m) => textRuns(ctx.possessive())],
        ['pronoun-possessive', (_self, ctx, _m) => textRuns(ctx.pronounPossessive())],
        // A stated pronoun gives "his"/"her"/"its"; an entity without one stays "the undersigned's", as trusts' powers print it.
        // An individual of unstated pronoun is "the undersigned's"; a stated pronoun, or an entity's "its", is followed.
        ['whose', (_self, ctx, m) => textRuns(m.principals.length === 1 && (m.principals[0].statedPronoun || m.principals[0].entity) ? ctx.pronounPossessive() : ctx.possessive())],
        // Signature-page powers print "his" for a principal of unstated pronoun; a stated pronoun, an entity or the first person is followed.
        ['signatory-possessive', (self, ctx, _m) => textRuns(self.statesPronoun() ? ctx.pronounPossessive() : 'his')],
        ['signatory-object', (self, ctx, _m) => textRuns(self.statesPronoun() ? ctx.pronounObject() : 'him')],
        ['at-request', (_self, ctx, _m) => textRuns(ctx.firstPerson ? `at ${ctx.possessive()} request` : `at the request of ${ctx.object()}`)],
        ['identification', (_self, ctx, _m) => principalIdentification(ctx)],
        ['on-behalf', (_self, ctx, _m) => textRuns(ctx.onBehalf())],
        // A power's own "to": written in a running grant ("..., to sign and file ..."), left to "to:" in an enumerated one.
        ['to', (_self, ctx, _m) => ctx.enumeratedGrant() ? NONE : textRuns('to ')],
        ['capacity', (_self, ctx, _m) => textRuns(ctx.capacityPhrase())],
        // Where and as what an issuer is organised (`organization`): "a Delaware corporation"; the first issuer's, said alone.
        ['organized-state', (self, _ctx, _m) => textRuns(self.organized()?.state)],
        ['entity-type', (self, _ctx, _m) => textRuns(self.organized()?.entityType)],
        ['organized-article', (self, _ctx, _m) => textRuns(indefiniteArticle(self.organized()?.state ?? ''))],
        ['entity-article', (self, _ctx, _m) => textRuns(indefiniteArticle(self.organized()?.entityType ?? ''))],
        ['capacity-as', (_self, ctx, _m) => principalRole(ctx)],
        // The role in the opening ("The undersigned, a director of X,"); a first-person opening names the principal instead.
        // The role without its article, after "I, the undersigned": "director and/or officer of the Company".
        ['principal-role-bare', (_self, ctx, _m) => ctx.plural ? principalRole(ctx) : principalRole(ctx).slice(1)],
        ['principal-role', (_self, ctx, _m) => ctx.firstPerson ? NONE : principalRole(ctx)],
        // Each issuer the principal serves: "a director or officer of Welltower Inc., ... or Welltower OP LLC, ...".
        ['principal-role-issuers', (_self, ctx, _m) => ctx.firstPerson ? NONE : principalRole(ctx, true)],
        // An entity's signatory ("I, John Roe, the undersigned, who am authorized to sign ..."), and the caption of a blank signer.
        ['signatory-name', (_self, ctx, m) => { const sig = m.principals[0]?.signatory; return sig ? [ctx.value(sig.name, 'NAME', 'party', m.principals[0].id)] : NONE; }],
        ['signatory-title', (_self, ctx, m) => { const title = m.principals[0]?.signatory?.title; return title ? [ctx.value(title, 'TITLE')] : NONE; }],
        // "(Signature of person granting power)": a blank's caption without its "name of".
        ['signer-caption', (self, _ctx, _m) => textRuns(self.local.signer?.caption?.replace(/^name of /i, '') ?? 'principal')],
        // "attorney-in-fact" whatever the agents are called ("my true and lawful attorney ... named herein as attorney-in-fact").
        ['legal-designation', (_self, ctx, _m) => textRuns(ctx.legalDesignation())],
        // The principal's address and registration number, where a form prints them.
        ['principal-address', (_self, ctx, m) => { const a = m.principals[0]?.address; return a ? [ctx.value(a, 'ADDRESS')] : NONE; }],
        ['principal-registration', (_self, ctx, m) => { const r = m.principals[0]?.registration; return r ? [ctx.value(r, 'REGISTRATION NUMBER')] : NONE; }],
        // The agents as the object of a verb: "him", "her", "them".
        ['agents-object', (_self, ctx, m) => textRuns(ctx.severalAgents ? 'them' : m.agents[0]?.pronoun?.object ?? 'him or her')],
        // One agent, in a block each agent signs (`acceptance by agents`).
        ['agent-name', (self, ctx, _m) => self.local.agent ? [ctx.party(self.local.agent)] : NONE],
        // The notary's certificate in a phrasebook style: where, before whom, and when.
        ['notary-state', (_self, ctx, m) => m.execution?.notary ? [m.execution.notary.state ? ctx.value(m.execution.notary.state, 'STATE') : blankRun(blankText({}))] : NONE],
        ['notary-county', (_self, ctx, m) => m.execution?.notary ? [m.execution.notary.county ? ctx.value(m.execution.notary.county, 'COUNTY') : blankRun(blankText({}))] : NONE],
        ['notary-appeared', (_self, ctx, m) => joinRuns(m.principals.map((p) => [ctx.party(p)]), 'and')],
        ['notary-date', (_self, ctx, m) => ctx.date(m.execution?.notary?.date, 'this')],
        // The signer in the third person whatever the instrument's voice ("said person acknowledged that he signed").
        ['notary-pronoun', (_self, _ctx, m) => textRuns(m.principals.length > 1 ? 'they' : m.principals[0]?.pronoun.subject ?? 'he or she')],
        ['notary-possessive', (_self, _ctx, m) => textRuns(m.principals.length > 1 ? 'their' : m.principals[0]?.pronoun.possessive ?? 'his or her')],
        // The notary who signs the certificate, where the file names the notary: the conformed signature, the name.
        ['notary-signature', (_self, ctx, m) => { const sig = m.execution?.notary?.officerSignature; return sig ? [ctx.value(sig, 'SIGNATURE')] : NONE; }],
        ['notary-name', (_self, ctx, m) => { const name = m.execution?.notary?.officer; return name ? [ctx.value(name, 'NAME')] : NONE; }],
        // "Dated: August 12, 2008", or a blank to fill.
        ['notary-plain-date', (_self, ctx, m) => { const d = m.execution?.notary?.date; return d ? [ctx.shortDate(d)] : [blankRun('____________, 20__')]; }],
        // A power given as security (`secures "a bond with the United States" dated ...`).
        ['obligation', (_self, ctx, m) => m.grant?.security ? [ctx.value(m.grant.security.obligation, 'OBLIGATION')] : NONE],
        ['obligation-date', (_self, ctx, m) => m.grant?.security?.date ? [ctx.shortDate(m.grant.security.date)] : NONE],
        ['irrevocable', (_self, _ctx, m) => m.grant?.security?.irrevocable ? textRuns('irrevocable') : NONE],
        // What the principals act for, where their role is held in it (`role "Co-Trustees" of trust`): "the Trust".
        ['role-of', (_self, ctx, m) => { const of = m.principals[0]?.roleOf; return of ? ctx.term(of) : NONE; }],
        // Who holds the securities: what the principals act for, else the principal.
        ['holder', (_self, ctx, m) => { const of = m.principals[0]?.roleOf; return of ? ctx.term(of) : textRuns(ctx.object()); }],
        ['compliance-or', (_self, ctx, m) => joinRuns((m.grant?.compliance ?? []).map((c) => ctx.term(c.id)), 'or')],
        // An annual report's fiscal year (`for year ended ...`), the proxy statement's year after it, and the report's forms.
        ['year-ended', (self, ctx, _m) => { const f = self.reportFiling(); return f?.yearEnded ? [ctx.shortDate(f.yearEnded)] : NONE; }],
        ['proxy-year', (self, _ctx, _m) => { const y = self.reportFiling()?.yearEnded?.value; return y ? textRuns(String(Number(y.slice(0, 4)) + 1)) : NONE; }],
        ['report-forms', (self, _ctx, _m) => { const f = self.reportFiling(); return f ? joinRuns(f.forms.map((x) => [{ text: secForm(x.id)?.name ?? x.id, role: 'form' as const, ref: x.id }]), 'and') : NONE; }],
        ['principal-name', (_self, ctx, m) => m.principals.length ? joinRuns(m.principals.map((p) => [ctx.party(p)]), 'and') : textRuns('the undersigned')],
        ['pronoun-object', (_self, ctx, _m) => textRuns(ctx.pronounObject())],
        ['pronoun-subject', (_self, ctx, m) => textRuns(ctx.firstPerson ? 'I' : ctx.plural ? 'they' : m.principals[0]?.pronoun.subject ?? 'he or she')],
        // The opening's words of appointment and its formula ("KNOW ALL MEN BY THESE PRESENTS, that"), chosen apart.
        ['verb', (_self, ctx, _m) => phrase(ctx, 'appointing-verb')],
        ['presents', (_self, ctx, _m) => ctx.style('presents') ? phrase(ctx, 'presents') : NONE],
        // ---------------------------------------------------------- the agents
        ['agents', (self, _ctx, _m) => self.agents()],
        ['agent-mode', (self, _ctx, _m) => self.agentMode()],
        ['annex', (_self, _ctx, m) => textRuns(m.agentsAnnex)],
        ['annex-capitals', (_self, _ctx, m) => textRuns(m.agentsAnnex?.toUpperCase())],
        ['exhibit', (_self, ctx, m) => [ctx.value(m.exhibit, 'EXHIBIT')]],
        ['form-id', (_self, _ctx, m) => m.grant?.edgarAccess ? [{ text: 'Form ID', role: 'form', ref: 'formID', source: m.grant.edgarAccess }] : NONE],
        ['designation', (self, ctx, _m) => self.designation(ctx.designation())],
        ['designation-one', (self, ctx, _m) => self.designation(ctx.designation(false))],
        ['designation-plural', (self, ctx, _m) => self.designation(ctx.designation(true))],
        ['a-designation-one', (_self, ctx, _m) => { const noun = ctx.designation(false); return textRuns(`${indefiniteArticle(noun)} ${noun}`); }],
        ['agent-possessive', (self, _ctx, m) => {
            if (self.local.agentPronoun) return textRuns(pronounForms(self.local.agentPronoun).possessive);
            const pronouns = new Set(m.agents.map((a) => a.pronoun?.possessive ?? 'his or her'));
            return textRuns(pronouns.size === 1 ? [...pronouns][0] : 'his or her');
        }],
        ['said-agents', (_self, ctx, _m) => textRuns(ctx.saidAgents())],
        ['successor-names', (_self, ctx, _m) => joinRuns(ctx.model.successors.map((a) => [ctx.party(a)]), 'and', ctx.model.serialComma)],
        ['agent-names', (_self, ctx, _m) => ctx.model.agents.length ? joinRuns(ctx.model.agents.map((a) => [ctx.party(a)]), 'and', ctx.model.serialComma) : [{ text: '[AGENT]', role: 'missing', ref: 'agents', note: 'No agent is named: add an agents clause.' }]],
        // ---------------------------------------------------------- the instrument and its parts
        ['instrument', (_self, ctx, m) => phrase(ctx, 'instrument-name', m.kind === 'section16' || m.kind === 'securities' ? 'securities' : undefined)],
        ['opening', (_self, ctx, m) => m.opening?.wording ? ctx.wording(m.opening.wording) : phrase(ctx, 'opening', undefined, {}, m.opening?.range)],
        ['appointment', (self, _ctx, _m) => self.appointment()],
        ['substitution', (self, _ctx, _m) => self.substitution()],
        ['and-resubstitution', (_self, _ctx, m) => m.substitution?.resubstitution ? textRuns(' and resubstitution') : NONE],
        ['substitution-extras', (_self, _ctx, m) => {
            const s = m.substitution;
            return textRuns(joinWords([s?.resubstitution ? 'resubstitution' : '', s?.revocation ? 'revocation' : ''].filter(Boolean), 'and'));
        }],
        ['ratification', (self, _ctx, _m) => self.ratification(false)],
        [RATIFICATION_SENTENCE_SLOT, (self, _ctx, _m) => self.ratification(true)],
        ['incidental-authority', (_self, ctx, m) => {
            const clause = m.incidentalAuthority;
            if (!clause) return NONE;
            return clause.wording ? ctx.wording(clause.wording) : phrase(ctx, 'incidental-authority', undefined, { incidental: true }, clause.range);
        }],
        ['powers', (self, _ctx, _m) => self.powers(false)],
        ['powers-enumerated', (self, _ctx, _m) => self.powers(true)],
        ['powers-enumerated-capitals', (self, _ctx, _m) => self.powers(true, true)],
        ['powers-dotted', (self, _ctx, _m) => self.powers(true, false, true)],
        ['powers-joined', (self, _ctx, _m) => self.powersJoined()],
        ['powers-lettered', (self, _ctx, _m) => self.powers(true, false, false, true)],
        ['powers-roman-or', (self, ctx, m) => {
            const grant = m.grant;
            const powers = grant && !grant.wording ? powerPhrases(ctx, grant) : [];
            return powers.length ? enumerateRuns(powers, 'roman', ';', 'or') : self.powers(true);
        }],
        // ---------------------------------------------------------- securities
        ['issuer', (_self, ctx, _m) => ctx.issuer()],
        ['issuer-appositive', (_self, ctx, _m) => appositive(ctx.issuer())],
        ['acknowledged-issuer', (self, _ctx, _m) => self.acknowledgedIssuer()],
        // The issuer by its defined term alone, with no article ("nor is any Company assuming"); its name when it defines none.
        ['issuer-term', (_self, ctx, m) => {
            const issuer = m.issuers[0];
            if (!issuer) return NONE;
            return issuer.definedAs ? [{ text: issuer.definedAs, role: 'term', ref: issuer.id }] : [ctx.party(issuer)];
        }],
        ['sec', (_self, ctx, _m) => ctx.term('sec')],
        ['section16', (_self, ctx, _m) => ctx.statute('section16')],
        ['section16a', (_self, ctx, _m) => ctx.statute('section16a')],
        ['section16b', (_self, ctx, _m) => ctx.statute('section16b')],
        ['act1934', (_self, ctx, _m) => ctx.term('act1934')],
        ['act1933', (_self, ctx, _m) => ctx.term('act1933')],
        ['issuer-possessive', (_self, ctx, _m) => [...ctx.issuer(), { text: "'s" }]],
        ['compliance', (self, _ctx, _m) => self.compliance()],
        ['filings', (self, _ctx, _m) => self.grantFilings((f) => enumerateRuns(f, 'roman'))],
        ['filings-each', (self, _ctx, _m) => self.grantFilings((f) => joinRuns(f, 'and'))],
        // Every filing's forms in one list, and every filing's statute in one list, for a power
        // that names them together ("such Forms 144, Forms 3, 4 and 5 ... pursuant to Rule 144 ..., Section 16 ...").
        ['grant-forms', (self, _ctx, _m) => self.grantForms()],
        ['grant-statutes', (self, _ctx, _m) => self.grantStatutes()],
        ['forms', (self, _ctx, _m) => self.forms(self.local.filing ?? self.section16Filing(), 'or', false)],
        // The forms of a registration statement that name one ("Form S-8"); the generic "registration statement" is
        // the noun the style already says ("any registration statement on registration statement" otherwise).
        ['registration-named-forms', (self, _ctx, _m) => {
            const filing = self.local.filing ?? self.section16Filing();
            return self.forms(filing && { ...filing, forms: filing.forms.filter((f) => f.id !== 'registrationStatement') }, 'or', false);
        }],
        // "the Statement of Changes in Beneficial Ownership of Securities (Form 4) and the Annual Statement ... (Form 5)"
        // "Form 4 and Form 5": each form by its full name.
        // A supersession written in the file's words, said where the grant's style places it (a letter's first sentence).
        ['supersession-sentence', (_self, ctx, m) => {
            const sup = m.supersession;
            if (!sup) return NONE;
            return sup.wording ? ctx.wording(sup.wording) : phrase(ctx, 'supersession', sup.revoking ? 'all-revoking' : undefined, {}, sup.range);
        }],
        // What the principal must file, as a duty the agents do not take on: "a Form ID, Schedule 13D and Forms 3, 4 and 5".
        ['filings-owed', (self, _ctx, _m) => self.filingsOwed(false)],
        // The same, a form filed alone named in the plural as some powers write it: "a Form ID, Schedule 13Ds and Forms 3, 4 and 5".
        ['filings-owed-plural', (self, _ctx, _m) => self.filingsOwed(true)],
        ['sec-adjective', (_self, ctx, _m) => textRuns(ctx.termAdjective('sec'))],
        ['forms-as-required', (self, _ctx, _m) => self.formsAsRequired()],
        ['statutes-said', (self, _ctx, _m) => joinRuns(self.grantStatuteNames().map((n) => [n]), 'and')],
        ['forms-each', (self, _ctx, _m) => joinRuns((self.local.filing ?? self.section16Filing())?.forms.map((f) => [{ text: secForm(f.id)?.name ?? f.id, role: 'form' as const, ref: f.id, source: f.range }]) ?? [], 'and')],
        ['forms-titled', (self, _ctx, _m) => self.formsTitled(self.local.filing ?? self.section16Filing())],
        ['forms-plural', (self, _ctx, _m) => self.forms(self.local.filing ?? self.section16Filing(), 'and', true)],
        // A grant whose filings fall under several statutes names every form, "as applicable".
        ['forms-singular', (self, _ctx, _m) => self.local.filing || !self.severalStatutes() ? self.forms(self.local.filing ?? self.section16Filing(), 'or', true, true) : self.formsApplicable(self.grantFilingList())],
        // "a Form ID, Forms 3, 4, 5, Schedules 13D, and 13G, as applicable": every filing of the grant, each as its statute requires.
        ['a-grant-forms-applicable', (self, _ctx, _m) => self.formsApplicable(self.grantFilingList(), true)],
        // The statute of the reports a power of several filings is for: the Section 16 filing's, else the first filing's.
        ['reports-statute', (self, _ctx, _m) => {
            const f = self.section16Filing();
            return f ? self.citation(f.statute, f.statuteRange) : NONE;
        }],
        ['statute', (self, _ctx, _m) => self.local.filing ? self.citation(self.local.filing.statute, self.local.filing.statuteRange) : NONE],
        ['statute-name', (self, _ctx, _m) => self.local.citing ? [{ text: self.local.citing.name, role: 'statute', ref: self.local.citing.id }] : NONE],
        ['statute-act', (self, ctx, _m) => self.local.citing ? ctx.term(self.local.citing.act) : NONE],
        ['meaning', (self, _ctx, _m) => textRuns(self.local.defining?.meaning)],
        ['term', (self, _ctx, _m) => textRuns(self.local.defining?.term)],
        ['forms-described', (self, _ctx, _m) => self.formsDescribed()],
        ['forms-plural-or', (self, _ctx, _m) => self.forms(self.local.filing ?? self.section16Filing(), 'or', true)],
        // "any Forms 144": the forms in the plural, a numbered form named alone too (after "any", as a class of filings).
        ['forms-any-plural', (self, _ctx, _m) => {
            const runs = self.forms(self.local.filing ?? self.section16Filing(), 'and', true);
            return runs.length === 1 ? [{ ...runs[0], text: runs[0].text.replace(/^(Form|Schedule) (?=\d)/, '$1s ') }] : runs;
        }],
        // "Form ID and Forms 3, 4 or 5": the named forms joined to the numbered series after them by "and", the series by "or".
        ['forms-and-series-or', (self, _ctx, _m) => self.formsAndSeriesOr(self.local.filing ?? self.section16Filing())],
        // Every filing's forms, each named in the singular: "Form 3, 4 or 5, Schedule 13D or 13G or Form 144".
        // The first filing's forms as one series, then every other form of the grant by its own name:
        // "Form 3, 4, or 5, Schedule 13D, Schedule 13G, Form 13F, Form 13H or Form 144".
        ['grant-forms-each-singular', (self, ctx, _m) => {
            const [first, ...others] = ctx.model.grant?.filings ?? [];
            const items: Run[][] = [self.forms(first, 'or', true, true), ...others.flatMap((f) => f.forms.map((form): Run[] => [{ text: secForm(form.id)?.name ?? form.id, role: 'form', ref: form.id, source: form.range }]))].filter((l) => l.length > 0);
            return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? ' or ' : ', ' }]), ...item]);
        }],
        ['grant-forms-singular', (self, ctx, _m) => joinRuns((ctx.model.grant?.filings ?? []).map((f) => self.forms(f, 'or', true, true)).filter((l) => l.length > 0), 'or')],
        // Each filing in its own style's words, one after the other: the styles carry the connectors (", as well as ...").
        ['filings-chained', (self, _ctx, _m) => self.grantFilings((f) => f.flat())],
        // One filing, where each filing is an item of the grant (securities-power `each-an-item`).
        ['filing', (self, ctx, _m) => {
            const f = self.local.filing;
            return f ? phrase(ctx, 'filing', self.family(f), { filing: f }, f.range, f.style) : NONE;
        }],
        ['amendments', (self, ctx, _m) => self.local.filing?.amendments ? phrase(ctx, 'filing-amendments', self.family(self.local.filing)) : NONE],
        ['amendments-thereto', (self, _ctx, _m) => self.local.filing?.amendments ? textRuns(' (including any amendments thereto)') : NONE],
        ['successor-forms', (self, ctx, _m) => self.local.filing?.successorForms ? phrase(ctx, 'filing-successor-forms') : NONE],
        ['relating-to', (self, _ctx, _m) => textRuns(self.local.filing?.relatingTo === 'holdings' ? 'holdings' : 'sales')],
        ['venues', (self, _ctx, _m) => self.venues()],
        // ---------------------------------------------------------- other powers
        ['purpose', (self, ctx, _m) => self.local.purpose ? [ctx.value(self.local.purpose, 'PURPOSE')] : NONE],
        ['subjects', (self, _ctx, _m) => textRuns(self.subjects())],
        ['hot-powers', (self, ctx, m) => {
            const ids = self.local.hotPower !== undefined ? [self.local.hotPower] : (m.grant?.hotPowers ?? []).filter((h) => !h.initialed).map((h) => h.id);
            return textRuns(joinWords(ids.map((id) => ownVoice(ctx, hotPower(id)?.text ?? id)), 'and'));
        }],
        ['initials', (_self, _ctx, _m) => [blankRun(INITIALS_BLANK, 'initials')]],
        ['health-care-items', (self, _ctx, _m) => textRuns(self.healthCareItems())],
        // ---------------------------------------------------------- dates and term
        ['legal-date', (self, _ctx, m) => self.date(m.execution?.date, 'legal')],
        ['plain-date', (self, _ctx, m) => self.date(m.execution?.date, 'plain')],
        ['two-digit-day-date', (self, _ctx, m) => self.date(m.execution?.date, 'legal', true)],
        ['when', (self, _ctx, _m) => self.when()],
        ['place', (_self, ctx, m) => m.execution?.place ? [ctx.value(m.execution.place, 'PLACE')] : NONE],
        ['start-date', (_self, ctx, m) => [ctx.shortDate(m.term?.start?.date)]],
        ['end-date', (_self, ctx, m) => [ctx.shortDate(m.term?.end?.date)]],
        ['duration', (_self, _ctx, m) => {
            const d = m.term?.end?.duration;
            return d ? textRuns(`${d.count} ${d.count === 1 ? d.unit.replace(/s$/, '') : d.unit}`) : NONE;
        }],
        ['duration-words', (_self, _ctx, m) => {
            const d = m.term?.end?.duration;
            return d ? textRuns(`${countWord(d.count)} ${d.count === 1 ? d.unit.replace(/s$/, '') : d.unit}`) : NONE;
        }],
        ['anniversary', (_self, _ctx, m) => {
            const d = m.term?.end?.duration;
            return d && d.unit === 'years' ? textRuns(`${ordinalWord(d.count)} (${ordinal(d.count)})`) : NONE;
        }],
        ['death', (_self, ctx, _m) => textRuns(ctx.firstPerson ? `${ctx.possessive()} death` : 'the death of the undersigned')],
        ['determination', (self, _ctx, _m) => self.determination()],
        ['determination-description', (_self, _ctx, m) => {
            const d = m.term?.start?.determination;
            return textRuns(typeof d === 'object' ? d.description : undefined);
        }],
        ['status-issuer', (_self, ctx, m) => m.term?.end?.statusIssuer || m.issuers.length ? ctx.issuer(m.term?.end?.statusIssuer) : NONE],
        ['status-issuer-or-company', (_self, ctx, m) => ctx.issuer(m.term?.end?.statusIssuer)],
        ['status-statute', (_self, ctx, m) => ctx.statute(m.term?.end?.status)],
        // The forms whose filing duties keep the power in force: the filings of the term's statuses,
        // each with the forms its statute governs (not Form ID, which a filing may list beside them).
        ['status-forms', (self, _ctx, _m) => {
            const filings = self.statusFilings().map((f) => reportsOf(f));
            return filings.length > 1 ? [...self.formsApplicable(filings), { text: ',' }] : self.forms(filings[0], 'and', true);
        }],
        // Every form of the grant, as the powers list them (a Form ID included): "Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable,".
        ['grant-forms-applicable', (self, _ctx, _m) => {
            const filings = self.grantFilingList();
            return statuteFamilyCount(filings) > 1 ? [...self.formsApplicable(filings), { text: ',' }] : self.forms(filings[0], 'and', true);
        }],
        // The same forms in the singular, joined by "or": "Form 3, 4 or 5" (reports), as the grant's `classic-reports` names them.
        ['status-forms-singular', (self, _ctx, _m) => joinRuns(self.statusFilings().map((f) => self.forms(reportsOf(f), 'or', true, true)).filter((l) => l.length > 0), 'or')],
        ['prior-what', (_self, _ctx, m) => textRuns(m.supersession?.what === 'powers' ? 'powers of attorney' : 'authorizations')],
        ['superseded-issuer', (_self, ctx, m) => m.supersession?.issuer ? ctx.issuer(m.supersession.issuer) : NONE],
        // The issuer's name inside the superseded instrument's title: not its first mention.
        ['superseded-issuer-name', (_self, ctx, m) => m.supersession?.issuer ? ctx.issuerName(m.supersession.issuer) : NONE],
        ['superseded-dates', (_self, ctx, m) => joinRuns((m.supersession?.dates ?? []).map((d: DateValue) => [ctx.shortDate(d)]), 'and')],
        ['revocation', (self, _ctx, _m) => self.revocation()],
        // ---------------------------------------------------------- an agent leaving the company or firm
        ['departure-employers', (self, _ctx, _m) => self.departureEmployers()],
        // "or " before the last of the term's events when no departure follows it ("(a) ..., or (b) revocation").
        ['or-unless-departure', (_self, _ctx, m) => m.term?.departure ? NONE : textRuns('or ')],
        ['departure-role', (_self, ctx, m) => {
            const role = m.term?.departure?.role;
            if (!m.term?.departure) return NONE;
            if (!role) return textRuns('an employee');
            return [{ text: `${indefiniteArticle(role.value ?? '')} ` }, ctx.value(role, 'ROLE')];
        }],
        ['revocation-recipients-one', (_self, ctx, m) => joinRuns((m.revocation?.recipients ?? []).map((r) => (r === 'agents' ? [{ text: `the foregoing ${ctx.legalDesignationOne()}` }] : ctx.issuer())), 'and')],
        ['revocation-recipients', (_self, ctx, m) => joinRuns((m.revocation?.recipients ?? []).map((r) => (r === 'agents' ? [{ text: `the foregoing ${ctx.legalDesignation()}` }] : ctx.issuer())), 'and')],
        // ---------------------------------------------------------- lists of general powers
        ['named-agents', (_self, ctx, m) => textRuns(ctx.severalAgents ? `all of the ${m.designation.plural} named above` : `the ${m.designation.singular} named above`)],
        ['successor-words', (_self, _ctx, m) => textRuns(m.successors.length > 1 ? `the following, in the order named, as successor ${m.designation.plural}` : `as successor ${m.designation.singular}`)],
        ['successor-list', (self, _ctx, _m) => self.local.list ?? NONE],
        ['limitation-list', (self, _ctx, _m) => self.local.list ?? NONE],
        ['limitation-word', (_self, _ctx, m) => textRuns((m.grant?.limitations.length ?? 0) > 1 ? 'limitations' : 'limitation')],
        // Each limitation as a sentence of its own, in the words written; a final stop is added where missing.
        ['limitation-sentences', (_self, ctx, m) => (m.grant?.limitations ?? []).flatMap((l, i) => {
            const run = ctx.value(l, 'LIMITATION');
            return [...(i === 0 ? [] : [{ text: ' ' }]), run, ...(/[.!?]["')\]]?$/.test(run.text) ? [] : [{ text: '.' }])];
        })],
        // ---------------------------------------------------------- signatures
        ['conformed', (self, _ctx, _m) => self.local.signer ? [self.local.signer.conformed] : NONE],
        ['name', (self, _ctx, _m) => self.local.signer ? [self.local.signer.name] : NONE],
        ['title', (self, _ctx, _m) => self.local.signer?.title ? [self.local.signer.title] : NONE],
        // The signature as signed (conformed on a filed copy), else a line to sign on, as a form prints it.
        ['signature-line', (self, _ctx, _m) => {
            const signer = self.local.signer;
            if (!signer) return NONE;
            return signer.conformed.text ? [signer.conformed] : [blankRun(SIGNING_LINE)];
        }],
        // The signer's address as written (`address "..."` or `address blank 60`), else a line to write it on.
        ['signer-address', (self, _ctx, _m) => self.local.signer ? [self.local.signer.address ?? blankRun(SIGNING_LINE)] : NONE],
        // A signer's own date in a table of signatures.
        ['signed-on', (self, _ctx, _m) => self.local.signer?.date ? [self.local.signer.date] : NONE],
        ['governing-state', (_self, ctx, m) => m.governingLaw ? [ctx.value(m.governingLaw.state, 'STATE')] : NONE],
        ['federal-securities-laws', (_self, _ctx, m) => m.governingLaw?.federal ? textRuns('applicable federal securities laws') : NONE],
        // "S-8": the grant's registration forms without the word "Form".
        ['form-codes', (self, _ctx, _m) => self.formCodes()],
        // The securities a registration statement registers: "(i) debt securities of the Company, ... and (ix) ...".
        ['registered-securities', (self, _ctx, m) => {
            const securities = (self.local.filing ?? m.grant?.filings.find((f) => f.securities.length))?.securities ?? [];
            return securities.length ? enumerateRuns(securities.map((t) => [{ text: t }]), 'roman') : NONE;
        }],
        // The registration statement's forms, for an opening that names them ("a Registration Statement on Form S-3").
        ['registration-forms', (self, _ctx, m) => {
            const filing = m.grant?.filings.find((f) => f.statute === 'registration');
            return filing ? self.forms(filing, 'or', false) : NONE;
        }],
        // The first schedule's name ("Schedule A"), where a filing points to it.
        ['schedule', (_self, _ctx, m) => m.schedules.length ? [{ text: m.schedules[0].name, source: m.schedules[0].range }] : [{ text: '[SCHEDULE]', role: 'missing', ref: 'schedule', note: 'The power refers to a schedule, and the file writes none (`schedule "Schedule A" { ... }`).' }]],
        // A line under the line above; a template line of its own becomes a drawn rule (render/phrase.ts).
        ['rule', (_self, _ctx, _m) => textRuns(DASHED_RULE)],
        ['witness-name', (self, _ctx, _m) => self.local.witness ? [self.local.witness] : NONE],
        // "Witness 1", "Witness 2": the witness's number in the order listed; and a line for the witness's address.
        ['witness-number', (self, _ctx, _m) => self.local.witnessNumber ? textRuns(String(self.local.witnessNumber)) : NONE],
        ['witness-address', (self, _ctx, _m) => self.local.witness ? [blankRun(SIGNING_LINE)] : NONE],
        // The witness signed as the principal did: conformed on a filed copy, else a line to sign.
        ['witness-signature', (self, _ctx, m) => {
            const w = self.local.witness;
            if (!w) return NONE;
            return m.execution?.signatures.some((s) => s.conformed || s.conformedFromName) && w.text ? [{ ...w, text: `/s/ ${w.text}` }] : [{ text: SIGNING_LINE }];
        }],
    ]);

    singular(governor: 'principal' | 'agents'): boolean {
        if (governor === 'agents') return !this.ctx.severalAgents;
        return (this.local.thirdPerson || !this.ctx.firstPerson) && !this.ctx.plural;
    }

    firstPersonSingular(governor: 'principal' | 'agents'): boolean {
        return governor === 'principal' && !this.local.thirdPerson && this.ctx.firstPerson && !this.ctx.plural;
    }

    checkpoint(): () => void {
        return this.ctx.checkpoint();
    }

    slot(name: string): Run[] | undefined {
        const handler = Slots.table.get(name);
        if (handler) return handler(this, this.ctx, this.ctx.model);
        // `{rule:29}` inside a line: that many hyphens.
        const width = /^rule:(\d+)$/.exec(name);
        return width ? textRuns('-'.repeat(Number(width[1]))) : undefined;
    }

    /**
     * What the agents are called; where the file defines a short term for them (`agents { called "Attorney and
     * Agent" defined as "Agent" }`), its first use defines it in the instrument's `definition` style.
     */
    private designation(words: string): Run[] {
        const term = this.ctx.model.designation.definedAs;
        if (!term || !this.ctx.introduceOnce('agents-defined-as')) return [{ text: words }];
        const definition = phrase(this.ctx, 'definition', undefined, { defining: { meaning: words, term } });
        return (phraseTemplate(this.ctx, 'definition') ?? '{meaning}').includes('{meaning}') ? definition : [{ text: words }, ...definition];
    }

    /** The filing being worded, else the grant's first filing with a fiscal year. */
    private reportFiling(): FilingModel | undefined {
        return this.local.filing ?? this.ctx.model.grant?.filings.find((f) => f.yearEnded);
    }

    /** The principal's pronoun is known: stated, an entity's "it", or the first person. */
    private statesPronoun(): boolean {
        const p = this.ctx.model.principals;
        return this.ctx.firstPerson || (p.length === 1 && Boolean(p[0].statedPronoun || p[0].entity));
    }

    private agents(): Run[] {
        const agents = this.ctx.model.agents;
        if (this.ctx.model.agentsWording) return this.ctx.wording(this.ctx.model.agentsWording);
        if (this.ctx.model.agentsAnnex !== undefined) return phrase(this.ctx, 'agents-annex');
        if (agents.length === 0) return [{ text: '[ATTORNEY-IN-FACT]', role: 'missing', ref: 'agents', note: 'No agent is named: add an agents clause naming at least one attorney-in-fact.' }];
        if (agents.some((a) => a.employer)) return this.agentsByEmployer();
        // The agent-mode style `and-or` joins the names themselves ("A and/or B") and adds nothing after them.
        const conjunction = this.ctx.styleId('agent-mode') === 'and-or' ? 'and/or' : 'and';
        // `and-each-listed`: "A, B and each of them", the mode's phrase the list's last item.
        if (this.ctx.styleId('agent-mode') === 'and-each-listed') return agents.flatMap((a, i) => [...(i > 0 ? [{ text: ', ' }] : []), ...agentRuns(this.ctx, a)]);
        return joinRuns(agents.map((a) => agentRuns(this.ctx, a)), conjunction, this.ctx.model.serialComma);
    }

    /** Agents named with whom they work for, each run of them followed by it: "Ann Lee and Bo Chan of the Company and An-Yen Hu of Goodwin Procter LLP". */
    private agentsByEmployer(): Run[] {
        const ctx = this.ctx;
        const key = (a: AgentModel) => a.employer?.issuer ?? a.employer?.firm;
        const groups: AgentModel[][] = [];
        for (const a of ctx.model.agents) {
            const last = groups[groups.length - 1];
            if (last && key(last[0]) === key(a)) last.push(a);
            else groups.push([a]);
        }
        return joinRuns(groups.map((group) => {
            const names = joinRuns(group.map((a) => agentRuns(ctx, a)), 'and', ctx.model.serialComma);
            const employer = group[0].employer;
            if (!employer) return names;
            const of: Run[] = employer.issuer ? ctx.issuer(employer.issuer) : [{ text: employer.firm ?? '' }];
            return [...names, { text: ' of ' }, ...of];
        }), 'and', ctx.model.serialComma);
    }

    /** The mode phrase: the chosen style, or the default style's words for the stated mode. */
    private agentMode(): Run[] {
        const ctx = this.ctx;
        if (!ctx.severalAgents) return NONE;
        // Agents written as a wording (a class: "the responsible attorneys ... of X and of Y") keep
        // the mode's words only where a style is chosen for them.
        if (ctx.styleId('agent-mode') !== undefined) return phrase(ctx, 'agent-mode');
        if (ctx.model.agentsWording) return NONE;
        return ctx.model.agentMode ? phrase(ctx, 'agent-mode', ctx.model.agentMode, {}, ctx.model.agentModeRange) : NONE;
    }

    /**
     * The appointment. Substitution the file states is never dropped: an
     * appointment style without a place for it (`named-as`) takes it after the
     * agents' designation, where the styles that have one put it.
     */
    private appointment(): Run[] {
        const runs = phrase(this.ctx, 'appointment');
        if (templateHolds(this.ctx, 'appointment', 'substitution')) return runs;
        const substitution = this.substitution();
        return substitution.length ? [...runs, { text: ', ' }, ...substitution] : runs;
    }

    /** Substitution and ratification go into the incidental-authority clause when the instrument has one. */
    private displaced(): boolean {
        return incidentalHoldsRest(this.ctx) && !this.local.incidental && !grantHoldsIncidentalAuthority(this.ctx);
    }

    private substitution(): Run[] {
        const s = this.ctx.model.substitution;
        if (!s || this.displaced()) return NONE;
        return s.wording ? this.ctx.wording(s.wording) : phrase(this.ctx, 'substitution', undefined, {}, s.range);
    }

    /** The ratification where the template places it: a phrase after a comma, or a sentence after a full stop (ratification-place.ts). */
    private ratification(sentence: boolean): Run[] {
        const r = this.ctx.model.ratification;
        if (!r || this.displaced()) return NONE;
        return r.wording ? this.ctx.wording(r.wording) : phrase(this.ctx, 'ratification', undefined, {}, r.range, placedRatificationStyle(this.ctx, sentence));
    }

    private powers(enumerated: boolean, capitals = false, dotted = false, lettered = false): Run[] {
        const grant = this.ctx.model.grant;
        if (grant?.wording) return [{ text: enumerated ? '' : ', ' }, ...this.wordedPowers(grant.wording)];
        const powers = (grant ? powerPhrases(this.ctx, grant) : []).map((p) => (capitals ? capitalFirstRun(p) : p));
        if (powers.length === 0) {
            return [{ text: enumerated ? '' : ', ' }, { text: '[POWERS GRANTED]', role: 'missing', ref: 'grant', note: 'The grant does not say what the agents may do: add a grant clause.', source: grant?.range }];
        }
        const own = grant?.numbering ? listMarker(grant.numbering.marker) : undefined;
        const list = (fallback: 'dotted' | 'lettered' | 'arabic') => (own ? enumerateWithMarker(powers, own, ';') : enumerateRuns(powers, fallback, ';'));
        if (enumerated) return powers.length === 1 ? powers[0] : list(dotted ? 'dotted' : lettered ? 'lettered' : 'arabic');
        return powers.length === 1 ? [{ text: ', ' }, ...powers[0]] : [{ text: ': ' }, ...list('arabic')];
    }

    /** A worded grant; where the grant's style ends the sentence right after the powers, without the override's own stop. */
    private wordedPowers(wording: NonNullable<GrantModel['wording']>): Run[] {
        const runs = this.ctx.wording(wording);
        const template = (this.ctx.style('grant') ?? findStyle('grant'))?.template ?? '';
        return /\{powers[a-z-]*\}(\[[^\]]*\])*\./.test(template) ? withoutFinalStop(runs) : runs;
    }

    /** The powers unnumbered, each with its "to": "to complete and execute ..., and to do all acts ...". */
    private powersJoined(): Run[] {
        const grant = this.ctx.model.grant;
        if (grant?.wording) return this.wordedPowers(grant.wording);
        const powers = grant ? powerPhrases(this.ctx, grant) : [];
        if (powers.length === 0) return [{ text: '[POWERS GRANTED]', role: 'missing', ref: 'grant', note: 'The grant does not say what the agents may do: add a grant clause.', source: grant?.range }];
        // A power in the file's own words already has its "to".
        return joinRuns(powers.map((p) => (/^to /.test(p[0]?.text ?? '') ? p : [{ text: 'to ' }, ...p])), 'and');
    }

    private grantForms(): Run[] {
        const lists = (this.ctx.model.grant?.filings ?? []).map((f) => {
            const runs = this.forms(f, 'and', true, false, false);
            // A numbered form alone is still named in the plural ("Forms 144"), as the forms it stands for are.
            return runs.length === 1 && /^Form \d/.test(runs[0].text) ? [{ ...runs[0], text: runs[0].text.replace(/^Form /, 'Forms ') }] : runs;
        });
        const out: Run[] = [];
        lists.filter((l) => l.length > 0).forEach((l, i) => out.push(...(i > 0 ? [{ text: ', ' }] : []), ...l));
        return out;
    }

    /**
     * A filing's statute, in the words of the file's `citation` style where it has words for this
     * kind of statute (`rule`, or the statute's id); otherwise as the catalog cites it.
     */
    private citation(id: string | undefined, source: Run['source']): Run[] {
        const s = id ? findStatute(id) : undefined;
        const template = s && this.citationTemplate(s.id);
        if (!s || !template) return this.ctx.statute(id, source);
        return withSource(fillTemplate(template, new Slots(this.ctx, { ...this.local, citing: { id: s.id, name: bareStatuteName(s.citation), act: s.act } })), source);
    }

    /** The file's `citation` style's words for a statute: its own variant, else the one for rules. */
    private citationTemplate(statuteId: string): string | undefined {
        const variants = this.ctx.style('citation')?.variants;
        return variants?.[statuteId] ?? (statuteId.startsWith('rule') ? variants?.rule : undefined);
    }

    /** A statute's name without its act ("Section 16(a)", "Rule 144"), as the citation style names it. */
    private statuteName(id: string): Run {
        const s = findStatute(id);
        if (!s) return { text: id, role: 'missing', ref: id };
        const template = this.citationTemplate(s.id);
        const own = template && /^[^{]*(?= of \{statute-act\}$)/.exec(template)?.[0];
        return { text: own || bareStatuteName(s.citation), role: 'statute', ref: s.id };
    }

    private grantStatuteNames(): Run[] {
        const ids = [...new Set((this.ctx.model.grant?.filings ?? []).map((f) => f.statute).filter((id): id is string => Boolean(id)))];
        return ids.map((id) => this.statuteName(id));
    }

    /** "Schedule 13D as required under Section 13 and Forms 3, 4 and 5 as required under Section 16(a) of the 1934 Act". */
    private formsAsRequired(): Run[] {
        const filings = (this.ctx.model.grant?.filings ?? []).filter((f) => f.statute);
        if (filings.length === 0) return NONE;
        const parts = filings.map((f) => [...this.forms(f, 'and', true), { text: ' as required under ' }, this.statuteName(f.statute!)]);
        const act = findStatute(filings[filings.length - 1].statute!)?.act;
        return [...joinRuns(parts, 'and'), ...(act ? [{ text: ' of ' }, ...this.ctx.term(act)] : [])];
    }

    private grantStatutes(): Run[] {
        const filings = this.ctx.model.grant?.filings ?? [];
        const seen = new Set<string>();
        const out: Run[] = [];
        // Every style that says {grant-statutes} follows it with "and the rules and regulations promulgated
        // thereunder": Regulation S-T (Form ID) is among them once another filing names its act, and is not
        // named again ("pursuant to Rule 144 ..., Section 16 of the Securities Exchange Act of 1934, as amended,
        // and the rules and regulations promulgated thereunder", Palantir 2020).
        const actsNamed = new Set(filings.filter((f) => f.statute && statuteFamily(f.statute) !== 'regulationST').map((f) => findStatute(f.statute!)?.act));
        for (const f of filings) {
            if (!f.statute || seen.has(f.statute)) continue;
            if (statuteFamily(f.statute) === 'regulationST' && actsNamed.has(findStatute(f.statute)?.act)) continue;
            seen.add(f.statute);
            if (out.length > 0) out.push({ text: ', ' });
            out.push(...this.citation(f.statute, f.statuteRange));
        }
        return out;
    }

    /** What the principal must file, as a duty the agents do not take on; `plural`: a numbered form filed alone takes an "s". */
    private filingsOwed(plural: boolean): Run[] {
        const grant = this.ctx.model.grant;
        if (!grant) return NONE;
        const items: Run[][] = [];
        if (grant.edgarAccess) items.push([{ text: 'a Form ID' }]);
        for (const f of grant.filings) {
            const forms = this.forms(f, 'and', true);
            const alone = plural && f.forms.length === 1 && /^(?:Form|Schedule) \d/.test(secForm(f.forms[0].id)?.name ?? '');
            items.push(alone ? [...forms, { text: 's' }] : forms);
        }
        // Joined with commas and a final "and", whatever commas an item has ("Forms 3, 4 and 5").
        return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? ' and ' : ', ' }]), ...item]);
    }

    private acknowledgedIssuer(): Runs {
        const ctx = this.ctx;
        const ack = ctx.model.acknowledgment;
        const named = ack?.parties.length ? ack.parties : ctx.model.issuers.slice(0, 1).map((i) => i.id);
        const issuerId = named.find((id) => ctx.model.issuers.some((i) => i.id === id));
        return issuerId ? appositive(ctx.issuer(issuerId)) : NONE;
    }

    private compliance(): Run[] {
        const ctx = this.ctx;
        return joinRuns((ctx.model.grant?.compliance ?? []).map((c) => (c.id === 'sec'
            ? [{ text: 'any requirements of ' }, ...ctx.term('sec'), { text: ' in respect thereof' }]
            : ctx.term(c.id))), 'and');
    }

    private grantFilings(join: (filings: Run[][]) => Run[]): Run[] {
        const filings = this.ctx.model.grant?.filings ?? [];
        return join(filings.map((f) => phrase(this.ctx, 'filing', this.family(f), { filing: f }, f.range, f.style)));
    }

    /** The filing's statute family; a filing under Section 16 as a whole is worded as the Section 16(a) reporting it is. */
    private family(filing: FilingModel): string | undefined {
        return statuteFamily(filing.statute);
    }

    /** The grant's filings fall under more than one statute family (Form ID under Regulation S-T, Forms 3, 4 and 5 under Section 16(a) ...). */
    private severalStatutes(): boolean {
        return statuteFamilyCount(this.grantFilingList()) > 1;
    }

    private grantFilingList(): FilingModel[] {
        return this.ctx.model.grant?.filings ?? [];
    }

    /**
     * The forms of several filings in one list, each filed as its own statute requires: "Form ID, Forms 3,
     * 4, 5, Schedules 13D, and 13G, as applicable"; with `article`, "a Form ID, ...". A form two filings
     * name is named once; filings of one statute family are listed without "as applicable".
     */
    private formsApplicable(filings: FilingModel[], article = false): Run[] {
        if (filings.length === 0) return NONE;
        const seen = new Set<string>();
        const forms = filings.flatMap((f) => f.forms).filter((f) => !seen.has(f.id) && Boolean(seen.add(f.id)));
        const runs = this.forms({ ...filings[0], forms }, 'and', true, false, false);
        const lead = article && runs.length > 0 && !/^(?:Form|Schedule)s /.test(runs[0].text) ? [{ text: `${indefiniteArticle(runs[0].text)} ` }] : [];
        const several = statuteFamilyCount(filings) > 1;
        return [...lead, ...runs, ...(several ? [{ text: ', as applicable' }] : [])];
    }

    /**
     * The filings whose duties the term's statuses name (`ends when no longer subject to section13d`:
     * the Schedule 13D filing); the Section 16 filing where the term names none the grant makes.
     */
    private statusFilings(): FilingModel[] {
        const end = this.ctx.model.term?.end;
        const statuses = end?.statuses ?? (end?.status ? [end.status] : []);
        const matched = this.grantFilingList().filter((f) => statuses.some((s) => statusCovers(s, f.statute)));
        // Several filings of one family (Forms 3, 4 and 5 as reports and as voluntary filings) are the first of them.
        if (statuteFamilyCount(matched) === 1) return [matched[0]];
        const fallback = this.section16Filing();
        return matched.length ? matched : fallback ? [fallback] : [];
    }


    private section16Filing(): FilingModel | undefined {
        const filings = this.ctx.model.grant?.filings ?? [];
        return filings.find((f) => this.family(f) === 'section16a') ?? filings[0];
    }

    /**
     * The forms of a filing: "SEC Form 3, Form 4 or Form 5" (each named), or
     * combined as "Forms 3, 4, and 5" (plural) / "Form 3, 4, or 5" (singular).
     */
    private formCodes(): Run[] {
        const filing = this.local.filing;
        if (!filing) return NONE;
        return joinRuns(filing.forms.map((f) => [{ text: (secForm(f.id)?.name ?? f.id).replace(/^(Form|Schedule) /, ''), role: 'form' as const, ref: f.id, source: f.range }]), 'and');
    }

    /**
     * The forms named by a name ("Form ID") joined by "and" to the numbered series after them, the series in the plural
     * joined by "or": "Form ID and Forms 3, 4 or 5". Without both, or in another order, the forms in the plural joined by "or".
     */
    private formsAndSeriesOr(filing: FilingModel | undefined): Run[] {
        if (!filing) return NONE;
        const numbered = (f: FilingModel['forms'][number]) => /^(?:Form|Schedule) \d/.test(secForm(f.id)?.name ?? f.id);
        const first = filing.forms.findIndex(numbered);
        if (first <= 0 || !filing.forms.slice(first).every(numbered)) return this.forms(filing, 'or', true);
        const named = this.forms({ ...filing, forms: filing.forms.slice(0, first) }, 'and', true);
        return [...named, { text: ' and ' }, ...this.forms({ ...filing, forms: filing.forms.slice(first) }, 'or', true)];
    }

    private formsTitled(filing: FilingModel | undefined): Run[] {
        if (!filing) return NONE;
        return joinRuns(filing.forms.map((f) => {
            const form = secForm(f.id);
            const name = form?.name ?? f.id;
            return [{ text: form?.title ? `the ${form.title} (${name})` : name, role: 'form' as const, ref: f.id, source: f.range }];
        }), 'and');
    }

    private forms(filing: FilingModel | undefined, conjunction: 'and' | 'or', combined: boolean, singular = false, joinSeries = true): Run[] {
        if (!filing || filing.forms.length === 0) return NONE;
        const names = filing.forms.map((f) => ({ f, name: secForm(f.id)?.name ?? f.id }));
        if (!combined) {
            const sec = this.ctx.termAdjective('sec');
            const runs = joinRuns(names.map(({ f, name }) => [{ text: name, role: 'form' as const, ref: f.id, source: f.range }]), conjunction);
            return sec ? [{ text: `${sec} ` }, ...runs] : runs;
        }
        // Consecutive numbered forms of one kind share it: "Forms 3, 4 and 5 and Schedules 13D and 13G"
        // (Form ID is named, not numbered, so it keeps its own word); with `lists forms-one-series`, numbered
        // forms of any kind share the first one's word, as some texts write them ("Forms 3, 4, 5, 13D, and 13G").
        const prefixOf = (name: string) => /^(Form|Schedule) (?=\d)/.exec(name)?.[0];
        const seriesOf = (name: string) => (prefixOf(name) && this.ctx.model.formsOneSeries ? 'numbered' : prefixOf(name));
        const keys = names.map(({ name }) => seriesOf(name));
        const items = names.map(({ f, name }, i): Run => {
            const key = keys[i];
            let text = name;
            if (key && key === keys[i - 1]) text = name.replace(/^(Form|Schedule) /, '');
            else if (key && key === keys[i + 1] && !singular) text = name.replace(/^(Form|Schedule) /, '$1s ');
            return { text, role: 'form', ref: f.id, source: f.range };
        });
        const join = (parts: Run[][]): Run[] => {
            const out: Run[] = [];
            parts.forEach((part, i) => {
                if (i > 0) out.push({ text: i === parts.length - 1 ? (parts.length > 2 && this.ctx.model.formsSerialComma ? `, ${conjunction} ` : ` ${conjunction} `) : ', ' });
                out.push(...part);
            });
            return out;
        };
        const list = (runs: Run[]): Run[] => join(runs.map((r) => [r]));
        // A named form before one numbered series is joined to it as a whole: "Form ID and Forms 3, 4, and 5"
        // (where every filing's forms are named together it stays one more item: "such Forms 144, Form ID, Forms 3, 4 and 5").
        const series = keys.slice(1);
        if (joinSeries && items.length > 2 && !keys[0] && series.every((p) => p && p === series[0])) {
            return [items[0], { text: ` ${conjunction} ` }, ...list(items.slice(1))];
        }
        // A series followed by more forms is listed whole, so that its last form is not read as the start of the
        // next: "Forms 3, 4 and 5 and Schedules 13D and 13G", never "Forms 3, 4, 5, Schedules 13D and 13G".
        const groups: Run[][] = [];
        items.forEach((item, i) => (keys[i] && keys[i] === keys[i - 1] ? groups[groups.length - 1].push(item) : groups.push([item])));
        if (groups.some((g, i) => g.length > 1 && i < groups.length - 1)) return join(groups.map(list));
        return list(items);
    }

    /**
     * The filing's forms as enumerated items: a form the `form-description` style describes is an
     * item of its own, consecutive forms it does not describe share one ("Schedules 13D and 13G"),
     * and the filing's amendments close the list.
     */
    private formsDescribed(): Runs {
        const filing = this.local.filing;
        if (!filing || filing.forms.length === 0) return NONE;
        const style = this.ctx.style('form-description') ?? findStyle('form-description');
        const items: Runs[] = [];
        let pending: FilingModel['forms'] = [];
        const flush = () => {
            if (pending.length) items.push(this.forms({ ...filing, forms: pending }, 'and', true));
            pending = [];
        };
        for (const form of filing.forms) {
            if (style?.variants?.[form.id] === undefined) { pending.push(form); continue; }
            flush();
            items.push(withSource(phrase(this.ctx, 'form-description', form.id, { filing }), form.range));
        }
        flush();
        if (filing.amendments && style?.variants?.amendments !== undefined) items.push(phrase(this.ctx, 'form-description', 'amendments', { filing }));
        return enumerateRuns(items, 'roman', ';');
    }

    /** The state and type the `organization` clause says: the issuer's being introduced, else the first issuer's. */
    private organized(): { state: string; entityType: string } | undefined {
        if (this.local.organized) return this.local.organized;
        const issuer = this.ctx.model.issuers[0];
        const state = issuer?.organizedIn?.value;
        return state ? { state, entityType: (issuer.entityType ?? 'corporation').replace(/-/g, ' ') } : undefined;
    }

    private venues(): Run[] {
        const ctx = this.ctx;
        const named = (id: string, source: Run['source']): Run[] => {
            if (id === 'sec') return ctx.term('sec');
            if (id === 'company') return ctx.issuer();
            // "such other person or agency as the attorneys-in-fact shall deem appropriate": worded by its phrasebook style.
            if (id === 'otherAgencies' || id === 'otherAgency') return withSource(phrase(ctx, 'other-agency', id === 'otherAgency' ? 'one' : undefined), source);
            // A venue the instrument defines (`define nasdaq "the Nasdaq Stock Market"`) is named in the definition's words.
            if (ctx.model.definedTerms.some((t) => t.id === id)) return ctx.term(id);
            const name = venue(id)?.name ?? id;
            // "any stock exchange on which any of the issuer's securities are listed": the issuer by its name or defined term.
            const [before, after] = name.split('the issuer\'s');
            if (after !== undefined) return [{ text: before, source }, ...ctx.issuer(), { text: `'s${after}` }];
            return [{ text: name, source }];
        };
        return joinRuns((ctx.model.grant?.venues ?? []).map((v) => named(v.id, v.range)), 'and');
    }

    private subjects(): string {
        const grant: GrantModel | undefined = this.ctx.model.grant;
        if (!grant) return '';
        return listWithSemicolons(grant.allSubjects ? SUBJECTS.map((s) => s.name) : grant.subjects.map((s) => findSubject(s.id)?.name ?? s.id));
    }

    private healthCareItems(): string {
        const items = (this.ctx.model.grant?.healthCare?.items ?? []).map((i) => ownVoice(this.ctx, (healthCareItem(i.id)?.text ?? i.id).replace(/^to /, '')));
        if (items.length === 0) return '';
        return items.length > 1 ? `: ${listWithSemicolons(items.map((i) => `to ${i}`))}` : ` to ${items[0]}`;
    }

    private date(value: DateValue | undefined, style: 'legal' | 'plain', twoDigitDay = false): Run[] {
        const d = parseIsoDate(value?.value);
        if (d) return [{ text: twoDigitDay ? twoDigitDayDate(d) : style === 'legal' ? legalDate(d) : plainDate(d), source: value?.range }];
        const [blank] = this.ctx.date(value, 'the');
        return [{ ...blank, text: blankDateText(value?.blank, style) }];
    }

    private when(): Run[] {
        const ctx = this.ctx;
        const exec = ctx.model.execution;
        const variant = `${ctx.dateStyle}${exec?.asOf ? '-as-of' : ''}`;
        return phrase(ctx, 'dating', variant === 'legal' ? undefined : variant);
    }

    private determination(): Run[] {
        const d = this.ctx.model.term?.start?.determination;
        if (!d) return NONE;
        return phrase(this.ctx, 'determination', typeof d === 'object' ? undefined : d);
    }

    /**
     * Whom an agent leaves to lose authority: "the Company or its subsidiaries"; with several
     * employers "the Company, or any of its subsidiaries, or Cooley LLP, as applicable".
     */
    private departureEmployers(): Runs {
        const ctx = this.ctx;
        const employers = ctx.model.term?.departure?.employers ?? [];
        if (employers.length === 0) return NONE;
        const several = employers.length > 1;
        const items: Runs[] = employers.flatMap((e) => {
            const name: Runs = e.issuer ? ctx.issuer(e.issuer) : [ctx.value(e.name, 'FIRM', 'party')];
            return e.subsidiaries ? [name, [{ text: several ? 'any of its subsidiaries' : 'its subsidiaries' }]] : [name];
        });
        if (!several) return items.flatMap((item, i) => (i === 0 ? item : [{ text: ' or ' }, ...item]));
        return [...items.flatMap((item, i) => (i === 0 ? item : [{ text: ', or ' }, ...item])), { text: ', as applicable' }];
    }

    private revocation(): Run[] {
        const rev = this.ctx.model.revocation;
        if (!rev) return NONE;
        return phrase(this.ctx, 'revocation', rev.method === 'signed-writing' ? undefined : rev.method, {}, rev.range);
    }
}

type Runs = Run[];

/**
 * The forms of a filing the principal is "required to file" while its status lasts: those its
 * statute governs (not Form ID, which a filing may list beside Forms 3, 4 and 5); all of them
 * where the statute governs none.
 */
function reportsOf(filing: FilingModel): FilingModel {
    const reports = filing.forms.filter((f) => statusCovers(filing.statute, secForm(f.id)?.statutes[0]));
    return reports.length > 0 && reports.length < filing.forms.length ? { ...filing, forms: reports } : filing;
}

/** A catalog citation without its act: "Section 16(a) of {act}" is "Section 16(a)". */
function bareStatuteName(citation: string): string {
    return citation.split('{act}')[0].replace(/\s+(?:of|under)\s*$/, '');
}


/** True when the grant's style words the incidental authority inside its own sentence. */
export function grantHoldsIncidentalAuthority(ctx: RenderContext): boolean {
    return templateHolds(ctx, 'grant', 'incidental-authority') || incidentalContinuesGrant(ctx);
}

/**
 * True when worded incidental authority starts in lower case ("and giving and
 * granting ..."): the instrument continues the grant sentence with it, so it
 * is no paragraph of its own.
 */
export function incidentalContinuesGrant(ctx: RenderContext): boolean {
    const text = ctx.model.incidentalAuthority?.wording?.text.trimStart() ?? '';
    const grant = (ctx.style('grant') ?? findStyle('grant'))?.template ?? '';
    // The grant sentence must end where the clause can be added (every grant style but `numbered-dots`).
    return /^[a-z]/.test(text) && (grant.includes('[, {ratification}]') || grant.endsWith('.'));
}

/** True when the style the file chose for a clause (or the default) has a place for the slot. */
export function templateHolds(ctx: RenderContext, clause: string, slot: string): boolean {
    const style = ctx.style(clause) ?? findStyle(clause);
    if (!style) return false;
    // The phrasebook's styles never change: each style's answer for a slot is found once per process.
    let answers = styleHolds.get(style);
    if (!answers) styleHolds.set(style, (answers = new Map()));
    let holds = answers.get(slot);
    if (holds === undefined) {
        // A ratification's place may be for a sentence of its own (ratification-place.ts).
        const places = slot === 'ratification' ? [`{${slot}}`, `{${RATIFICATION_SENTENCE_SLOT}}`] : [`{${slot}}`];
        holds = [style.template, ...Object.values(style.variants ?? {})].some((t) => places.some((place) => t.includes(place)));
        answers.set(slot, holds);
    }
    return holds;
}

const styleHolds = new WeakMap<PhraseStyle, Map<string, boolean>>();

/**
 * True when the incidental-authority clause is where substitution and
 * ratification go: it has a style with places for both. Worded incidental
 * authority, or a style without those places, leaves them in the grant.
 */
export function incidentalHoldsRest(ctx: RenderContext): boolean {
    const clause = ctx.model.incidentalAuthority;
    if (!clause || clause.wording) return false;
    return templateHolds(ctx, 'incidental-authority', 'substitution') && templateHolds(ctx, 'incidental-authority', 'ratification');
}

function capitalFirstRun(runs: Run[]): Run[] {
    if (runs.length === 0) return runs;
    return [{ ...runs[0], text: runs[0].text.charAt(0).toUpperCase() + runs[0].text.slice(1) }, ...runs.slice(1)];
}

/** The party followed by a comma when its first-use definition ends in an appositive ("X, a Delaware corporation (the "Company"),"). */
function appositive(runs: Run[]): Run[] {
    return runs.length > 1 ? [...runs, { text: ',' }] : runs;
}

/** Catalog texts use {me}, {my} and "the principal"; put them in the instrument's voice. */
function ownVoice(ctx: RenderContext, text: string): string {
    const principal = ctx.firstPerson ? (ctx.plural ? 'our' : 'my') : "the undersigned's";
    return text.replace(/\{me\}/g, ctx.object()).replace(/\{my\}/g, ctx.firstPerson ? ctx.possessive() : "the undersigned's").replace(/the principal's/g, principal);
}

function listWithSemicolons(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;
}

/**
 * A worded grant stands where the powers do, inside the grant's sentence; where the grant's template ends that
 * sentence itself, a stop the override ends with would print twice ("... line (N).."), so it is left out.
 */
function withoutFinalStop(runs: Run[]): Run[] {
    const last = runs[runs.length - 1];
    if (!last || !/[^.]\.\s*$/.test(last.text)) return runs;
    return [...runs.slice(0, -1), { ...last, text: last.text.replace(/\.\s*$/, '') }];
}

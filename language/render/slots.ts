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
}

const NONE: Run[] = [];

/** A slot's words as one run; none when there are no words. (A function of the module, not a closure made on each slot.) */
function textRuns(t: string | undefined): Run[] {
    return t ? [{ text: t }] : NONE;
}
/** A line to sign or write on, as a form prints it after its label ("Signature ______", "Address ______"). */
const SIGNING_LINE = '_'.repeat(30);

export class Slots implements SlotSource {
    constructor(private readonly ctx: RenderContext, private readonly local: LocalSlots) {}

    singular(governor: 'principal' | 'agents'): boolean {
        if (governor === 'agents') return !this.ctx.severalAgents;
        return (this.local.thirdPerson || !this.ctx.firstPerson) && !this.ctx.plural;
    }

    checkpoint(): () => void {
        return this.ctx.checkpoint();
    }

    slot(name: string): Run[] | undefined {
        const ctx = this.ctx;
        const m = ctx.model;
        switch (name) {
            // ---------------------------------------------------------- the principal
            case 'subject': return textRuns(this.local.thirdPerson ? 'the undersigned' : ctx.subject());
            case 'object': return textRuns(ctx.object());
            case 'possessive': return textRuns(ctx.possessive());
            case 'pronoun-possessive': return textRuns(ctx.pronounPossessive());
            // A stated pronoun gives "his"/"her"/"its"; an entity without one stays "the undersigned's", as trusts' powers print it.
            // An individual of unstated pronoun is "the undersigned's"; a stated pronoun, or an entity's "its", is followed.
            case 'whose': return textRuns(m.principals.length === 1 && (m.principals[0].statedPronoun || m.principals[0].entity) ? ctx.pronounPossessive() : ctx.possessive());
            // Signature-page powers print "his" for a principal of unstated pronoun; a stated pronoun, an entity or the first person is followed.
            case 'signatory-possessive': return textRuns(this.statesPronoun() ? ctx.pronounPossessive() : 'his');
            case 'signatory-object': return textRuns(this.statesPronoun() ? ctx.pronounObject() : 'him');
            case 'at-request': return textRuns(ctx.firstPerson ? `at ${ctx.possessive()} request` : `at the request of ${ctx.object()}`);
            case 'identification': return principalIdentification(ctx);
            case 'on-behalf': return textRuns(ctx.onBehalf());
            // A power's own "to": written in a running grant ("..., to sign and file ..."), left to "to:" in an enumerated one.
            case 'to': return ctx.enumeratedGrant() ? NONE : textRuns('to ');
            case 'capacity': return textRuns(ctx.capacityPhrase());
            // Where and as what an issuer is organised (`organization`): "a Delaware corporation"; the first issuer's, said alone.
            case 'organized-state': return textRuns(this.organized()?.state);
            case 'entity-type': return textRuns(this.organized()?.entityType);
            case 'organized-article': return textRuns(indefiniteArticle(this.organized()?.state ?? ''));
            case 'entity-article': return textRuns(indefiniteArticle(this.organized()?.entityType ?? ''));
            case 'capacity-as': return principalRole(ctx);
            // The role in the opening ("The undersigned, a director of X,"); a first-person opening names the principal instead.
            // The role without its article, after "I, the undersigned": "director and/or officer of the Company".
            case 'principal-role-bare': return ctx.plural ? principalRole(ctx) : principalRole(ctx).slice(1);
            case 'principal-role': return ctx.firstPerson ? NONE : principalRole(ctx);
            // Each issuer the principal serves: "a director or officer of Welltower Inc., ... or Welltower OP LLC, ...".
            case 'principal-role-issuers': return ctx.firstPerson ? NONE : principalRole(ctx, true);
            // An entity's signatory ("I, John Roe, the undersigned, who am authorized to sign ..."), and the caption of a blank signer.
            case 'signatory-name': { const sig = m.principals[0]?.signatory; return sig ? [ctx.value(sig.name, 'NAME', 'party', m.principals[0].id)] : NONE; }
            case 'signatory-title': { const title = m.principals[0]?.signatory?.title; return title ? [ctx.value(title, 'TITLE')] : NONE; }
            // "(Signature of person granting power)": a blank's caption without its "name of".
            case 'signer-caption': return textRuns(this.local.signer?.caption?.replace(/^name of /i, '') ?? 'principal');
            // "attorney-in-fact" whatever the agents are called ("my true and lawful attorney ... named herein as attorney-in-fact").
            case 'legal-designation': return textRuns(ctx.legalDesignation());
            // The principal's address and registration number, where a form prints them.
            case 'principal-address': { const a = m.principals[0]?.address; return a ? [ctx.value(a, 'ADDRESS')] : NONE; }
            case 'principal-registration': { const r = m.principals[0]?.registration; return r ? [ctx.value(r, 'REGISTRATION NUMBER')] : NONE; }
            // The agents as the object of a verb: "him", "her", "them".
            case 'agents-object': return textRuns(ctx.severalAgents ? 'them' : m.agents[0]?.pronoun?.object ?? 'him or her');
            // One agent, in a block each agent signs (`acceptance by agents`).
            case 'agent-name': return this.local.agent ? [ctx.party(this.local.agent)] : NONE;
            // The notary's certificate in a phrasebook style: where, before whom, and when.
            case 'notary-state': return m.execution?.notary ? [m.execution.notary.state ? ctx.value(m.execution.notary.state, 'STATE') : blankRun(blankText({}))] : NONE;
            case 'notary-county': return m.execution?.notary ? [m.execution.notary.county ? ctx.value(m.execution.notary.county, 'COUNTY') : blankRun(blankText({}))] : NONE;
            case 'notary-appeared': return joinRuns(m.principals.map((p) => [ctx.party(p)]), 'and');
            case 'notary-date': return ctx.date(m.execution?.notary?.date, 'this');
            // The signer in the third person whatever the instrument's voice ("said person acknowledged that he signed").
            case 'notary-pronoun': return textRuns(m.principals.length > 1 ? 'they' : m.principals[0]?.pronoun.subject ?? 'he or she');
            case 'notary-possessive': return textRuns(m.principals.length > 1 ? 'their' : m.principals[0]?.pronoun.possessive ?? 'his or her');
            // The notary who signs the certificate, where the file names the notary: the conformed signature, the name.
            case 'notary-signature': { const sig = m.execution?.notary?.officerSignature; return sig ? [ctx.value(sig, 'SIGNATURE')] : NONE; }
            case 'notary-name': { const name = m.execution?.notary?.officer; return name ? [ctx.value(name, 'NAME')] : NONE; }
            // "Dated: August 12, 2008", or a blank to fill.
            case 'notary-plain-date': { const d = m.execution?.notary?.date; return d ? [ctx.shortDate(d)] : [blankRun('____________, 20__')]; }
            // A power given as security (`secures "a bond with the United States" dated ...`).
            case 'obligation': return m.grant?.security ? [ctx.value(m.grant.security.obligation, 'OBLIGATION')] : NONE;
            case 'obligation-date': return m.grant?.security?.date ? [ctx.shortDate(m.grant.security.date)] : NONE;
            case 'irrevocable': return m.grant?.security?.irrevocable ? textRuns('irrevocable') : NONE;
            // What the principals act for, where their role is held in it (`role "Co-Trustees" of trust`): "the Trust".
            case 'role-of': { const of = m.principals[0]?.roleOf; return of ? ctx.term(of) : NONE; }
            // Who holds the securities: what the principals act for, else the principal.
            case 'holder': { const of = m.principals[0]?.roleOf; return of ? ctx.term(of) : textRuns(ctx.object()); }
            case 'compliance-or': return joinRuns((m.grant?.compliance ?? []).map((c) => ctx.term(c.id)), 'or');
            // An annual report's fiscal year (`for year ended ...`), the proxy statement's year after it, and the report's forms.
            case 'year-ended': { const f = this.reportFiling(); return f?.yearEnded ? [ctx.shortDate(f.yearEnded)] : NONE; }
            case 'proxy-year': { const y = this.reportFiling()?.yearEnded?.value; return y ? textRuns(String(Number(y.slice(0, 4)) + 1)) : NONE; }
            case 'report-forms': { const f = this.reportFiling(); return f ? joinRuns(f.forms.map((x) => [{ text: secForm(x.id)?.name ?? x.id, role: 'form' as const, ref: x.id }]), 'and') : NONE; }
            case 'principal-name': return m.principals.length ? joinRuns(m.principals.map((p) => [ctx.party(p)]), 'and') : textRuns('the undersigned');
            case 'pronoun-object': return textRuns(ctx.pronounObject());
            case 'pronoun-subject': return textRuns(ctx.firstPerson ? 'I' : ctx.plural ? 'they' : m.principals[0]?.pronoun.subject ?? 'he or she');
            // The opening's words of appointment and its formula ("KNOW ALL MEN BY THESE PRESENTS, that"), chosen apart.
            case 'verb': return phrase(ctx, 'appointing-verb');
            case 'presents': return ctx.style('presents') ? phrase(ctx, 'presents') : NONE;
            // ---------------------------------------------------------- the agents
            case 'agents': return this.agents();
            case 'agent-mode': return this.agentMode();
            case 'annex': return textRuns(m.agentsAnnex);
            case 'annex-capitals': return textRuns(m.agentsAnnex?.toUpperCase());
            case 'exhibit': return [ctx.value(m.exhibit, 'EXHIBIT')];
            case 'form-id': return m.grant?.edgarAccess ? [{ text: 'Form ID', role: 'form', ref: 'formID', source: m.grant.edgarAccess }] : NONE;
            case 'designation': return this.designation(ctx.designation());
            case 'designation-one': return this.designation(ctx.designation(false));
            case 'designation-plural': return this.designation(ctx.designation(true));
            case 'a-designation-one': { const noun = ctx.designation(false); return textRuns(`${indefiniteArticle(noun)} ${noun}`); }
            case 'agent-possessive': {
                if (this.local.agentPronoun) return textRuns(pronounForms(this.local.agentPronoun).possessive);
                const pronouns = new Set(m.agents.map((a) => a.pronoun?.possessive ?? 'his or her'));
                return textRuns(pronouns.size === 1 ? [...pronouns][0] : 'his or her');
            }
            case 'said-agents': return textRuns(ctx.saidAgents());
            case 'successor-names': return joinRuns(ctx.model.successors.map((a) => [ctx.party(a)]), 'and', ctx.model.serialComma);
            case 'agent-names': return ctx.model.agents.length ? joinRuns(ctx.model.agents.map((a) => [ctx.party(a)]), 'and', ctx.model.serialComma) : [{ text: '[AGENT]', role: 'missing', ref: 'agents', note: 'No agent is named: add an agents clause.' }];
            // ---------------------------------------------------------- the instrument and its parts
            case 'instrument': return phrase(ctx, 'instrument-name', m.kind === 'section16' || m.kind === 'securities' ? 'securities' : undefined);
            case 'opening': return m.opening?.wording ? ctx.wording(m.opening.wording) : phrase(ctx, 'opening', undefined, {}, m.opening?.range);
            case 'appointment': return this.appointment();
            case 'substitution': return this.substitution();
            case 'and-resubstitution': return m.substitution?.resubstitution ? textRuns(' and resubstitution') : NONE;
            case 'substitution-extras': {
                const s = m.substitution;
                return textRuns(joinWords([s?.resubstitution ? 'resubstitution' : '', s?.revocation ? 'revocation' : ''].filter(Boolean), 'and'));
            }
            case 'ratification': return this.ratification();
            case 'incidental-authority': {
                const clause = m.incidentalAuthority;
                if (!clause) return NONE;
                return clause.wording ? ctx.wording(clause.wording) : phrase(ctx, 'incidental-authority', undefined, { incidental: true }, clause.range);
            }
            case 'powers': return this.powers(false);
            case 'powers-enumerated': return this.powers(true);
            case 'powers-enumerated-capitals': return this.powers(true, true);
            case 'powers-dotted': return this.powers(true, false, true);
            case 'powers-joined': return this.powersJoined();
            case 'powers-lettered': return this.powers(true, false, false, true);
            case 'powers-roman-or': {
                const grant = m.grant;
                const powers = grant && !grant.wording ? powerPhrases(ctx, grant) : [];
                return powers.length ? enumerateRuns(powers, 'roman', ';', 'or') : this.powers(true);
            }
            // ---------------------------------------------------------- securities
            case 'issuer': return ctx.issuer();
            case 'issuer-appositive': return appositive(ctx.issuer());
            case 'acknowledged-issuer': return this.acknowledgedIssuer();
            // The issuer by its defined term alone, with no article ("nor is any Company assuming"); its name when it defines none.
            case 'issuer-term': {
                const issuer = m.issuers[0];
                if (!issuer) return NONE;
                return issuer.definedAs ? [{ text: issuer.definedAs, role: 'term', ref: issuer.id }] : [ctx.party(issuer)];
            }
            case 'sec': return ctx.term('sec');
            case 'section16': return ctx.statute('section16');
            case 'section16a': return ctx.statute('section16a');
            case 'section16b': return ctx.statute('section16b');
            case 'act1934': return ctx.term('act1934');
            case 'act1933': return ctx.term('act1933');
            case 'issuer-possessive': return [...ctx.issuer(), { text: "'s" }];
            case 'compliance': return this.compliance();
            case 'filings': return this.grantFilings((f) => enumerateRuns(f, 'roman'));
            case 'filings-each': return this.grantFilings((f) => joinRuns(f, 'and'));
            // Every filing's forms in one list, and every filing's statute in one list, for a power
            // that names them together ("such Forms 144, Forms 3, 4 and 5 ... pursuant to Rule 144 ..., Section 16 ...").
            case 'grant-forms': return this.grantForms();
            case 'grant-statutes': return this.grantStatutes();
            case 'forms': return this.forms(this.local.filing ?? this.section16Filing(), 'or', false);
            // "the Statement of Changes in Beneficial Ownership of Securities (Form 4) and the Annual Statement ... (Form 5)"
            // "Form 4 and Form 5": each form by its full name.
            // A supersession written in the file's words, said where the grant's style places it (a letter's first sentence).
            case 'supersession-sentence': {
                const sup = m.supersession;
                if (!sup) return NONE;
                return sup.wording ? ctx.wording(sup.wording) : phrase(ctx, 'supersession', sup.revoking ? 'all-revoking' : undefined, {}, sup.range);
            }
            // What the principal must file, as a duty the agents do not take on: "a Form ID, Schedule 13D and Forms 3, 4 and 5".
            case 'filings-owed': return this.filingsOwed(false);
            // The same, a form filed alone named in the plural as some powers write it: "a Form ID, Schedule 13Ds and Forms 3, 4 and 5".
            case 'filings-owed-plural': return this.filingsOwed(true);
            case 'sec-adjective': return textRuns(ctx.termAdjective('sec'));
            case 'forms-as-required': return this.formsAsRequired();
            case 'statutes-said': return joinRuns(this.grantStatuteNames().map((n) => [n]), 'and');
            case 'forms-each': return joinRuns((this.local.filing ?? this.section16Filing())?.forms.map((f) => [{ text: secForm(f.id)?.name ?? f.id, role: 'form' as const, ref: f.id, source: f.range }]) ?? [], 'and');
            case 'forms-titled': return this.formsTitled(this.local.filing ?? this.section16Filing());
            case 'forms-plural': return this.forms(this.local.filing ?? this.section16Filing(), 'and', true);
            // A grant whose filings fall under several statutes names every form, "as applicable".
            case 'forms-singular': return this.local.filing || !this.severalStatutes() ? this.forms(this.local.filing ?? this.section16Filing(), 'or', true, true) : this.formsApplicable(this.grantFilingList());
            // "a Form ID, Forms 3, 4, 5, Schedules 13D, and 13G, as applicable": every filing of the grant, each as its statute requires.
            case 'a-grant-forms-applicable': return this.formsApplicable(this.grantFilingList(), true);
            // The statute of the reports a power of several filings is for: the Section 16 filing's, else the first filing's.
            case 'reports-statute': {
                const f = this.section16Filing();
                return f ? this.citation(f.statute, f.statuteRange) : NONE;
            }
            case 'statute': return this.local.filing ? this.citation(this.local.filing.statute, this.local.filing.statuteRange) : NONE;
            case 'statute-name': return this.local.citing ? [{ text: this.local.citing.name, role: 'statute', ref: this.local.citing.id }] : NONE;
            case 'statute-act': return this.local.citing ? ctx.term(this.local.citing.act) : NONE;
            case 'meaning': return textRuns(this.local.defining?.meaning);
            case 'term': return textRuns(this.local.defining?.term);
            case 'forms-described': return this.formsDescribed();
            case 'forms-plural-or': return this.forms(this.local.filing ?? this.section16Filing(), 'or', true);
            // "any Forms 144": the forms in the plural, a numbered form named alone too (after "any", as a class of filings).
            case 'forms-any-plural': {
                const runs = this.forms(this.local.filing ?? this.section16Filing(), 'and', true);
                return runs.length === 1 ? [{ ...runs[0], text: runs[0].text.replace(/^(Form|Schedule) (?=\d)/, '$1s ') }] : runs;
            }
            // "Form ID and Forms 3, 4 or 5": the named forms joined to the numbered series after them by "and", the series by "or".
            case 'forms-and-series-or': return this.formsAndSeriesOr(this.local.filing ?? this.section16Filing());
            // Every filing's forms, each named in the singular: "Form 3, 4 or 5, Schedule 13D or 13G or Form 144".
            // The first filing's forms as one series, then every other form of the grant by its own name:
            // "Form 3, 4, or 5, Schedule 13D, Schedule 13G, Form 13F, Form 13H or Form 144".
            case 'grant-forms-each-singular': {
                const [first, ...others] = ctx.model.grant?.filings ?? [];
                const items: Run[][] = [this.forms(first, 'or', true, true), ...others.flatMap((f) => f.forms.map((form): Run[] => [{ text: secForm(form.id)?.name ?? form.id, role: 'form', ref: form.id, source: form.range }]))].filter((l) => l.length > 0);
                return items.flatMap((item, i) => [...(i === 0 ? [] : [{ text: i === items.length - 1 ? ' or ' : ', ' }]), ...item]);
            }
            case 'grant-forms-singular': return joinRuns((ctx.model.grant?.filings ?? []).map((f) => this.forms(f, 'or', true, true)).filter((l) => l.length > 0), 'or');
            // Each filing in its own style's words, one after the other: the styles carry the connectors (", as well as ...").
            case 'filings-chained': return this.grantFilings((f) => f.flat());
            // One filing, where each filing is an item of the grant (securities-power `each-an-item`).
            case 'filing': {
                const f = this.local.filing;
                return f ? phrase(ctx, 'filing', this.family(f), { filing: f }, f.range, f.style) : NONE;
            }
            case 'amendments': return this.local.filing?.amendments ? phrase(ctx, 'filing-amendments', this.family(this.local.filing)) : NONE;
            case 'amendments-thereto': return this.local.filing?.amendments ? textRuns(' (including any amendments thereto)') : NONE;
            case 'successor-forms': return this.local.filing?.successorForms ? phrase(ctx, 'filing-successor-forms') : NONE;
            case 'relating-to': return textRuns(this.local.filing?.relatingTo === 'holdings' ? 'holdings' : 'sales');
            case 'venues': return this.venues();
            // ---------------------------------------------------------- other powers
            case 'purpose': return this.local.purpose ? [ctx.value(this.local.purpose, 'PURPOSE')] : NONE;
            case 'subjects': return textRuns(this.subjects());
            case 'hot-powers': return textRuns(joinWords((m.grant?.hotPowers ?? []).map((h) => ownVoice(ctx, hotPower(h.id)?.text ?? h.id)), 'and'));
            case 'health-care-items': return textRuns(this.healthCareItems());
            // ---------------------------------------------------------- dates and term
            case 'legal-date': return this.date(m.execution?.date, 'legal');
            case 'plain-date': return this.date(m.execution?.date, 'plain');
            case 'two-digit-day-date': return this.date(m.execution?.date, 'legal', true);
            case 'when': return this.when();
            case 'place': return m.execution?.place ? [ctx.value(m.execution.place, 'PLACE')] : NONE;
            case 'start-date': return [ctx.shortDate(m.term?.start?.date)];
            case 'end-date': return [ctx.shortDate(m.term?.end?.date)];
            case 'duration': {
                const d = m.term?.end?.duration;
                return d ? textRuns(`${d.count} ${d.count === 1 ? d.unit.replace(/s$/, '') : d.unit}`) : NONE;
            }
            case 'duration-words': {
                const d = m.term?.end?.duration;
                return d ? textRuns(`${countWord(d.count)} ${d.count === 1 ? d.unit.replace(/s$/, '') : d.unit}`) : NONE;
            }
            case 'anniversary': {
                const d = m.term?.end?.duration;
                return d && d.unit === 'years' ? textRuns(`${ordinalWord(d.count)} (${ordinal(d.count)})`) : NONE;
            }
            case 'death': return textRuns(ctx.firstPerson ? `${ctx.possessive()} death` : 'the death of the undersigned');
            case 'determination': return this.determination();
            case 'determination-description': {
                const d = m.term?.start?.determination;
                return textRuns(typeof d === 'object' ? d.description : undefined);
            }
            case 'status-issuer': return m.term?.end?.statusIssuer || m.issuers.length ? ctx.issuer(m.term?.end?.statusIssuer) : NONE;
            case 'status-issuer-or-company': return ctx.issuer(m.term?.end?.statusIssuer);
            case 'status-statute': return ctx.statute(m.term?.end?.status);
            // The forms whose filing duties keep the power in force: the filings of the term's statuses,
            // each with the forms its statute governs (not Form ID, which a filing may list beside them).
            case 'status-forms': {
                const filings = this.statusFilings().map((f) => reportsOf(f));
                return filings.length > 1 ? [...this.formsApplicable(filings), { text: ',' }] : this.forms(filings[0], 'and', true);
            }
            // Every form of the grant, as the powers list them (a Form ID included): "Form ID, Forms 3, 4, 5, 13D, and 13G, as applicable,".
            case 'grant-forms-applicable': {
                const filings = this.grantFilingList();
                return statuteFamilyCount(filings) > 1 ? [...this.formsApplicable(filings), { text: ',' }] : this.forms(filings[0], 'and', true);
            }
            // The same forms in the singular, joined by "or": "Form 3, 4 or 5" (reports), as the grant's `classic-reports` names them.
            case 'status-forms-singular': return joinRuns(this.statusFilings().map((f) => this.forms(reportsOf(f), 'or', true, true)).filter((l) => l.length > 0), 'or');
            case 'prior-what': return textRuns(m.supersession?.what === 'powers' ? 'powers of attorney' : 'authorizations');
            case 'superseded-issuer': return m.supersession?.issuer ? ctx.issuer(m.supersession.issuer) : NONE;
            // The issuer's name inside the superseded instrument's title: not its first mention.
            case 'superseded-issuer-name': return m.supersession?.issuer ? ctx.issuerName(m.supersession.issuer) : NONE;
            case 'superseded-dates': return joinRuns((m.supersession?.dates ?? []).map((d: DateValue) => [ctx.shortDate(d)]), 'and');
            case 'revocation': return this.revocation();
            // ---------------------------------------------------------- an agent leaving the company or firm
            case 'departure-employers': return this.departureEmployers();
            // "or " before the last of the term's events when no departure follows it ("(a) ..., or (b) revocation").
            case 'or-unless-departure': return m.term?.departure ? NONE : textRuns('or ');
            case 'departure-role': {
                const role = m.term?.departure?.role;
                if (!m.term?.departure) return NONE;
                if (!role) return textRuns('an employee');
                return [{ text: `${indefiniteArticle(role.value ?? '')} ` }, ctx.value(role, 'ROLE')];
            }
            case 'revocation-recipients-one': return joinRuns((m.revocation?.recipients ?? []).map((r) => (r === 'agents' ? [{ text: `the foregoing ${ctx.legalDesignationOne()}` }] : ctx.issuer())), 'and');
            case 'revocation-recipients': return joinRuns((m.revocation?.recipients ?? []).map((r) => (r === 'agents' ? [{ text: `the foregoing ${ctx.legalDesignation()}` }] : ctx.issuer())), 'and');
            // ---------------------------------------------------------- lists of general powers
            case 'named-agents': return textRuns(ctx.severalAgents ? `each ${m.designation.singular} named above` : `the ${m.designation.singular} named above`);
            case 'successor-words': return textRuns(m.successors.length > 1 ? `the following, in the order named, as successor ${m.designation.plural}` : `as successor ${m.designation.singular}`);
            case 'successor-list': case 'limitation-list': return this.local.list ?? NONE;
            case 'limitation-word': return textRuns((m.grant?.limitations.length ?? 0) > 1 ? 'limitations' : 'limitation');
            // Each limitation as a sentence of its own, in the words written; a final stop is added where missing.
            case 'limitation-sentences': return (m.grant?.limitations ?? []).flatMap((l, i) => {
                const run = ctx.value(l, 'LIMITATION');
                return [...(i === 0 ? [] : [{ text: ' ' }]), run, ...(/[.!?]["')\]]?$/.test(run.text) ? [] : [{ text: '.' }])];
            });
            // ---------------------------------------------------------- signatures
            case 'conformed': return this.local.signer ? [this.local.signer.conformed] : NONE;
            case 'name': return this.local.signer ? [this.local.signer.name] : NONE;
            case 'title': return this.local.signer?.title ? [this.local.signer.title] : NONE;
            // The signature as signed (conformed on a filed copy), else a line to sign on, as a form prints it.
            case 'signature-line': {
                const signer = this.local.signer;
                if (!signer) return NONE;
                return signer.conformed.text ? [signer.conformed] : [blankRun(SIGNING_LINE)];
            }
            // The signer's address as written (`address "..."` or `address blank 60`), else a line to write it on.
            case 'signer-address': return this.local.signer ? [this.local.signer.address ?? blankRun(SIGNING_LINE)] : NONE;
            // A signer's own date in a table of signatures.
            case 'signed-on': return this.local.signer?.date ? [this.local.signer.date] : NONE;
            case 'governing-state': return m.governingLaw ? [ctx.value(m.governingLaw.state, 'STATE')] : NONE;
            case 'federal-securities-laws': return m.governingLaw?.federal ? textRuns('applicable federal securities laws') : NONE;
            // "S-8": the grant's registration forms without the word "Form".
            case 'form-codes': return this.formCodes();
            // The securities a registration statement registers: "(i) debt securities of the Company, ... and (ix) ...".
            case 'registered-securities': {
                const securities = (this.local.filing ?? m.grant?.filings.find((f) => f.securities.length))?.securities ?? [];
                return securities.length ? enumerateRuns(securities.map((t) => [{ text: t }]), 'roman') : NONE;
            }
            // The registration statement's forms, for an opening that names them ("a Registration Statement on Form S-3").
            case 'registration-forms': {
                const filing = m.grant?.filings.find((f) => f.statute === 'registration');
                return filing ? this.forms(filing, 'or', false) : NONE;
            }
            // The first schedule's name ("Schedule A"), where a filing points to it.
            case 'schedule': return m.schedules.length ? [{ text: m.schedules[0].name, source: m.schedules[0].range }] : [{ text: '[SCHEDULE]', role: 'missing', ref: 'schedule', note: 'The power refers to a schedule, and the file writes none (`schedule "Schedule A" { ... }`).' }];
            // A line under the line above; a template line of its own becomes a drawn rule (render/phrase.ts).
            case 'rule': return textRuns(DASHED_RULE);
            case 'witness-name': return this.local.witness ? [this.local.witness] : NONE;
            // "Witness 1", "Witness 2": the witness's number in the order listed; and a line for the witness's address.
            case 'witness-number': return this.local.witnessNumber ? textRuns(String(this.local.witnessNumber)) : NONE;
            case 'witness-address': return this.local.witness ? [blankRun(SIGNING_LINE)] : NONE;
            // The witness signed as the principal did: conformed on a filed copy, else a line to sign.
            case 'witness-signature': {
                const w = this.local.witness;
                if (!w) return NONE;
                return m.execution?.signatures.some((s) => s.conformed || s.conformedFromName) && w.text ? [{ ...w, text: `/s/ ${w.text}` }] : [{ text: SIGNING_LINE }];
            }
            default: {
                // `{rule:29}` inside a line: that many hyphens.
                const width = /^rule:(\d+)$/.exec(name);
                return width ? textRuns('-'.repeat(Number(width[1]))) : undefined;
            }
        }
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

    private ratification(): Run[] {
        const r = this.ctx.model.ratification;
        if (!r || this.displaced()) return NONE;
        return r.wording ? this.ctx.wording(r.wording) : phrase(this.ctx, 'ratification', undefined, {}, r.range);
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
        const place = `{${slot}}`;
        holds = [style.template, ...Object.values(style.variants ?? {})].some((t) => t.includes(place));
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

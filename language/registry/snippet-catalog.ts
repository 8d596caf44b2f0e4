/**
 * The snippets of the language: whole instruments, clauses and the items of
 * blocks, each with where it may be inserted. A snippet of a registry clause
 * takes its body and kinds from the clause registry. snippets/poa.json (the
 * editor's snippet file) is generated from this table by `npm run snippets`;
 * a test fails when it is stale. The language server's completion offers the
 * entries that carry a `completion` label as whole clauses where a clause may
 * start, and the few clauses below that only completion offers.
 */
import type { Kind } from '../model/poa-model.js';
import { clauseEntry } from './clause-registry.js';
import { clausePhrases } from '../phrasebook/index.js';

/** Where a snippet may be inserted: outside any instrument, in the instrument, or inside one of its blocks. */
export type ClauseContext = 'outside' | 'instrument' | 'grant' | 'term' | 'execution' | 'agents' | 'other';

interface SnippetSource {
    name: string;
    prefix: readonly string[];
    description: string;
    context: ClauseContext;
    /** The registry clause whose snippet and kinds this is. */
    clause?: string;
    /** Kinds the snippet belongs to (all kinds when absent); for a registry clause, the registry's. */
    kinds?: readonly Kind[];
    body?: string;
    /** How to see that the clause is already written (it is then not offered again). */
    once?: RegExp;
    /** Offered by completion as a whole clause, under this label. */
    completion?: string;
}

export interface SnippetEntry {
    name: string;
    prefix: readonly string[];
    description: string;
    context: ClauseContext;
    /** Kinds the snippet belongs to; empty: every kind. */
    kinds: readonly Kind[];
    /** VS Code snippet syntax, lines separated by \n and indented by tabs. */
    body: string;
    once?: RegExp;
    /** Offered by completion as a whole clause, under this label. */
    completion?: string;
}

const S16: readonly Kind[] = ['section16', 'securities'];

const SOURCES: readonly SnippetSource[] = [
    { name: 'Section 16 power of attorney', prefix: ['poa-section16', 'poa'], description: 'A Section 16 power of attorney (SEC Forms 3, 4, 5 and 144) for a director or officer.', context: 'outside', body: 'poa ${1:Name} {\n\tkind section16\n\tjurisdiction federal\n\tvoice undersigned\n\n\tprincipal ${2:officer} "${3:Full Name of Officer}" {\n\t\tpronoun ${4|he,she,they|}\n\t\tcapacities individual, fiduciary, other\n\t}\n\n\tagents any-one-or-more {\n\t\tagent ${5:counsel} "${6:Full Name of Agent}"\n\t}\n\n\tissuer ${7:company} "${8:COMPANY NAME, INC.}" {\n\t\torganized in "${9:Delaware}" as corporation\n\t\tdefined as "Company"\n\t}\n\n\tgrant {\n\t\tcomply with act1934, act1933, sec\n\t\tfile form3, form4, form5 under section16a including amendments, successor-forms\n\t\tfile form144 under rule144 relating to sales\n\t}\n\tratification\n\tacknowledgment no-assumption\n\n\tsupersedes all prior authorizations for ${7:company} securities revoking them\n\tterm {\n\t\tends when no longer subject to section16 for ${7:company}\n\t}\n\trevocation by signed-writing delivered to agents\n\n\texecuted ${10:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\t\ttestimonium hand\n\t\tsignature conformed\n\t}\n}' },
    { name: 'Securities power of attorney', prefix: ['poa-securities'], description: 'A power of attorney for other SEC filings (Schedules 13D and 13G, registration statements).', context: 'outside', body: 'poa ${1:Name} {\n\tkind securities\n\tjurisdiction federal\n\n\tprincipal ${2:holder} "${3:Full Name of Holder}"\n\n\tagents severally {\n\t\tagent ${4:counsel} "${5:Full Name of Agent}"\n\t}\n\n\tissuer ${6:company} "${7:COMPANY NAME, INC.}" {\n\t\torganized in "${8:Delaware}" as corporation\n\t\tdefined as "Company"\n\t}\n\n\tgrant {\n\t\tfile schedule13D, schedule13G under section13d including amendments\n\t\twith sec\n\t}\n\tratification\n\trevocation by signed-writing delivered to agents\n\n\texecuted ${9:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\t\tsignature conformed\n\t}\n}' },
    { name: 'General durable power of attorney', prefix: ['poa-general'], description: 'A durable financial power of attorney in the style of the Uniform Power of Attorney Act.', context: 'outside', body: 'poa ${1:Name} {\n\tkind general\n\tjurisdiction ${2:NY}\n\tvoice first-person\n\n\tprincipal ${3:smith} "${4:Full Name of Principal}" {\n\t\tpronoun ${5|he,she,they|}\n\t\taddress "${6:Address}"\n\t}\n\n\tagents {\n\t\tagent ${7:jones} "${8:Full Name of Agent}"\n\t}\n\n\tgrant {\n\t\tsubjects all\n\t}\n\n\tterm {\n\t\tstarts immediately\n\t\tdurable\n\t}\n\n\texecuted ${9:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\t\tsignature conformed\n\t\twitnesses 2\n\t\tnotary acknowledgment in "${10:New York}"\n\t}\n}' },
    { name: 'Limited power of attorney', prefix: ['poa-limited'], description: 'A power of attorney limited to one transaction or purpose.', context: 'outside', body: 'poa ${1:Name} {\n\tkind limited\n\tjurisdiction ${2:NY}\n\n\tprincipal ${3:smith} "${4:Full Name of Principal}"\n\n\tagents {\n\t\tagent ${5:jones} "${6:Full Name of Agent}"\n\t}\n\n\tgrant {\n\t\tpurpose "${7:to sell the property at 12 Main Street}"\n\t}\n\n\tterm {\n\t\tstarts immediately\n\t\tends on completion\n\t}\n\n\texecuted ${8:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\t\tsignature conformed\n\t\twitnesses 2\n\t\tnotary acknowledgment\n\t}\n}' },
    { name: 'Health care power of attorney', prefix: ['poa-healthcare'], description: 'A health care power of attorney (health care proxy).', context: 'outside', body: 'poa ${1:Name} {\n\tkind healthcare\n\tjurisdiction ${2:NY}\n\n\tprincipal ${3:smith} "${4:Full Name of Principal}"\n\n\tagents {\n\t\tagent ${5:jones} "${6:Full Name of Agent}"\n\t}\n\n\tgrant {\n\t\thealth-care decisions\n\t}\n\n\tterm {\n\t\tstarts on incapacity determined by physician\n\t}\n\n\texecuted ${7:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE} {\n\t\tsignature conformed\n\t\twitnesses 2\n\t}\n}' },
    { name: 'Template', prefix: ['template'], description: 'A template with parameters filled from JSON or CSV data.', context: 'outside', body: 'template ${1:Name} {\n\tparameter ${2:principalName} person\n\tkind ${3|section16,securities,general,limited,healthcare|}\n\n\tprincipal p [${2:principalName}]\n\t$0\n}' },
    { name: 'kind', prefix: ['kind'], description: 'The kind of instrument; it decides which clauses are required.', context: 'instrument', body: 'kind ${1|section16,securities,general,limited,healthcare|}', once: /^\s*kind\b/m },
    { name: 'jurisdiction', prefix: ['jurisdiction'], description: 'The law the instrument is drafted under.', context: 'instrument', body: 'jurisdiction ${1|federal,NY,CA,FL,TX,IL,DC,CO|}', once: /^\s*jurisdiction\b/m },
    { name: 'voice', prefix: ['voice'], description: '"The undersigned hereby ..." or "I hereby ...".', context: 'instrument', body: 'voice ${1|undersigned,first-person|}', once: /^\s*voice\b/m },
    { name: 'layout', prefix: ['layout'], description: 'Paragraphs as prose or numbered.', context: 'instrument', body: 'layout ${1|prose,numbered|}', once: /^\s*layout\b/m },
    { name: 'dates', prefix: ['dates'], description: 'Dates in legal style ("the 26th day of July, 2007") or plain ("July 26, 2007").', context: 'instrument', body: 'dates ${1|legal,plain|}', once: /^\s*dates\b/m },
    { name: 'title', prefix: ['title'], description: 'The title printed at the head of the instrument.', context: 'instrument', body: 'title "${1:POWER OF ATTORNEY}"', once: /^\s*title\b/m },
    { name: 'parameter', prefix: ['parameter'], description: 'A template parameter, filled from data when the template is rendered.', context: 'instrument', body: 'parameter ${1:name} ${2|person,date,text,pronoun|}' },
    { name: 'principal', prefix: ['principal'], description: 'The person (or entity) granting the power.', context: 'instrument', body: 'principal ${1:id} "${2:Full Name}" {\n\tpronoun ${3|he,she,they,it|}\n\t$0\n}' },
    { name: 'agents', prefix: ['agents'], description: 'The attorneys-in-fact and how they act together.', context: 'instrument', clause: 'agents', once: /^\s*agents\b/m },
    { name: 'agent', prefix: ['agent'], description: 'One attorney-in-fact, named.', context: 'agents', body: 'agent ${1:id} "${2:Full Name}"' },
    { name: 'agent by office', prefix: ['agent-office'], description: 'An attorney-in-fact identified by office, for the time being.', context: 'agents', body: 'agent ${1:id} office "${2:General Counsel}" of ${3:company}' },
    { name: 'successors', prefix: ['successors'], description: 'Successor agents, in order, if an agent cannot act.', context: 'instrument', clause: 'successors', once: /^\s*successors\b/m },
    { name: 'issuer', prefix: ['issuer'], description: 'The company whose securities the power concerns.', context: 'instrument', clause: 'issuer', completion: 'issuer' },
    { name: 'define', prefix: ['define'], description: 'A defined term used in the wording.', context: 'instrument', body: 'define ${1:id} "${2:meaning}" as "${3:Term}"' },
    { name: 'grant', prefix: ['grant'], description: 'The powers granted to the agents.', context: 'instrument', clause: 'grant', once: /^\s*grant\b/m },
    { name: 'comply with', prefix: ['comply'], description: 'Authority to comply with the securities laws and the SEC\'s rules.', context: 'grant', kinds: S16, body: 'comply with ${1:act1934, act1933, sec}' },
    { name: 'file forms', prefix: ['file'], description: 'Authority to prepare, sign and file SEC forms under a statute or rule.', context: 'grant', kinds: S16, body: 'file ${1:form3, form4, form5} under ${2:section16a} including amendments, successor-forms' },
    { name: 'file Form 144', prefix: ['file-144'], description: 'Authority to file Form 144 under Rule 144 of the Securities Act of 1933.', context: 'grant', kinds: ['section16'], body: 'file form144 under rule144 relating to sales' },
    { name: 'venues', prefix: ['with'], description: 'Where filings are made (the SEC, stock exchanges).', context: 'grant', kinds: S16, body: 'with ${1:sec}' },
    { name: 'EDGAR access', prefix: ['edgar'], description: 'Authority to obtain EDGAR access codes (Form ID).', context: 'grant', kinds: S16, body: 'edgar access' },
    { name: 'catch-all', prefix: ['any-other-action'], description: 'Any other action that, in the opinion of the attorney-in-fact, is necessary or desirable.', context: 'grant', body: 'any other action' },
    { name: 'subjects', prefix: ['subjects'], description: 'The subjects of a general power (real property, banking, taxes, ...).', context: 'grant', kinds: ['general'], body: 'subjects ${1:all}' },
    { name: 'hot powers', prefix: ['expressly'], description: 'Powers that must be granted expressly (gifts, trusts, beneficiary designations, ...).', context: 'grant', kinds: ['general'], body: 'expressly ${1:gifts}' },
    { name: 'health-care decisions', prefix: ['health-care'], description: 'Authority to make health care decisions.', context: 'grant', kinds: ['healthcare'], body: 'health-care decisions' },
    { name: 'purpose', prefix: ['purpose'], description: 'The one transaction or purpose of a limited power.', context: 'grant', kinds: ['limited'], body: 'purpose "${1:the purpose}"' },
    { name: 'limitation', prefix: ['limitation'], description: 'An explicit limitation on the agents\' authority.', context: 'grant', clause: 'limitations' },
    { name: 'power', prefix: ['power'], description: 'A power written in words.', context: 'grant', body: 'power "${1:the power in words}"' },
    { name: 'substitution', prefix: ['substitution'], description: 'The agents may appoint substitutes.', context: 'instrument', clause: 'substitution', once: /^\s*substitution\b/m },
    { name: 'ratification', prefix: ['ratification'], description: 'The principal ratifies what the agents lawfully do under the power.', context: 'instrument', clause: 'ratification', once: /^\s*ratification\b/m },
    { name: 'acknowledgment', prefix: ['acknowledgment'], description: 'The agents assume none of the principal\'s responsibilities to comply with Section 16.', context: 'instrument', clause: 'acknowledgment', once: /^\s*acknowledgment\b/m },
    { name: 'indemnification', prefix: ['indemnification'], description: 'The principal indemnifies the agents.', context: 'instrument', clause: 'indemnification', once: /^\s*indemnification\b/m },
    { name: 'third-party reliance', prefix: ['reliance'], description: 'Third parties may rely on the power.', context: 'instrument', clause: 'reliance', once: /^\s*third-party\b/m },
    { name: 'compensation', prefix: ['compensation'], description: 'Whether the agents are paid.', context: 'instrument', clause: 'compensation', once: /^\s*compensation\b/m },
    { name: 'supersedes', prefix: ['supersedes'], description: 'Revokes earlier powers of attorney for the same securities.', context: 'instrument', kinds: S16, body: 'supersedes all prior authorizations for ${1:company} securities revoking them', once: /^\s*supersedes\b/m },
    { name: 'supersedes nothing', prefix: ['supersedes-nothing'], description: 'States that the power revokes no earlier power.', context: 'instrument', body: 'supersedes nothing', once: /^\s*supersedes\b/m },
    { name: 'term', prefix: ['term'], description: 'When the power starts and ends, and whether it is durable.', context: 'instrument', clause: 'term', once: /^\s*term\b/m, completion: 'term (Section 16)' },
    { name: 'starts', prefix: ['starts'], description: 'When the power takes effect.', context: 'term', body: 'starts ${1|immediately,on incapacity determined by physician|}', once: /^\s*starts\b/m },
    { name: 'ends', prefix: ['ends'], description: 'When the power ends.', context: 'term', body: 'ends ${1|when revoked,at death,on completion,on 2030-12-31,after 1 years|}', once: /^\s*ends\b/m },
    { name: 'durable', prefix: ['durable'], description: 'The power survives the principal\'s incapacity.', context: 'term', kinds: ['general', 'limited', 'healthcare'], body: 'durable', once: /^\s*(not\s+)?durable\b/m },
    { name: 'revocation', prefix: ['revocation'], description: 'How the power may be revoked.', context: 'instrument', body: 'revocation by ${1|signed-writing,written-notice|} delivered to ${2|agents,issuer,agents\\, issuer|}', once: /^\s*revocation\b/m },
    { name: 'signatures', prefix: ['signatures'], description: 'A table of signatures after a signature-page power: name, title and date of each signer.', context: 'instrument', clause: 'signature-table' },
    { name: 'governing law', prefix: ['governing'], description: 'The law that governs the instrument.', context: 'instrument', clause: 'governing-law', once: /^\s*governing\b/m },
    { name: 'appointing verb', prefix: ['verb', 'appointing-verb'], description: 'The words of appointment: "makes, constitutes and appoints", "authorizes and appoints", ...', context: 'instrument', body: `phrasing appointing-verb style ${'$'}{1|${(clausePhrases('appointing-verb')?.styles ?? []).map((v) => v.id).join(',')}|}`, once: /^\s*phrasing\s+appointing-verb\b/m },
    { name: 'executed', prefix: ['executed'], description: 'The date of execution and the signature.', context: 'instrument', clause: 'execution', once: /^\s*executed\b/m },
    { name: 'signature', prefix: ['signature'], description: 'A conformed signature.', context: 'execution', body: 'signature "/s/ ${1:Full Name}"' },
    { name: 'witnesses', prefix: ['witnesses'], description: 'Witnesses to the signature.', context: 'execution', body: 'witnesses ${1:2}', once: /^\s*witnesses\b/m },
    { name: 'notary', prefix: ['notary'], description: 'A notary\'s acknowledgment.', context: 'execution', body: 'notary acknowledgment in "${1:New York}" county "${2:New York}"', once: /^\s*notary\b/m },
    { name: 'testimonium', prefix: ['testimonium'], description: '"IN WITNESS WHEREOF ..." wording.', context: 'execution', body: 'testimonium ${1|hand,executed|}', once: /^\s*testimonium\b/m }
];

function entry(s: SnippetSource): SnippetEntry {
    const clause = s.clause === undefined ? undefined : clauseEntry(s.clause);
    if (s.clause !== undefined && !clause) throw new Error(`snippet "${s.name}" names no registry clause "${s.clause}"`);
    return {
        name: s.name, prefix: s.prefix, description: s.description, context: s.context, kinds: clause?.kinds ?? s.kinds ?? [],
        body: clause?.snippet ?? s.body ?? '', once: s.once, completion: s.completion
    };
}

export const SNIPPETS: readonly SnippetEntry[] = SOURCES.map(entry);

/** Whole clauses that only completion offers (not in snippets/poa.json, nor among the Insert Clause choices). */
const COMPLETION_ONLY: readonly SnippetSource[] = [
    { name: 'principal (person)', prefix: [], description: 'The person granting the power', context: 'instrument', completion: 'principal (person)', body: 'principal ${1:id} "${2:Full Name}" {\n    pronoun ${3|he,she,they|}\n    capacities individual, fiduciary, other\n}' },
    { name: 'agents (any one or more)', prefix: [], description: 'Attorneys-in-fact, any one or more of whom may act', context: 'instrument', completion: 'agents (any one or more)', body: 'agents any-one-or-more {\n    agent ${1:id} "${2:Full Name}"\n}' },
    { name: 'grant (Section 16)', prefix: [], description: 'Forms 3, 4, 5 and 144 with their statutes', context: 'instrument', kinds: S16, completion: 'grant (Section 16)', body: 'grant {\n    comply with act1934, act1933, sec\n    file form3, form4, form5 under section16a including amendments, successor-forms\n    file form144 under rule144 relating to sales\n}' },
    { name: 'term (durable)', prefix: [], description: 'Effective now, durable, until revoked', context: 'instrument', completion: 'term (durable)', body: 'term {\n    starts immediately\n    ends when revoked\n    durable\n}' },
    { name: 'revocation (signed writing)', prefix: [], description: 'Revocable by a signed writing delivered to the agents', context: 'instrument', completion: 'revocation', body: 'revocation by signed-writing delivered to agents' },
    { name: 'executed (dated)', prefix: [], description: 'Execution date and signature', context: 'instrument', completion: 'executed', body: 'executed ${1:2025-01-01} {\n    testimonium hand\n    signature "/s/ ${2:Full Name}"\n}' }
];

/** The whole clauses completion offers where a clause may start. */
export const COMPLETION_SNIPPETS = [...SNIPPETS, ...COMPLETION_ONLY.map(entry)]
    .filter((s): s is SnippetEntry & { completion: string } => s.completion !== undefined);

/** The text of snippets/poa.json: VS Code's snippet file format, one entry per snippet. */
export function snippetsJson(): string {
    const file = Object.fromEntries(SNIPPETS.map((s) => [s.name, { prefix: [...s.prefix], body: s.body.split('\n'), description: s.description }]));
    return JSON.stringify(file, null, 2) + '\n';
}

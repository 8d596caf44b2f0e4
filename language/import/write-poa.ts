/**
 * Writes an `ImportedInstrument` as a `.poa` file in the language as
 * docs/language.md documents it. Every sentence kept as written becomes (part
 * of) a `worded` override, preceded by `// imported as written:`; a defined
 * term's first use inside such text becomes a reference (`{hartford}`), so
 * that the renderer introduces the term where the document did and calls it
 * by its short form everywhere else.
 */
import { blankValue } from './captioned-blank.js';
import { firstFreeIds } from './identifiers.js';
import { STANDARD_TERMS } from '../catalog/standard-terms.js';
import { HOLDERS, type Holder, type ImportedInstrument, type ImportedPrincipal } from './imported-instrument.js';
import { quote, topicOf } from './recognise-document.js';
import { keptPowerLines, type TermDefinition } from './worded-powers.js';
import { organizationWords } from './issuer-appositive.js';

const ARTICLE: Record<Holder, string> = {
    grant: 'a grant', 'incidental-authority': 'a grant of incidental authority', term: 'a term', acknowledgment: 'a Section 16 acknowledgment', indemnification: 'an indemnity',
    reliance: 'a third-party reliance clause', compensation: 'a compensation clause'
};

const INDENT = '    ';

export function writePoa(doc: ImportedInstrument, source?: string): string {
    const out: string[] = [];
    out.push(`// Imported${source ? ` from ${source.replace(/[\r\n]/g, ' ')}` : ''} by poa import. Review every clause against the original before relying on it.`);
    for (const line of doc.setAside) out.push(`// set aside (page furniture): ${line}`);
    out.push(`poa ${doc.name} {`);
    const body: string[] = [];
    body.push(`kind ${doc.kind}`);
    if (doc.jurisdiction) body.push(`jurisdiction ${doc.jurisdiction}`);
    if (doc.voice === 'first-person') body.push('voice first-person');
    if (doc.dates === 'plain') body.push('dates plain');
    if (doc.title) body.push(`title ${quote(doc.title)}`);
    else if (doc.letter) body.push('title none');
    if (doc.letter) body.push(...doc.letter);
    body.push('');
    // Principals the text speaks of together ("The undersigned, as Co-Trustees ..., do hereby ...") without naming them.
    const blanks = doc.principals.filter((p) => p.blank !== undefined).length;
    if (blanks) body.push(`// The text does not name ${blanks === doc.principals.length ? 'the principals' : 'every principal'}, only that there are several: ${blanks === 1 ? 'a blank stands' : 'blanks stand'} for ${blanks === 1 ? 'one' : 'them'}. Fill in their names from the original's signatures.`);
    for (const p of doc.principals) body.push(principalLine(p));
    if (doc.agents.length || doc.designation) {
        if (doc.agentsWorded) body.push('// imported as written:');
        body.push(`agents${doc.mode ? ` ${doc.mode}` : ''}${doc.agentsAnnex ? ` listed in ${quote(doc.agentsAnnex)}` : ''} {`);
        if (doc.designation) body.push(`${INDENT}called ${quote(doc.designation)}`);
        // An agent left blank on the form ("______ (name of attorney-in-fact)") is written as the blank it is.
        for (const a of doc.agents) {
            const of = a.employer ? ` of ${a.employer}` : a.firm ? ` of ${quote(a.firm)}` : '';
            // An agent by office: `agent gc office "General Counsel" of acme`.
            const named = a.office !== undefined ? `office ${quote(a.office)}` : blankValue(a.name) ?? quote(a.name);
            body.push(`${INDENT}agent ${a.id} ${named}${of}${a.delegate ? ' or delegate' : ''}${a.pronoun ? ` { pronoun ${a.pronoun} }` : ''}`);
        }
        body.push(doc.agentsWorded ? `} worded ${quote(doc.agentsWorded)}` : '}');
    }
    for (const i of doc.issuer ? [doc.issuer, ...(doc.otherIssuers ?? [])] : []) {
        const props = [
            i.state ? `organized in ${quote(i.state)}${i.entityType ? ` as ${i.entityType}` : ''}` : '',
            i.definedAs ? `defined as ${quote(i.definedAs)}` : '',
            i.shortName ? `called ${quote(i.shortName)}` : ''
        ].filter(Boolean);
        // An issuer in the document's own words: an issuer defined without "the", or one described at its first mention.
        const written = i.written ?? i.wording;
        if (written) body.push('// imported as written:');
        body.push(`issuer ${i.id} ${quote(i.name)}${props.length ? ` { ${props.join('  ')} }` : ''}${written ? ` worded ${quote(written)}` : ''}`);
        if (i.organizationStyle) body.push(`phrasing organization style ${i.organizationStyle}`);
    }
    for (const t of doc.terms ?? []) body.push(`define ${t.id} ${quote(t.meaning)}${t.term ? ` as ${quote(t.term)}` : ''}`);
    // How the document words its definitions, when not '(the "Exchange Act")': one style for the instrument's terms.
    const definition = (doc.terms ?? []).find((t) => t.style)?.style;
    if (definition) body.push(`phrasing definition style ${definition}`);
    body.push('');

    // A power kept as written that holds a term's first use introduces it (`power worded`); the worded text after it does not.
    const definitions = termDefinitions(doc);
    const taken = new Set<string>();
    const keptPowers = doc.keptPowers ?? [];
    const keptLines = keptPowerLines(keptPowers, definitions, taken, quote);
    let kept = 0;
    const keptLine = (line: string) => (kept < keptPowers.length && line === `power ${quote(keptPowers[kept])}` ? keptLines[kept++] : line);
    const worded = withReferences(doc, definitions, taken);
    const wordedClause = (holder: Holder, head: string) => {
        // A clause that holds text no clause of the language words (a governing-law sentence) must not be mistaken for that clause.
        if (holder !== 'term' && !(doc.worded[holder] ?? []).some((t) => topicOf(t) === holder)) {
            body.push(`// Held by the ${holder} clause, the clause that takes worded text where the document has it: the text below is not ${ARTICLE[holder]}.`);
        }
        body.push('// imported as written:');
        body.push(`${head} worded ${quote(worded[holder]!)}`);
    };
    // The grant: its powers as written until the phrasebook recognises each of them.
    // A power kept in the document's own words is marked as such, as a worded override is.
    const items = doc.clauses.filter((c) => c.clause === 'grant-items' || c.clause === 'limitation').flatMap((c) => c.lines)
        .flatMap((l) => (/^power "/.test(l) ? ['// imported as written:', keptLine(l)] : [l]));
    // Where nothing of a grant, agent or appointment was read and the text was kept on the term (a form whose opening
    // no style reads), the grant holds it: a grant of no words would print an appointment and powers of its own
    // ("[ATTORNEY-IN-FACT]", "[POWERS GRANTED]") that the source does not have.
    if (worded.grant === undefined && !items.length && !doc.grantStyle && !doc.agents.length && !doc.designation
        && worded.term !== undefined && /^[A-Z]/.test(worded.term)) {
        worded.grant = worded.term;
        delete worded.term;
    }
    // A grant sentence kept whole, its appointment included ("The undersigned ... hereby constitutes and appoints ..."),
    // where no agent was read: the style `kept-whole` prints the text alone, not after an appointment of its own.
    const wholeSentence = worded.grant !== undefined && !items.length && !doc.grantStyle && !doc.agents.length && !doc.designation
        && /^[A-Z]/.test(worded.grant);
    const grantStyle = doc.grantStyle ?? (wholeSentence ? 'kept-whole' : undefined);
    const grant = `grant${grantStyle ? ` style ${grantStyle}` : ''}`;
    const grantHead = items.length ? [`${grant} {`, ...items.map((l) => `${INDENT}${l}`), '}'] : [`${grant} { }`];
    if (worded.grant !== undefined) {
        body.push('// imported as written:', ...grantHead.slice(0, -1), `${grantHead[grantHead.length - 1]} worded ${quote(worded.grant)}`);
    } else if (items.length) body.push(...grantHead);
    for (const c of doc.clauses.filter((c) => !['execution', 'limitation', 'grant-items'].includes(c.clause))) body.push(...c.lines);
    if (worded['incidental-authority'] !== undefined) wordedClause('incidental-authority', 'incidental authority');
    if (worded.acknowledgment !== undefined) wordedClause('acknowledgment', 'acknowledgment no-assumption');
    if (worded.term !== undefined) wordedClause('term', 'term { }');
    if (worded.indemnification !== undefined) wordedClause('indemnification', 'indemnification');
    if (worded.reliance !== undefined) wordedClause('reliance', 'third-party reliance');
    const onExecution = keptOnExecution(doc);
    if (worded.compensation !== undefined && !onExecution) wordedClause('compensation', 'compensation reasonable');
    body.push('');
    for (const c of doc.clauses.filter((c) => c.clause === 'execution')) {
        for (const line of c.lines) {
            if (onExecution && line === 'executed none') {
                body.push('// imported as written: the text at the end of the document, which no clause was read from (signature lines kept as text).');
                body.push(`executed none worded ${quote(worded.compensation!)}`);
            } else body.push(line);
        }
    }

    for (const line of body) out.push(line ? `${INDENT}${line}` : '');
    while (out[out.length - 1] === '') out.pop();
    out.push('}', '');
    return firstFreeIds(out.join('\n').replace(/\n{3,}/g, '\n\n'));
}

/**
 * Text kept at the end of a document whose execution was not read (`executed none`) and that says nothing of
 * compensation: signature lines no table or block was read from. It is written as the execution's own words
 * (`executed none worded "..."`), where it prints in the same place, rather than on the last clause that takes
 * worded text, the compensation clause, whose `compensation reasonable` would say the agents are paid.
 */
export function keptOnExecution(doc: ImportedInstrument): boolean {
    const kept = doc.worded.compensation;
    if (!kept?.length || kept.some((t) => topicOf(t) === 'compensation')) return false;
    return doc.clauses.some((c) => c.clause === 'execution' && c.lines.includes('executed none'));
}

function principalLine(p: ImportedPrincipal): string {
    const props: string[] = [];
    if (p.pronoun) props.push(`pronoun ${p.pronoun}`);
    if (p.role) props.push(`role ${quote(p.role)}${p.roleOf ? ` of ${p.roleOf}` : ''}`);
    if (p.capacities?.length) props.push(`capacities ${p.capacities.join(', ')}`);
    // A part left blank on a form ("______ (Address of registrant)") is written as the blank it is.
    const value = (text: string) => blankValue(text) ?? quote(text);
    if (p.address) props.push(`address ${value(p.address)}`);
    if (p.registration) props.push(`registration-number ${value(p.registration)}`);
    if (p.signatory) props.push(`signed by ${value(p.signatory)}${p.signatoryTitle ? ` as ${quote(p.signatoryTitle)}` : ''}`);
    const name = p.blank !== undefined ? `blank ${quote(p.blank)}` : blankValue(p.name) ?? quote(p.name);
    return `principal ${p.id} ${name}${p.entity ? ' entity' : ''}${props.length ? ` { ${props.join('  ')} }` : ''}`;
}

/** The worded text per holder, with the first use of each defined term (not `taken` by a kept power) made a reference. */
function withReferences(doc: ImportedInstrument, definitions: readonly TermDefinition[], taken: ReadonlySet<string>): Partial<Record<Holder, string>> {
    const texts: Partial<Record<Holder, string>> = {};
    for (const h of HOLDERS) {
        const list = doc.worded[h];
        if (list) texts[h] = list.filter(Boolean).join(' ');
    }
    for (const [definition, id] of definitions) {
        if (taken.has(definition)) continue;
        for (const h of HOLDERS) {
            const t = texts[h];
            if (t === undefined) continue;
            const at = t.indexOf(definition);
            if (at < 0) continue;
            texts[h] = `${t.slice(0, at)}{${id}}${t.slice(at + definition.length)}`;
            break;
        }
    }
    return texts;
}

/** The definitions the file's terms and issuer may be introduced by, as the document words them. */
function termDefinitions(doc: ImportedInstrument): TermDefinition[] {
    // A standard term the document defines in its own words is introduced where the document does, in those words.
    const own = new Map((doc.terms ?? []).map((t) => [t.id, t]));
    const definitions: [string, string][] = STANDARD_TERMS.filter((t) => !own.has(t.id)).map((t) => [`${t.meaning} (the "${t.term}")`, t.id]);
    for (const t of own.values()) if (t.term) definitions.push([t.text, t.id]);
    const i = doc.issuer;
    if (i?.wording) definitions.push([i.wording, i.id]);
    else if (i?.definedAs) {
        const type = (i.entityType ?? 'corporation').replace(/-/g, ' ');
        const organization = i.state ? `, ${organizationWords(i.state, type, i.organizationStyle)}` : '';
        definitions.push([`${i.name}${organization} (the "${i.definedAs}")`, i.id]);
    }
    return definitions;
}

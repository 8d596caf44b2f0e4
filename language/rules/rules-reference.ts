/**
 * The catalog as documents: JSON for tools and Markdown for `docs/rules.md`
 * (generated from the catalog; a test fails when the file is stale).
 */
import { JURISDICTIONS } from './jurisdictions.js';
import { RULE_GROUPS, RULES } from './rule-catalog.js';
import { provenanceOf, type Provenance, type Rule } from './rule.js';

export interface RuleSummary {
    code: string;
    title: string;
    kinds: readonly string[] | 'all';
    jurisdictions: readonly string[] | 'all';
    severity: string;
    message: string;
    why: string;
    action: string;
    source: string;
    severityBasis: string;
    scope: string;
    provenance: readonly Provenance[];
    quickFix?: string;
}

/** The severity discipline every rule follows; docs/rules.md states it first. */
export const SEVERITY_DISCIPLINE: readonly string[] = [
    '- **error**: the cited law makes the instrument invalid, ineffective or not fileable. A rule is an error only when the law it cites says so for the instruments that law governs.',
    '- **warning**: a real legal or practical risk (a default the principal may not have chosen, a third party likely to refuse the power), but the instrument is valid.',
    '- **information**: drafting practice; nothing is wrong in law.',
    '',
    'Each rule states the basis of its severity and its scope: the instruments its law governs. A state power-of-attorney act governs only the instruments it says it governs (for example New York title 15 and Florida chapter 709 govern powers of individuals; Texas chapter 751 governs durable powers). A Section 16 or other SEC filing power is governed by federal securities law and agency rules, not by a state statutory short form, unless the file names a state whose law is to govern it.',
    '',
    'Provenance: each rule lists the law it cites and where its text was read (a repository and commit, or an address). A citation marked "citation not verified" was not read from a stored source; it is a lead to check, and it never makes a lawyer-facing message more certain than the text read. The searches for texts not found are recorded in docs/sources-searched.md.'
];

export function ruleSummary(r: Rule): RuleSummary {
    return {
        code: r.code, title: r.title, kinds: r.kinds, jurisdictions: r.jurisdictions, severity: r.severity,
        message: r.message, why: r.why, action: r.action, source: r.source,
        severityBasis: r.severityBasis, scope: r.scope, provenance: provenanceOf(r), quickFix: r.quickFix
    };
}

export function rulesJson(): RuleSummary[] {
    return RULES.map(ruleSummary);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const placeholders = (s: string) => s.replace(/\{([A-Za-z]\w*)\}/g, '‹$1›');

export function rulesMarkdown(): string {
    const lines: string[] = [
        '# POA Studio rules',
        '',
        '<!-- Generated from the rule catalog (language/rules/) by `node scripts/generate-rules-doc.mjs`; do not edit by hand. -->',
        '',
        `Every diagnostic has a stable code, a severity, a message saying what is wrong, why it matters and what to do, and the legal source it rests on. ${RULES.length} rules. Text in ‹angle quotes› is filled in from the file being checked. Severity "information" for template blanks and placeholders becomes "error" in a final check (\`poa check --final\`).`,
        '',
        '## Severity discipline',
        '',
        ...SEVERITY_DISCIPLINE,
        '',
        '## Jurisdictions',
        '',
        'A file names its jurisdiction with `jurisdiction ID`. Section 16 and securities powers that name none are checked under federal securities law. A jurisdiction not listed here gets one information diagnostic saying only the general checks apply.',
        '',
        '| Id | Jurisdiction | Witnesses | Notary | Co-agents when unstated | Hot powers granted expressly | Springing powers | Durable by default | Health-care execution |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    ];
    const notary = { required: 'required', 'or-witnesses': 'required unless two witnesses sign', recommended: 'recommended', 'not-required': 'not required' };
    const coAgents = { jointly: 'jointly', severally: 'each alone (severally)', majority: 'by majority', unsettled: 'not settled: state it' };
    const witnesses = (n: number) => (n === 0 ? 'none' : n === 1 ? 'one' : n === 2 ? 'two' : String(n));
    for (const j of JURISDICTIONS) {
        const hc = j.healthCare.value;
        const federal = j.id === 'federal';
        const health = federal ? 'not applicable' : hc.witnesses === 0 && !hc.notaryRequired ? `no witnesses or notary (${cell(j.healthCare.source)})` : `${witnesses(hc.witnesses)} witness${hc.witnesses === 1 ? '' : 'es'}${hc.notaryAlternative ? ' or a notary' : ''}${hc.notaryRequired ? ' and a notary' : ''} (${cell(j.healthCare.source)})`;
        const durable = federal ? 'not addressed' : `${j.durableByDefault.value ? 'yes' : 'no'} (${cell(j.durableByDefault.source)})`;
        lines.push(`| \`${j.id}\` | ${cell(j.name)} (${cell(j.act)}) | ${witnesses(j.witnesses.value)} (${cell(j.witnesses.source)}) | ${notary[j.notary.value]} (${cell(j.notary.source)}) | ${coAgents[j.coAgentDefault.value]} (${cell(j.coAgentDefault.source)}) | ${j.hotPowersExpress.value ? 'yes' : 'no'} (${cell(j.hotPowersExpress.source)}) | ${j.springing.value ? 'allowed' : 'not allowed'} (${cell(j.springing.source)}) | ${durable} | ${health} |`);
    }
    for (const group of RULE_GROUPS) {
        lines.push('', `## ${group.name}`, '');
        for (const r of group.rules) {
            const kinds = r.kinds === 'all' ? 'all kinds' : r.kinds.join(', ');
            const where = r.jurisdictions === 'all' ? 'all jurisdictions' : r.jurisdictions.join(', ');
            lines.push(`### \`${r.code}\` — ${r.title}`, '');
            lines.push(`- Severity: ${r.severity}; applies to: ${kinds}; ${where}${r.quickFix ? '; quick fix available' : ''}`);
            lines.push(`- Message: ${placeholders([r.message, r.why, r.action].join(' '))}`);
            lines.push(`- Source: ${placeholders(r.source)}`);
            lines.push(`- Severity basis: ${cell(r.severityBasis)}`);
            lines.push(`- Scope: ${cell(r.scope)}`);
            lines.push(`- Provenance: ${provenanceOf(r).map(describeProvenance).join('; ')}`, '');
        }
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** "Cal. Prob. Code § 4121: text read at <where>" or "...: citation not verified". */
export function describeProvenance(p: Provenance): string {
    const citation = placeholders(p.citation);
    return p.read === 'text' ? `${cell(citation)}: text read at ${cell(p.where ?? 'an unrecorded source')}` : `${cell(citation)}: citation not verified`;
}

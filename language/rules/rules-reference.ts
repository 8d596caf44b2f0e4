/**
 * The catalog as documents: JSON for tools and Markdown for `docs/rules.md`
 * (generated from the catalog; a test fails when the file is stale).
 */
import { JURISDICTIONS } from './jurisdictions.js';
import { RULE_GROUPS, RULES } from './rule-catalog.js';
import type { Rule } from './rule.js';

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
    quickFix?: string;
}

export function ruleSummary(r: Rule): RuleSummary {
    return {
        code: r.code, title: r.title, kinds: r.kinds, jurisdictions: r.jurisdictions, severity: r.severity,
        message: r.message, why: r.why, action: r.action, source: r.source, quickFix: r.quickFix
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
        '## Jurisdictions',
        '',
        'A file names its jurisdiction with `jurisdiction ID`. Section 16 and securities powers that name none are checked under federal securities law. A jurisdiction not listed here gets one information diagnostic saying only the general checks apply.',
        '',
        '| Id | Jurisdiction | Witnesses | Notary | Co-agents when unstated | Hot powers granted expressly | Springing powers | Durable by default | Health-care execution |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    ];
    const notary = { required: 'required', 'or-witnesses': 'required unless two witnesses sign', recommended: 'recommended', 'not-required': 'not required' };
    const coAgents = { jointly: 'jointly', severally: 'each alone (severally)', unsettled: 'not settled: state it' };
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
            lines.push(`- Source: ${placeholders(r.source)}`, '');
        }
    }
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The "Styles" section of docs/language.md, generated from the phrasebook:
 * every style of every clause, its template, and its words rendered in a
 * sample Section 16 instrument. A test fails when the page is stale.
 */
import type { PoaModel } from '../model/poa-model.js';
import { CLAUSES, PARAGRAPH_ORDER } from '../registry/clause-registry.js';
import { runsText } from '../render/document-tree.js';
import { phrase } from '../render/phrase.js';
import { RenderContext } from '../render/render-context.js';
import { PHRASEBOOK, STYLE_SETS } from './index.js';

export const STYLES_BEGIN = '<!-- styles:begin (generated from language/phrasebook; run POA_WRITE_DOCS=1 npx vitest run test/docs/styles-doc.test.ts) -->';
export const STYLES_END = '<!-- styles:end -->';

/** The section's Markdown; `sample` is the model the rendered words come from. */
export function stylesMarkdown(sample: PoaModel): string {
    const out: string[] = [];
    out.push('### Clause order', '', 'Paragraphs are rendered in this order (with `order as-written`, in the order the file writes the clauses):', '');
    PARAGRAPH_ORDER.forEach((id, i) => out.push(`${i + 1}. ${CLAUSES.find((c) => c.id === id)!.name} (\`${id}\`)`));
    out.push('', '### Clauses that take `worded`', '');
    out.push(CLAUSES.filter((c) => c.worded).map((c) => `\`${c.keyword}\``).join(', ') + '.', '');
    out.push('### Style sets', '', '`style <set>` chooses a style for many clauses at once; a clause\'s own `style` wins.', '');
    for (const set of STYLE_SETS) {
        const clauses = Object.entries(set.clauses).map(([c, s]) => `${c} \`${s}\``).join(', ');
        out.push(`- \`${set.id}\`: ${set.label}.${clauses ? ` Sets ${clauses}.` : ''}`);
    }
    out.push('', '### Every style', '');
    out.push('The first style of each clause is its default. Words are rendered in a sample Section 16 instrument (principal Jane Roe, agents Ann Lee and Bob Poe, issuer Acme Corp.).', '');
    for (const clause of PHRASEBOOK) {
        const entry = CLAUSES.find((c) => c.phrases.includes(clause.clause));
        out.push(`#### \`${clause.clause}\`${entry ? ` (part of ${entry.name.toLowerCase()})` : ''}`, '');
        out.push(`Choose with ${(CHOSEN_BY[clause.clause] ? `\`${CHOSEN_BY[clause.clause]}\` or ` : '')}\`phrasing ${clause.clause} style <id>\`.`, '');
        out.push('| style | template | rendered | note |', '| --- | --- | --- | --- |');
        for (const style of clause.styles) {
            const ctx = new RenderContext({ ...sample, styles: { later: [], clauses: [{ clause: clause.clause, id: style.id, range: sample.range }] } });
            const filing = sample.grant?.filings[0];
            const example = EXAMPLE_CASES[clause.clause];
            const words = runsText(phrase(ctx, clause.clause, example?.variant, { ...(example?.filing ? { filing } : {}), ...(example?.citing ? { citing: example.citing } : {}), ...(example?.defining ? { defining: example.defining } : {}) }));
            const variants = Object.entries(style.variants ?? {});
            const template = `${cell(style.template)}${variants.map(([v, words]) => `<br>variant \`${v}\`: ${cell(String(words))}`).join('')}`;
            out.push(`| \`${style.id}\` | ${template} | ${cell(words)} | ${cell(style.note ?? '')} |`);
        }
        out.push('');
    }
    return out.join('\n');
}

/**
 * How a file chooses a style of the clauses that have a keyword of their own (language/model/build-model.ts,
 * styles()); every clause also takes `phrasing <clause> style <id>`.
 */
const CHOSEN_BY: Record<string, string> = {
    'opening': 'opening style <id>',
    'incidental-authority': 'incidental authority style <id>',
    'agent-mode': 'agents MODE style <id> { ... }',
    'substitution': 'substitution style <id>',
    'ratification': 'ratification style <id>',
    'acknowledgment': 'acknowledgment no-assumption style <id>',
    'term-end': 'term style <id> { ... }',
    'signature-table': 'signatures style <id> { ... }',
    'governing-law': 'governing law "..." style <id>',
    'confirming-statement': 'confirming-statement style <id>',
    'undertaking': 'undertakings style <id> { ... }',
    'testimonium': 'executed style <id> DATE { ... }',
    'signature': 'signature ... style <id>',
    'signature-page-note': 'signature-page-follows style <id>',
    'agent-acceptance': 'acceptance by agents style <id>',
    'grant': 'grant style <id> { ... }',
    'filing': 'file FORMS under STATUTE style <id>',
    'venues': 'with VENUES style <id>',
    'edgar-access': 'edgar access style <id>',
    'transaction-information': 'transaction information style <id>',
    'catch-all': 'any other action style <id>'
};

/** The model's case each clause is shown in, where the default case needs data the sample does not give. */
const EXAMPLE_CASES: Record<string, { variant?: string; filing?: boolean; citing?: { id: string; name: string; act: string }; defining?: { meaning: string; term: string } }> = {
    'citation': { variant: 'rule', citing: { id: 'rule144', name: 'Rule 144', act: 'act1933' } },
    'definition': { defining: { meaning: 'the Securities Exchange Act of 1934, as amended', term: 'Exchange Act' } },
    'securities-power': { variant: 'filings-only' },
    'filing': { variant: 'section16a', filing: true },
    'filing-amendments': { variant: 'section16a', filing: true }
};

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

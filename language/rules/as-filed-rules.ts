/**
 * `as-filed` edits: a clause's words as filed, where they differ from its
 * style by a few words (render/filed-edits.ts). An edit whose style words do
 * not occur in the rendered paragraph (the lawyer changed the clause or its
 * style since), or that would change a party, a defined term, a date or a
 * value, changes nothing: the checks say so, never silently.
 */
import { renderDocument } from '../render/render-document.js';
import type { UnappliedEdit } from '../render/filed-edits.js';
import { rule, type Rule } from './rule.js';

const WHY: Record<UnappliedEdit['reason'], string> = {
    'not-found': 'those words are not in the rendered {target} paragraph (the clause or its style may have changed since)',
    'no-paragraph': 'the instrument renders no {target} paragraph',
    'earlier': 'those words are in the rendered {target} paragraph only before the words of the edit above it, and each edit applies after the one before (write the edits in the order of the text)',
    'value': 'they name a party, a defined term, a form, a statute, a blank or a date, which are changed in their own clauses, not by an edit'
};

export const AS_FILED_RULES: readonly Rule[] = [
    rule({
        code: 'poa/as-filed-not-applied',
        title: 'An as-filed edit that changes nothing',
        kinds: 'all', jurisdictions: 'all', severity: 'warning',
        message: 'The edit reading "{original}" as "{filed}" is not applied: {why}. The rendered {target} paragraph keeps the style\'s words.',
        why: 'An `as-filed` edit keeps the words of the instrument as filed where they differ from the clause\'s style; an edit that no longer applies would leave the rendered text different from the filed one with nothing to show it.',
        action: 'Write the edit with words the rendered paragraph prints (see the preview), in the order of the text, change the party, term, date or value in its own clause, or remove the edit.',
        source: 'POA language reference (docs/language.md, "Words as filed")',
        severityBasis: 'warning: the instrument renders all the same, in the style\'s words rather than the filed ones.',
        scope: 'Every instrument with an `as-filed` clause.',
        check: ({ model }, report) => {
            if (!model.asFiled.length) return;
            let unapplied: readonly UnappliedEdit[] = [];
            renderDocument(model, { onUnappliedEdits: (u) => { unapplied = u; } });
            for (const u of unapplied) {
                report({ range: u.edit.range, args: { original: u.edit.original, filed: u.edit.filed, target: u.clause.target, why: WHY[u.reason].replace('{target}', u.clause.target) } });
            }
        }
    })
];

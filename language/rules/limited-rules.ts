/**
 * Limited (special) powers of attorney: the purpose or transaction the power
 * is limited to, and when it ends.
 */
import { headRange, insertInBlock } from './rule-helpers.js';
import { SOURCES, upoaa } from './sources-read.js';
import { rule, type Rule } from './rule.js';

export const LIMITED_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-purpose',
        clauseKeyword: 'purpose',
        severityBasis: 'error: a limited power confers only the authority its terms describe; without a purpose it confers nothing determinable.',
        scope: 'Limited (special) powers.',
        title: 'Purpose of a limited power',
        kinds: ['limited'], jurisdictions: 'all', severity: 'error',
        message: 'The limited power of attorney does not state the purpose or transaction it is limited to.',
        why: 'A limited power confers only the authority its terms describe; without a stated purpose its scope, and the agent\'s authority, cannot be determined.',
        action: 'Add a purpose line to the grant.',
        source: 'Restatement (Third) of Agency § 2.02; Uniform Power of Attorney Act § 110(a)(5)',
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const g = model.grant;
            // A power given as security (`secures ...`) states what it is limited to: collecting or selling the deposited securities.
            if (g && g.purposes.length === 0 && !g.security) report({ range: headRange(g.range, 'grant'.length), fix: insertInBlock('grant', 'purpose "[the transaction the power is limited to]"', 'State the purpose') });
        }
    }),
    rule({
        code: 'poa/missing-end',
        clauseKeyword: 'ends',
        severityBasis: 'warning: no statute requires a stated end; a limited power without one lasts until revoked or its purpose is accomplished, a real risk that it lingers.',
        scope: 'Limited (special) powers.',
        title: 'End of a limited power',
        kinds: ['limited'], jurisdictions: 'all', severity: 'warning',
        message: 'The limited power of attorney does not say when it ends.',
        why: 'No statute requires it, but without a stated end the power lasts until revoked (or its purpose is accomplished), and third parties cannot tell whether it is still in force.',
        action: 'Add an end to the term (for example, on completion of the transaction).',
        source: 'Uniform Power of Attorney Act § 110(a)(4)-(5)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 110(a)(4)-(5)', SOURCES.co710)],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            if (model.term?.end) return;
            report({ range: model.term ? headRange(model.term.range, 'term'.length) : model.nameRange, fix: insertInBlock('term', 'ends on completion', 'End the power when the transaction is completed') });
        }
    })
];

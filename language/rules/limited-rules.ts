/**
 * Limited (special) powers of attorney: the purpose or transaction the power
 * is limited to, and when it ends.
 */
import type { GrantModel } from '../model/poa-model.js';
import { headRange, insertInBlock } from './rule-helpers.js';
import { SOURCES, upoaa } from './sources-read.js';
import { rule, type Rule } from './rule.js';

/**
 * The grant names some authority besides a purpose: subjects, acts, filings, health care, or a power
 * given as security (`secures ...`, limited to collecting or selling the deposited securities).
 */
function grantsSomeAct(g: GrantModel): boolean {
    return g.allSubjects || g.subjects.length > 0 || g.hotPowers.length > 0 || g.customPowers.length > 0 || g.filings.length > 0
        || Boolean(g.healthCare || g.security || g.edgarAccess || g.transactionInformation);
}

export const LIMITED_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-purpose',
        clauseKeyword: 'purpose',
        severityBasis: 'error: a power of attorney is a record that grants authority to an agent (Uniform Power of Attorney Act § 102(7), as enacted in D.C. Code § 21-2601.02(a)(7)); a limited power whose grant states neither the purpose or transaction it is limited to nor any subject or act grants no determinable authority, so it is ineffective. Not reported where the grant names its subjects or acts: no law read requires a limited power to state a purpose as well.',
        scope: 'Limited (special) powers whose grant states neither a purpose nor any subject, filing or other act.',
        title: 'Purpose of a limited power',
        kinds: ['limited'], jurisdictions: 'all', severity: 'error',
        message: 'The limited power of attorney does not state the purpose or transaction it is limited to.',
        why: 'A limited power confers only the authority its terms describe; its grant states no purpose and names no subject or act, so the agent\'s authority cannot be determined.',
        action: 'Add a purpose line to the grant.',
        source: 'Restatement (Third) of Agency § 2.02; Uniform Power of Attorney Act § 110(a)(5)',
        provenance: [...upoaa('Uniform Power of Attorney Act § 102(7)', SOURCES.dc260102), ...upoaa('Uniform Power of Attorney Act § 110(a)(5)', SOURCES.dc260110),
            { citation: 'Restatement (Third) of Agency § 2.02', read: 'cited', where: 'not in the stored sources' }],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const g = model.grant;
            // Reported only when the grant names no authority at all: subjects, acts or filings define a limited power as well as a purpose.
            if (g && g.purposes.length === 0 && !grantsSomeAct(g)) report({ range: headRange(g.range, 'grant'.length), fix: insertInBlock('grant', 'purpose "[the transaction the power is limited to]"', 'State the purpose') });
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

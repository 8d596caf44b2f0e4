/**
 * Colorado: the Uniform Power of Attorney Act, C.R.S. §§ 15-14-701 et seq.
 * An acknowledged signature is presumed genuine (recommended, not required);
 * co-agents act independently unless the power says otherwise.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS } from './jurisdiction-rule-factories.js';
import { headRange, insertInBlock, quote } from './rule-helpers.js';
import { SOURCES } from './sources-read.js';
import { rule, type Rule } from './rule.js';

export const COLORADO: JurisdictionProfile = {
    id: 'CO',
    name: 'Colorado',
    act: 'C.R.S. §§ 15-14-701 et seq. (Uniform Power of Attorney Act)',
    witnesses: { value: 0, text: 'Colorado does not require witnesses to a power of attorney', source: 'C.R.S. § 15-14-705' },
    notary: { value: 'recommended', text: 'in Colorado a signature acknowledged before a notary public is presumed genuine', source: 'C.R.S. § 15-14-705' },
    coAgentDefault: { value: 'severally', text: 'in Colorado each co-agent may exercise its authority independently unless the power of attorney provides otherwise', source: 'C.R.S. § 15-14-711(1) (UPOAA § 111(a))' },
    hotPowersExpress: { value: true, text: 'in Colorado gifts, trusts, survivorship, beneficiary designations and delegation require an express grant of specific authority', source: 'C.R.S. § 15-14-724' },
    springing: { value: true, text: 'a Colorado power may take effect on a future event, determined by persons the principal names or by a physician or licensed psychologist', source: 'C.R.S. § 15-14-709' },
    durableByDefault: { value: true, text: 'in Colorado a power of attorney is durable unless it expressly provides that it ends on the principal\'s incapacity', source: 'C.R.S. § 15-14-704' },
    healthCareAct: 'C.R.S. §§ 15-14-501 et seq. (medical durable power of attorney)',
    healthCare: { value: { witnesses: 0, notaryAlternative: false, notaryRequired: false }, text: 'Colorado does not require witnesses or a notary for a medical durable power of attorney', source: 'C.R.S. § 15-14-506' }
};

export const COLORADO_RULES: readonly Rule[] = [
    rule({
        code: 'poa/co-acknowledgment-recommended',
        severityBasis: 'warning: Colorado does not require acknowledgment, but third parties may refuse an unacknowledged power, a real practical risk.',
        scope: 'Financial powers governed by the Colorado Uniform Power of Attorney Act.',
        title: 'Colorado: acknowledgment recommended',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['CO'],
        severity: 'warning',
        message: 'The execution has no notary acknowledgment.',
        why: 'In Colorado a signature acknowledged before a notary public is presumed genuine, and third parties may refuse an unacknowledged power of attorney without the statutory protection for those who accept one.',
        action: 'Add a notary acknowledgment to the execution.',
        source: 'C.R.S. §§ 15-14-705, 15-14-719',
        provenance: [SOURCES.co705, { citation: 'C.R.S. § 15-14-719', read: 'cited', where: 'named in the official comment to § 15-14-705 read at ' + SOURCES.co705.where }],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            if (!e || e.notary) return;
            report({ range: headRange(e.range, 'executed'.length), fix: insertInBlock('execution', `notary acknowledgment in ${quote('Colorado')}`, 'Add a notary acknowledgment') });
        }
    })
];

/**
 * Florida: the Florida Power of Attorney Act, Fla. Stat. §§ 709.2101-709.2402
 * (effective October 1, 2011). Two subscribing witnesses and a notary;
 * no springing powers; "superpowers" initialed one by one.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS, notaryRequiredRule, witnessesRequiredRule, type ActScope } from './jurisdiction-rule-factories.js';
import { floridaActGoverns } from './instrument-scope.js';
import { hotPower } from '../catalog/general-powers-catalog.js';
import { rule, type Rule } from './rule.js';

export const FLORIDA: JurisdictionProfile = {
    id: 'FL',
    name: 'Florida',
    act: 'Fla. Stat. §§ 709.2101-709.2402',
    witnesses: { value: 2, text: 'Florida requires the power of attorney to be signed by two subscribing witnesses', source: 'Fla. Stat. § 709.2105(2)' },
    notary: { value: 'required', text: 'Florida requires the principal to acknowledge the power of attorney before a notary public', source: 'Fla. Stat. § 709.2105(2)' },
    coAgentDefault: { value: 'severally', text: 'in Florida each co-agent may exercise its authority independently unless the power of attorney provides otherwise', source: 'Fla. Stat. § 709.2111(1)' },
    hotPowersExpress: { value: true, text: 'in Florida an agent may exercise gifts, trusts, survivorship, beneficiary and similar authority only if the principal signed or initialed next to each one', source: 'Fla. Stat. § 709.2202(1)' },
    springing: { value: false, text: 'a Florida power of attorney executed on or after October 1, 2011 is exercisable when executed; one conditioned on the principal\'s incapacity is not permitted (military deployment excepted)', source: 'Fla. Stat. § 709.2108' },
    durableByDefault: { value: false, text: 'in Florida a power of attorney is durable only if it says that it is not terminated by the principal\'s subsequent incapacity', source: 'Fla. Stat. § 709.2104' },
    healthCare: { value: { witnesses: 2, notaryAlternative: false, notaryRequired: false }, text: 'Florida requires a health care surrogate designation to be signed before two subscribing adult witnesses', source: 'Fla. Stat. § 765.202(1)' }
};

/** Part II of chapter 709 governs powers of individuals: "principal" means an individual (§ 709.2102). */
const PART_II: ActScope = {
    text: 'Financial powers given by an individual and governed by Fla. Stat. ch. 709, part II (§ 709.2102: "principal" means an individual). Not an entity principal\'s power.',
    governs: ({ model }) => floridaActGoverns(model)
};

export const FLORIDA_RULES: readonly Rule[] = [
    notaryRequiredRule(FLORIDA, 'poa/fl-notary-required', PART_II),
    witnessesRequiredRule(FLORIDA, 'poa/fl-witnesses-required', PART_II),
    rule({
        code: 'poa/fl-springing-void',
        severityBasis: 'error: Fla. Stat. § 709.2108 makes a power conditioned on later incapacity not exercisable as such.',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: springing powers not permitted',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'error',
        message: 'The power of attorney takes effect on the principal\'s incapacity.',
        why: 'A Florida power of attorney executed on or after October 1, 2011 is exercisable from execution; a power conditioned on the principal\'s later incapacity is not permitted, except one conditioned on military deployment.',
        action: 'Make the power effective immediately (and durable, if it is to survive incapacity).',
        source: FLORIDA.springing.source,
        check: ({ model }, report) => {
            const start = model.term?.start;
            if (start?.springing) report({ range: start.range });
        }
    }),
    rule({
        code: 'poa/fl-superpowers-initials',
        severityBasis: 'information (to be reviewed).',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: each superpower must be initialed',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'information',
        message: 'The power of attorney grants authority to {power}.',
        why: 'In Florida the agent may exercise this authority only if the principal signs or initials next to it in the instrument.',
        action: 'Have the principal initial or sign next to this grant when the instrument is executed.',
        source: FLORIDA.hotPowersExpress.source,
        check: ({ model }, report) => {
            for (const h of model.grant?.hotPowers ?? []) report({ range: h.range, args: { power: hotPower(h.id)?.text ?? h.id } });
        }
    })
];

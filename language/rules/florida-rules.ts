/**
 * Florida: the Florida Power of Attorney Act, Fla. Stat. §§ 709.2101-709.2402
 * (effective October 1, 2011). Two subscribing witnesses and a notary;
 * no springing powers; "superpowers" initialed one by one.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { FINANCIAL_KINDS, notaryRequiredRule, witnessesRequiredRule, type ActScope } from './jurisdiction-rule-factories.js';
import { floridaActGoverns } from './instrument-scope.js';
import { hotPower } from '../catalog/general-powers-catalog.js';
import { headRange } from './rule-helpers.js';
import { appointedAgentWitnesses } from './witness-qualifications.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

/** A name that ends like a company's ("Acme Trust Company", "Sequoia Capital Operations, LLC"). */
const ENTITY_NAME = /\b(inc|incorporated|llc|l\.l\.c|corp|corporation|company|co|lp|l\.p|llp|ltd|limited|bank|n\.a|trust)\.?$/i;

/** The authority § 709.2202(1) lets an agent exercise only if the principal signed or initialed next to each. */
export const FLORIDA_SUPERPOWERS: readonly string[] = ['trusts', 'gifts', 'survivorship', 'beneficiaries', 'annuityWaiver', 'disclaimers'];


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
    healthCareAct: 'Fla. Stat. ch. 765 (health care advance directives)',
    healthCare: { value: { witnesses: 2, notaryAlternative: false, notaryRequired: false }, text: 'Florida requires a health care surrogate designation to be signed before two subscribing adult witnesses', source: 'Fla. Stat. § 765.202(1)' }
};

/** Part II of chapter 709 governs powers of individuals: "principal" means an individual (§ 709.2102). */
const PART_II: ActScope = {
    text: 'Financial powers given by an individual and governed by Fla. Stat. ch. 709, part II (§ 709.2102: "principal" means an individual). Not an entity principal\'s power.',
    governs: ({ model }) => floridaActGoverns(model),
    provenance: [SOURCES.fl2105, SOURCES.fl2102]
};

export const FLORIDA_RULES: readonly Rule[] = [
    rule({
        code: 'poa/fl-healthcare-surrogate-witness',
        severityBasis: 'error: § 765.202(1)-(2) requires the designation to be signed before two subscribing adult witnesses and says the person designated as surrogate shall not act as witness; with the surrogate as one of them the designation lacks a second qualified witness.',
        scope: 'Designations of a health care surrogate (health-care powers) governed by Fla. Stat. ch. 765, whose execution names the surrogate as a witness (by name, or `witness ... is agent`). An alternate surrogate who witnesses is not reported: the section names the person designated as surrogate.',
        title: 'Florida: the health care surrogate may not witness the designation',
        kinds: ['healthcare'],
        jurisdictions: ['FL'],
        severity: 'error',
        message: '{name} is named both as a witness and as the health care surrogate.',
        why: 'A Florida designation of a health care surrogate must be signed before two adult witnesses, and the person designated as surrogate may not act as a witness to its execution.',
        action: 'Have another adult, not designated as surrogate, witness the signature.',
        source: 'Fla. Stat. § 765.202(2)',
        provenance: [SOURCES.fl765202],
        check: ({ model }, report) => {
            for (const w of appointedAgentWitnesses(model)) report({ range: w.range, args: { name: w.name } });
        }
    }),
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
        provenance: [SOURCES.fl2108, SOURCES.fl2102],
        check: ({ model }, report) => {
            const start = model.term?.start;
            if (start?.springing) report({ range: start.range });
        }
    }),
    rule({
        code: 'poa/fl-superpowers-initials',
        severityBasis: 'error: under § 709.2202(1) the agent may exercise this authority only if the principal signed or initialed next to it; without the initials the grant is ineffective. The model records the initials with `initialed` after the express powers.',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: each superpower must be signed or initialed',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'error',
        message: 'The power of attorney grants authority to {power}, but does not provide for the principal\'s initials or signature next to it.',
        why: 'In Florida the agent may exercise this authority only if the principal signs or initials next to each such grant; without them the grant gives the agent nothing.',
        action: 'Provide for the principal\'s initials next to this grant (write "initialed" after the express powers) and have the principal initial it when signing.',
        source: FLORIDA.hotPowersExpress.source,
        provenance: [SOURCES.fl2202, SOURCES.fl2102],
        check: ({ model }, report) => {
            for (const h of model.grant?.hotPowers ?? []) {
                if (FLORIDA_SUPERPOWERS.includes(h.id) && !h.initialed) report({ range: h.range, args: { power: hotPower(h.id)?.text ?? h.id, id: h.id } });
            }
        }
    }),
    rule({
        code: 'poa/fl-general-grant',
        severityBasis: 'warning: § 709.2201(1) lets an agent exercise only authority specifically granted, and says general provisions that do not identify the specific authority granted grant none. A grant of general authority over a subject, named only by the subject, names no act; it is at real risk of being read as such a provision, but the section does not say so of it, so this is not an error.',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: authority named only by subject',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'warning',
        message: 'The grant gives general authority over {subjects}, named only by subject; it does not say which acts the agents may do.',
        why: 'In Florida an agent may exercise only the authority the power of attorney specifically grants. General provisions that do not identify the specific authority granted, such as one giving the agent authority to do all acts the principal can do, grant the agent no authority.',
        action: 'Write out the acts the agents may do in each subject, one `power "..."` line each (for example `power "to sell, convey, lease and mortgage real property"`), in place of the subjects line.',
        source: 'Fla. Stat. § 709.2201(1)',
        provenance: [SOURCES.fl2201, SOURCES.fl2102],
        check: ({ model }, report) => {
            const g = model.grant;
            if (!g || (!g.allSubjects && g.subjects.length === 0)) return;
            const range = g.subjectsRange ? headRange(g.subjectsRange, 'subjects'.length) : headRange(g.range, 'grant'.length);
            report({ range, args: { subjects: g.allSubjects ? 'every subject' : g.subjects.length === 1 ? 'one subject' : `${g.subjects.length} subjects` } });
        }
    }),
    rule({
        code: 'poa/fl-fiduciary-powers',
        severityBasis: 'warning: the agent may not exercise the principal\'s powers as trustee or court-appointed fiduciary (§ 709.2201(3)), so this grant gives nothing in Florida; a warning until the section\'s own text is read (see provenance).',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: fiduciary powers cannot be delegated',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'warning',
        message: 'The power of attorney grants authority to exercise the principal\'s fiduciary powers.',
        why: 'In Florida an agent may not exercise powers and authority granted to the principal as trustee or as court-appointed fiduciary, whatever the power of attorney says.',
        action: 'Remove this grant; a trustee delegates under the trust instrument and the trust code, a court-appointed fiduciary only as the court allows.',
        source: 'Fla. Stat. § 709.2201(3)',
        provenance: [{ citation: 'Fla. Stat. § 709.2201(3) (the trustee and court-appointed fiduciary paragraph)', read: 'cited', where: 'quoted at https://www.delandattorneys.com/blog/can-a-poa-be-used-to-act-for-a-trustee/; the section text was read only through (3)(b), at https://instalawyer.io/laws/florida-statutes/7092201-authority-of-agent' }],
        check: ({ model }, report) => {
            for (const h of model.grant?.hotPowers ?? []) if (h.id === 'fiduciaryPowers') report({ range: h.range });
        }
    }),
    rule({
        code: 'poa/fl-agent-qualification',
        severityBasis: 'warning: § 709.2105(1) allows as agent only a natural person of 18 or more or a Florida trust institution; the model cannot tell whether a named company is such an institution, so a company agent is a real risk, not a certain defect.',
        scope: PART_II.text,
        governs: PART_II.governs,
        title: 'Florida: who may be an agent',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['FL'],
        severity: 'warning',
        message: '{name} appears to be a company, not a natural person.',
        why: 'In Florida the agent must be a natural person who is 18 years of age or older, or a financial institution that has trust powers, has a place of business in Florida and is authorized to conduct trust business in Florida.',
        action: 'Confirm that {name} is such a financial institution, or appoint a natural person.',
        source: 'Fla. Stat. § 709.2105(1)',
        provenance: [SOURCES.fl2105],
        check: ({ model }, report) => {
            for (const a of [...model.agents, ...model.successors]) {
                const name = a.name.value;
                if (name && !a.office && ENTITY_NAME.test(name)) report({ range: a.nameRange, args: { name } });
            }
        }
    })
];

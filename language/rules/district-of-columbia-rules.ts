/**
 * The District of Columbia: the Uniform Power of Attorney Act of 2022,
 * D.C. Code §§ 21-2601.01 et seq. (effective February 23, 2023), which
 * replaced the 1998 statutory form (former § 21-2101). Unlike the uniform
 * act, the District makes a notary acknowledgment a condition of validity.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { notaryRequiredRule } from './jurisdiction-rule-factories.js';
import { executedBefore, headRange, insertInBlock, sameName } from './rule-helpers.js';
import { clearOf, disqualifications, witnessRecords } from './witness-qualifications.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const DISTRICT_OF_COLUMBIA: JurisdictionProfile = {
    id: 'DC',
    name: 'the District of Columbia',
    act: 'D.C. Code §§ 21-2601.01 et seq. (Uniform Power of Attorney Act)',
    witnesses: { value: 0, text: 'the District of Columbia does not require witnesses to a financial power of attorney', source: 'D.C. Code § 21-2601.05' },
    notary: { value: 'required', text: 'in the District of Columbia a power of attorney is not valid unless acknowledged before a notary public or other individual authorized to take acknowledgments', source: 'D.C. Code § 21-2601.05(b)' },
    coAgentDefault: { value: 'severally', text: 'in the District of Columbia each co-agent may exercise its authority independently unless the power of attorney provides otherwise', source: 'D.C. Code § 21-2601.11(a) (UPOAA § 111(a))' },
    hotPowersExpress: { value: true, text: 'in the District of Columbia gifts, trusts, survivorship, beneficiary designations, delegation and similar acts require an express grant', source: 'D.C. Code § 21-2602.01 (UPOAA § 201(a))' },
    springing: { value: true, text: 'a District of Columbia power may take effect on a future event, determined by persons the principal names or by a physician or licensed psychologist', source: 'D.C. Code § 21-2601.09 (UPOAA § 109)' },
    durableByDefault: { value: true, text: 'in the District of Columbia a power of attorney is durable unless it expressly provides that it ends on the principal\'s incapacity', source: 'D.C. Code § 21-2601.04 (UPOAA § 104)' },
    healthCareAct: 'D.C. Code §§ 21-2201 et seq. (durable power of attorney for health care)',
    healthCare: { value: { witnesses: 2, notaryAlternative: false, notaryRequired: false }, text: 'the District of Columbia requires a durable power of attorney for health care to be signed before two adult witnesses', source: 'D.C. Code § 21-2205' }
};

/** § 21-2205(b)'s sentences, or words substantially like them: "shall not be affected by the subsequent incapacity of the principal", "becomes effective upon the incapacity of the principal". */
const DURABILITY_WORDS = /\bnot be affected by (?:the )?(?:subsequent )?(?:disability or )?incapacity\b|\b(?:become|becomes|shall become) effective (?:up)?on (?:the )?(?:disability or )?incapacity\b/i;

/** The effective date of the District's Uniform Power of Attorney Act (D.C. Law 24-236; § 21-2601.06(a)). */
const UPOAA_FROM = '2023-02-23';

export const DISTRICT_OF_COLUMBIA_RULES: readonly Rule[] = [
    notaryRequiredRule(DISTRICT_OF_COLUMBIA, 'poa/dc-notary-required', {
        text: `Financial powers governed by ${DISTRICT_OF_COLUMBIA.act}, executed on or after its effective date, February 23, 2023: one executed before then is valid if it met the District's law of the time (§ 21-2601.06(b)).`,
        // A date the file does not give (a blank, a parameter) is taken as a power still to be signed, under today's law.
        governs: ({ model }) => !executedBefore(model.execution?.date.value, UPOAA_FROM),
        provenance: [SOURCES.dc260105b, SOURCES.dc260106b]
    }),
    rule({
        code: 'poa/dc-healthcare-durability',
        severityBasis: 'error: § 21-2205(b) requires a durable power of attorney for health care to include language that it is not affected by, or becomes effective upon, the principal\'s incapacity; without it the instrument is not a durable power of attorney for health care under the subchapter.',
        scope: 'Health-care powers governed by D.C. Code §§ 21-2201 et seq.',
        title: 'District of Columbia: durability words in a health-care power',
        kinds: ['healthcare'],
        jurisdictions: ['DC'],
        severity: 'error',
        message: 'The health-care power of attorney does not say that it survives, or takes effect on, the principal\'s incapacity.',
        why: 'In the District of Columbia a durable power of attorney for health care must include words identical or substantially similar to "This power of attorney shall not be affected by the subsequent incapacity of the principal" or "This power of attorney becomes effective upon the incapacity of the principal".',
        action: 'State in the term that the power is durable, or that it starts on incapacity.',
        source: 'D.C. Code § 21-2205(b)',
        provenance: [SOURCES.dc2205],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const t = model.term;
            if (t?.durable === true || t?.start?.springing) return;
            // The section's own sentences, kept as written, are its words.
            if (model.wordings.some((w) => DURABILITY_WORDS.test(w.text))) return;
            report({ range: t ? headRange(t.range, 'term'.length) : model.nameRange, fix: insertInBlock('term', 'durable', 'State that the power is durable') });
        }
    }),
    rule({
        code: 'poa/dc-healthcare-unrelated-witness',
        severityBasis: 'error: § 21-2205(c)-(d) requires a durable power of attorney for health care to be signed by two adult witnesses, at least one of whom is not related to the principal and takes nothing from the principal\'s estate; with no such witness the power is not executed as the subchapter requires.',
        scope: 'Health-care powers governed by D.C. Code §§ 21-2201 et seq.',
        title: 'District of Columbia: one health-care witness must be unrelated',
        kinds: ['healthcare'],
        jurisdictions: ['DC'],
        severity: 'error',
        message: 'The execution says that none of the witnesses is unrelated to the principal and free of any claim to the estate.',
        why: 'In the District of Columbia, of the two adult witnesses to a durable power of attorney for health care, at least one must not be related to the principal by blood, marriage or adoption and must not be entitled to any part of the principal\'s estate by a current will or by operation of law.',
        action: 'Have at least one witness who is neither a relative nor an heir or beneficiary of the principal.',
        source: 'D.C. Code § 21-2205(c)-(d)',
        provenance: [SOURCES.dc2205],
        check: ({ model }, report) => {
            const w = model.execution?.witnesses;
            if (!w) return;
            // `with 0 unrelated`, or every witness stated to be a relative or an heir (`witness 1 is related`).
            const records = witnessRecords(model).records;
            const everyOneBarred = w.unrelated === undefined && records.length > 0 && records.every((r) => disqualifications(r, DC_2205_D).length > 0);
            if (w.unrelated === 0 || everyOneBarred) report({ range: w.range });
        }
    }),
    rule({
        code: 'poa/dc-healthcare-unrelated-witness-unstated',
        severityBasis: 'information: the file does not record whether a witness is unrelated; the rule reminds the drafter of the qualification § 21-2205(d) requires, which the file cannot show.',
        scope: 'Health-care powers governed by D.C. Code §§ 21-2201 et seq. whose execution names witnesses without saying how many are unrelated.',
        title: 'District of Columbia: record the unrelated health-care witness',
        kinds: ['healthcare'],
        jurisdictions: ['DC'],
        severity: 'information',
        message: 'The execution does not say whether a witness is unrelated to the principal.',
        why: 'In the District of Columbia at least one of the two witnesses to a durable power of attorney for health care must not be related to the principal by blood, marriage or adoption nor entitled to any part of the principal\'s estate.',
        action: 'Once the witnesses are chosen, write "with 1 unrelated" after them, or state it of the witness in the witnesses\' block (`witness "Ann Lee" is not-related, not-heir`).',
        source: 'D.C. Code § 21-2205(d)',
        provenance: [SOURCES.dc2205],
        check: ({ model }, report) => {
            const w = model.execution?.witnesses;
            if (!w || w.unrelated !== undefined) return;
            const records = witnessRecords(model).records;
            // Recorded by a witness stated to be neither (`witness 1 is not-related, not-heir`), or refuted: the error's case.
            if (records.some((r) => clearOf(r, DC_2205_D))) return;
            if (records.length > 0 && records.every((r) => disqualifications(r, DC_2205_D).length > 0)) return;
            report({ range: w.range });
        }
    }),
    rule({
        code: 'poa/dc-healthcare-provider-witness',
        severityBasis: 'error: § 21-2205(c) requires a durable power of attorney for health care to be signed by 2 adult witnesses and says they shall not include the principal, the principal\'s health-care provider or an employee of that provider; the file states that a witness is such a person and fewer than two other witnesses remain.',
        scope: 'Health-care powers governed by D.C. Code §§ 21-2201 et seq., where the file names the principal as a witness or states what a witness is (`witness ... is health-care-provider`).',
        title: 'District of Columbia: the principal and the health-care provider may not witness',
        kinds: ['healthcare'],
        jurisdictions: ['DC'],
        severity: 'error',
        message: '{name} {is}, and may not be one of the two witnesses.',
        why: 'In the District of Columbia the two adult witnesses to a durable power of attorney for health care may not include the principal, the principal\'s health-care provider or an employee of the health-care provider.',
        action: 'Have another adult who is none of those persons witness the signature.',
        source: 'D.C. Code § 21-2205(c)',
        provenance: [SOURCES.dc2205],
        check: ({ model }, report) => {
            const records = witnessRecords(model).records;
            const barred = records.map((r) => {
                const principal = model.principals.some((p) => sameName(p.name.value, r.label));
                const is = principal ? 'is the principal' : disqualifications(r, ['health-care-provider']).length > 0 ? 'is stated to be the principal\'s health-care provider or an employee of the provider' : undefined;
                return { r, is };
            });
            if (records.length - barred.filter((b) => b.is).length >= 2) return;
            for (const b of barred) if (b.is) report({ range: b.r.range, args: { name: b.r.label, is: b.is } });
        }
    })
];

/** The witness § 21-2205(d) asks for at least once: neither related to the principal nor an heir. */
const DC_2205_D = ['related', 'heir'] as const;

/**
 * Health-care powers of attorney: the health-care authority itself and the
 * witnesses or notary the jurisdiction requires (read from its profile).
 */
import { headRange, insertInBlock, quote } from './rule-helpers.js';
import { SOURCES } from './sources-read.js';
import { rule, type Rule } from './rule.js';


/** Words that give health-care decisions: "make any and all decisions concerning my ... health care", "medical treatment decisions". */
const HEALTH_CARE_DECISIONS = /\bdecisions?\b[^.;]*\b(?:health[- ]care|medical)\b|\b(?:health[- ]care|medical)\b[^.;]*\bdecisions?\b/i;
export const HEALTHCARE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-health-care-authority',
        clauseKeyword: 'health-care',
        severityBasis: 'error: a health-care agent may decide only what the instrument authorizes; without that authority the instrument is ineffective as a health-care power.',
        scope: 'Health-care powers, under the health-care statute of the governing state, whose grant neither says `health-care decisions` nor, in a power written out or its own words, gives decisions about health care or medical treatment.',
        title: 'Health-care authority',
        kinds: ['healthcare'], jurisdictions: 'all', severity: 'error',
        message: 'The grant does not give the agent authority to make health-care decisions.',
        why: 'A health-care agent may decide only what the instrument authorizes; a financial power does not carry health-care authority.',
        action: 'Add "health-care decisions" to the grant.',
        source: '{source}',
        provenance: [{ citation: 'the health-care statute of the governing jurisdiction (each jurisdiction\'s, as the Jurisdictions table names it)', read: 'cited' }, SOURCES.dc2205, SOURCES.il410],
        quickFix: 'insert-in-block',
        check: ({ model, profile }, report) => {
            const g = model.grant;
            const source = profile && profile.id !== 'federal' ? profile.healthCareAct : 'the health-care statute of the governing state';
            if (!g || g.healthCare) return;
            // A power written out, or the grant's own words, that give health-care (or medical) decisions give the authority.
            const words = [...g.customPowers.map((p) => p.wording?.text ?? p.text), g.wording?.text ?? ''];
            if (words.some((w) => HEALTH_CARE_DECISIONS.test(w))) return;
            report({ range: headRange(g.range, 'grant'.length), args: { source }, fix: insertInBlock('grant', 'health-care decisions', 'Grant health-care decision authority') });
        }
    }),
    rule({
        code: 'poa/healthcare-execution',
        severityBasis: 'error: each state act makes the listed witnesses or notary a condition of a valid health-care power.',
        scope: 'Health-care powers of a jurisdiction in the table.',
        title: 'Witnesses or notary for a health-care power',
        kinds: ['healthcare'], jurisdictions: 'all', severity: 'error',
        message: 'The execution does not meet {name}\'s requirements for a health-care power of attorney.',
        why: '{rule}; a health-care agent\'s authority may be refused by providers if the instrument was not executed that way.',
        action: 'Provide for the required witnesses{notary} in the execution.',
        source: '{source}',
        provenance: [SOURCES.ca4673, SOURCES.dc2205, SOURCES.il410, SOURCES.il451, { citation: 'N.Y. Pub. Health Law § 2981(2); Fla. Stat. § 765.202(1); Tex. Health & Safety Code § 166.154; C.R.S. § 15-14-506', read: 'cited' }],
        quickFix: 'insert-in-block',
        check: ({ model, profile }, report) => {
            const e = model.execution;
            if (!e || !profile) return;
            const req = profile.healthCare.value;
            const witnesses = e.witnesses?.count ?? 0;
            const witnessed = witnesses >= req.witnesses;
            const ok = (witnessed || (req.notaryAlternative && !!e.notary)) && (!req.notaryRequired || !!e.notary);
            if (ok) return;
            const fix = !witnessed && !e.witnesses
                ? insertInBlock('execution', `witnesses ${req.witnesses}`, `Provide for ${req.witnesses} witnesses`)
                : req.notaryRequired && !e.notary ? insertInBlock('execution', `notary acknowledgment in ${quote(profile.name)}`, 'Add a notary acknowledgment') : undefined;
            report({
                range: headRange(e.range, 'executed'.length),
                args: { name: profile.name, rule: profile.healthCare.text, source: profile.healthCare.source, notary: req.notaryAlternative ? ' (or a notary acknowledgment)' : req.notaryRequired ? ' and a notary acknowledgment' : '' },
                fix
            });
        }
    })
];

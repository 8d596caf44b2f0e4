/**
 * General (durable financial) powers of attorney in the style of the Uniform
 * Power of Attorney Act: a durability statement, the subjects granted, and
 * known subject and hot-power names.
 */
import { hotPower, HOT_POWERS, subject, SUBJECTS } from '../catalog/general-powers-catalog.js';
import { headRange, insertInBlock } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';

const UPOAA_DURABLE = 'under the Uniform Power of Attorney Act a power is durable unless it says otherwise, but several states (among them California, Florida and Texas) treat it as durable only if it says so';

export const GENERAL_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-durability',
        severityBasis: 'error (to be reviewed): stated as required for general powers.',
        scope: 'General (durable financial) powers, under the governing state act.',
        title: 'Durability statement',
        kinds: ['general'], jurisdictions: 'all', severity: 'error',
        message: 'The power of attorney does not say whether it survives the principal\'s incapacity.',
        why: 'Durability is the point of most financial powers: {rule}.',
        action: 'State in the term that the power is durable (or, expressly, that it is not durable).',
        source: '{source}',
        quickFix: 'insert-in-block',
        check: ({ model, profile }, report) => {
            if (model.term?.durable !== undefined) return;
            const range = model.term ? headRange(model.term.range, 'term'.length) : model.nameRange;
            report({
                range,
                args: { rule: profile && profile.id !== 'federal' ? profile.durableByDefault.text : UPOAA_DURABLE, source: profile && profile.id !== 'federal' ? profile.durableByDefault.source : 'Uniform Power of Attorney Act § 104' },
                fix: insertInBlock('term', 'durable', 'State that the power is durable'),
                alternatives: [insertInBlock('term', 'not durable', 'State that the power is not durable')]
            });
        }
    }),
    rule({
        code: 'poa/missing-subjects',
        severityBasis: 'error: under the acts modelled on the Uniform Power of Attorney Act a general power confers authority only over the subjects it grants; with none it is ineffective.',
        scope: 'General (durable financial) powers.',
        title: 'Subjects of a general power',
        kinds: ['general'], jurisdictions: 'all', severity: 'error',
        message: 'The grant names no subjects (real property, banking, taxes, ...).',
        why: 'Under the Uniform Power of Attorney Act an agent has authority over a subject only if the power grants it by referring to the subject or to all acts the principal could do.',
        action: 'Add a subjects line to the grant (or "subjects all").',
        source: 'Uniform Power of Attorney Act §§ 201(c), 202-203',
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const g = model.grant;
            if (!g || g.allSubjects || g.subjects.length > 0 || g.customPowers.length > 0) return;
            report({ range: headRange(g.range, 'grant'.length), fix: insertInBlock('grant', 'subjects realProperty, banks, taxes', 'Grant authority over real property, banking and taxes') });
        }
    }),
    rule({
        code: 'poa/unknown-subject',
        severityBasis: 'error: a subject the catalog does not define incorporates no statutory authority, so that grant is ineffective.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Unknown subject',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: '"{id}" is not a subject of authority the checks know.',
        why: 'Each subject incorporates the statutory description of the authority it confers; an unrecognized subject grants nothing definite.',
        action: 'Use one of: {known}.',
        source: 'Uniform Power of Attorney Act §§ 204-216',
        check: ({ model }, report) => {
            for (const s of model.grant?.subjects ?? []) {
                if (!subject(s.id)) report({ range: s.range, args: { id: s.id, known: SUBJECTS.map((x) => x.id).join(', ') } });
            }
        }
    }),
    rule({
        code: 'poa/unknown-hot-power',
        severityBasis: 'error: an unrecognized express power grants nothing definite, so that grant is ineffective.',
        scope: 'Every power of attorney, whatever its kind or governing law.',
        title: 'Unknown express power',
        kinds: 'all', jurisdictions: 'all', severity: 'error',
        message: '"{id}" is not one of the powers that must be granted expressly.',
        why: 'Only the listed acts need an express grant; an unrecognized name grants nothing definite.',
        action: 'Use one of: {known}.',
        source: 'Uniform Power of Attorney Act § 201(a)',
        check: ({ model }, report) => {
            for (const h of model.grant?.hotPowers ?? []) {
                if (!hotPower(h.id)) report({ range: h.range, args: { id: h.id, known: HOT_POWERS.map((x) => x.id).join(', ') } });
            }
        }
    })
];

/**
 * General (durable financial) powers of attorney in the style of the Uniform
 * Power of Attorney Act: a durability statement, the subjects granted, and
 * known subject and hot-power names.
 */
import { hotPower, HOT_POWERS, subject, SUBJECTS } from '../catalog/general-powers-catalog.js';
import { headRange, insertInBlock } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';
import { SOURCES, upoaa } from './sources-read.js';

const UPOAA_DURABLE = 'under the Uniform Power of Attorney Act a power is durable unless it says otherwise, but several states (among them California, Florida and Texas) treat it as durable only if it says so';

/**
 * In California and Texas a power that takes effect on the principal's incapacity is durable by
 * its terms (Cal. Prob. Code § 4124(b); Tex. Est. Code § 751.0021(a)(3)(B)).
 */
const SPRINGING_MAKES_DURABLE = new Set(['CA', 'TX']);

export const GENERAL_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-durability',
        clauseKeyword: 'durable',
        severityBasis: 'warning where the governing law makes a power durable only if it says so (California, Florida, Texas, or a jurisdiction not in the table): the power is valid but ends on the principal\'s incapacity, a real risk. Information where the power is durable by default (New York, Illinois, the District of Columbia, Colorado and the Uniform Act states), and no finding where springing on incapacity makes it durable (California, Texas).',
        scope: 'General (durable financial) powers, and limited powers whose title calls them durable ("DURABLE LIMITED POWER OF ATTORNEY"), under the governing state act, of a principal who is an individual: an entity principal (a company, trust or fund) is not incapacitated.',
        title: 'Durability statement',
        kinds: ['general', 'limited'], jurisdictions: 'all', severity: 'warning',
        message: 'The power of attorney does not say whether it survives the principal\'s incapacity.',
        why: 'Durability is the point of most financial powers: {rule}.',
        action: 'State in the term that the power is durable (or, expressly, that it is not durable).',
        source: '{source}',
        provenance: [
            { citation: 'the governing jurisdiction\'s durability rule (N.Y. Gen. Oblig. Law § 5-1501A; C.R.S. § 15-14-704; Cal. Prob. Code § 4124; Fla. Stat. § 709.2104; Uniform Power of Attorney Act § 104)', read: 'cited' },
            SOURCES.dc260104,
            SOURCES.il25,
            SOURCES.tx002,
            SOURCES.tx0021
        ],
        quickFix: 'insert-in-block',
        check: ({ model, profile }, report) => {
            if (model.term?.durable !== undefined) return;
            // A limited power is asked only when its title says it is durable, and its words may not.
            if (model.kind === 'limited' && !/\bdurable\b/i.test(model.title.value ?? '')) return;
            // A company, trust or fund does not become incapacitated: durability is a question for individuals.
            if (model.principals.length > 0 && model.principals.every((p) => p.entity)) return;
            const state = profile && profile.id !== 'federal' ? profile : undefined;
            if (state && model.term?.start?.springing && SPRINGING_MAKES_DURABLE.has(state.id)) return;
            const range = model.term ? headRange(model.term.range, 'term'.length) : model.nameRange;
            report({
                range,
                // Durable by default (New York, Illinois, the Uniform Act states): stating it is drafting practice.
                severity: state?.durableByDefault.value ? 'information' : undefined,
                args: { rule: profile && profile.id !== 'federal' ? profile.durableByDefault.text : UPOAA_DURABLE, source: profile && profile.id !== 'federal' ? profile.durableByDefault.source : 'Uniform Power of Attorney Act § 104' },
                fix: insertInBlock('term', 'durable', 'State that the power is durable'),
                alternatives: [insertInBlock('term', 'not durable', 'State that the power is not durable')]
            });
        }
    }),
    rule({
        code: 'poa/missing-subjects',
        clauseKeyword: ['subjects', 'power'],
        severityBasis: 'error: under the acts modelled on the Uniform Power of Attorney Act a general power confers authority only over the subjects it grants; with none it is ineffective.',
        scope: 'General (durable financial) powers.',
        title: 'Subjects of a general power',
        kinds: ['general'], jurisdictions: 'all', severity: 'error',
        message: 'The grant names no subjects (real property, banking, taxes, ...).',
        why: '{rule}',
        action: '{action}',
        source: '{source}',
        provenance: [...upoaa('Uniform Power of Attorney Act §§ 201(c), 202-203', SOURCES.dc260201), SOURCES.fl2201],
        quickFix: 'insert-in-block',
        check: ({ model, profile }, report) => {
            const g = model.grant;
            // Authority granted expressly (gifts, trusts, ...) or for a stated purpose is a grant: only a grant of nothing is reported.
            if (!g || g.allSubjects || g.subjects.length > 0 || g.customPowers.length > 0 || g.hotPowers.length > 0 || g.purposes.length > 0) return;
            // Florida honours only authority granted specifically (poa/fl-general-grant warns on subjects named alone), so
            // there the advice and the fix write out an act, not a subjects line.
            if (profile?.id === 'FL') {
                const power = 'power "to sell, convey, lease and mortgage real property"';
                report({
                    range: headRange(g.range, 'grant'.length),
                    args: {
                        rule: 'In Florida an agent may exercise only the authority the power grants specifically; a grant of all acts the principal could do grants nothing.',
                        action: `Write out the acts the agents may do, one \`power "..."\` line each (for example \`${power}\`).`,
                        source: 'Fla. Stat. § 709.2201(1)'
                    },
                    fix: insertInBlock('grant', power, 'Grant authority to sell, convey, lease and mortgage real property')
                });
                return;
            }
            const args = {
                rule: 'Under the Uniform Power of Attorney Act an agent has authority over a subject only if the power grants it by referring to the subject or to all acts the principal could do.',
                action: 'Add a subjects line to the grant (or "subjects all").',
                source: 'Uniform Power of Attorney Act §§ 201(c), 202-203'
            };
            report({ range: headRange(g.range, 'grant'.length), args, fix: insertInBlock('grant', 'subjects realProperty, banks, taxes', 'Grant authority over real property, banking and taxes') });
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
        provenance: upoaa('Uniform Power of Attorney Act §§ 204-216', SOURCES.dc260201),
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
        provenance: upoaa('Uniform Power of Attorney Act § 201(a)', SOURCES.dc260201),
        check: ({ model }, report) => {
            for (const h of model.grant?.hotPowers ?? []) {
                if (!hotPower(h.id)) report({ range: h.range, args: { id: h.id, known: HOT_POWERS.map((x) => x.id).join(', ') } });
            }
        }
    })
];

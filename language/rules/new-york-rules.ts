/**
 * New York: the General Obligations Law, article 5, title 15 (as reformed
 * effective June 13, 2021, when § 5-1514, the statutory gifts rider, was
 * repealed: gift authority is now a modification under §§ 5-1513 and 5-1503). Execution needs a notary acknowledgment and two
 * witnesses; co-agents act jointly unless the power says otherwise.
 */
import type { JurisdictionProfile } from './jurisdiction-profile.js';
import { notaryRequiredRule, witnessesRequiredRule, FINANCIAL_KINDS, type ActScope } from './jurisdiction-rule-factories.js';
import { newYorkTitle15Governs } from './instrument-scope.js';
import { executedBefore, headRange, insertInBlock } from './rule-helpers.js';
import { agentWitnesses, appointedAgentWitnesses, witnessRecords } from './witness-qualifications.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const NEW_YORK: JurisdictionProfile = {
    id: 'NY',
    name: 'New York',
    act: 'N.Y. Gen. Oblig. Law §§ 5-1501 to 5-1513',
    witnesses: { value: 2, text: 'New York requires the principal\'s signature to be witnessed by two persons who are not agents or gift recipients (the notary may be one of them)', source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)' },
    notary: { value: 'required', text: 'New York requires the principal\'s signature to be acknowledged in the manner of a deed', source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)' },
    coAgentDefault: { value: 'jointly', text: 'in New York co-agents must act jointly unless the power of attorney provides otherwise', source: 'N.Y. Gen. Oblig. Law § 5-1508(1)' },
    hotPowersExpress: { value: true, text: 'in New York authority beyond the statutory short form (gifts beyond the statutory default, trusts, changes of beneficiaries or survivorship) must be granted expressly in the Modifications section, since the statutory gifts rider was repealed in 2021', source: 'N.Y. Gen. Oblig. Law §§ 5-1513, 5-1503' },
    springing: { value: true, text: 'a New York power of attorney may take effect on a future date or contingency', source: 'N.Y. Gen. Oblig. Law § 5-1501B' },
    durableByDefault: { value: true, text: 'in New York a power of attorney is durable unless it expressly provides that it ends on the principal\'s incapacity', source: 'N.Y. Gen. Oblig. Law § 5-1501A' },
    healthCareAct: 'N.Y. Pub. Health Law art. 29-C (health care agents and proxies)',
    healthCare: { value: { witnesses: 2, notaryAlternative: false, notaryRequired: false }, text: 'New York requires a health care proxy to be signed before two adult witnesses', source: 'N.Y. Pub. Health Law § 2981(2)' }
};

/** Title 15 governs powers of individuals (§ 5-1501), less the powers § 5-1501C excludes. */
const TITLE_15: ActScope = {
    text: 'Financial powers given by an individual and governed by N.Y. Gen. Oblig. Law title 15 (§ 5-1501). Not an entity principal\'s power, nor powers § 5-1501C excludes: a power given primarily for a business or commercial purpose, such as one coupled with an interest or one given to facilitate the transfer of specific stocks (§ 5-1501C(1); the file says `commercial power`), a power to file a document with a government agency (such as an SEC filing power), or one given by a director or officer in that capacity.',
    governs: ({ model }) => newYorkTitle15Governs(model),
    provenance: [SOURCES.ny1501B, SOURCES.ny1501C]
};

/** The day L. 2021, ch. 84 took effect: from it, the principal's signature is witnessed by two persons (§ 5-1501B(1)(b)). */
const WITNESSES_FROM = '2021-06-13';

/**
 * Title 15 as amended in 2021, for its witnesses and gift recipients: a power executed before June 13, 2021 stays
 * valid if executed as the law then required, and § 5-1501B(1)(b) then asked for an acknowledgment and no witnesses.
 * A date the file does not give (a blank, a parameter) is taken as a power still to be signed, under today's law.
 */
const TITLE_15_SINCE_2021: ActScope = {
    text: `${TITLE_15.text} Executed on or after June 13, 2021 (L. 2021, ch. 84): a power executed before then stays valid if it met the law of the time, which asked for no witnesses.`,
    governs: (ctx) => TITLE_15.governs!(ctx) && !executedBefore(ctx.model.execution?.date.value, WITNESSES_FROM),
    provenance: [SOURCES.ny1501B, SOURCES.ny1501B2014, SOURCES.ny1501C]
};

export const NEW_YORK_RULES: readonly Rule[] = [
    notaryRequiredRule(NEW_YORK, 'poa/ny-notary-required', TITLE_15),
    witnessesRequiredRule(NEW_YORK, 'poa/ny-witnesses-required', TITLE_15_SINCE_2021),
    rule({
        code: 'poa/ny-agent-witness',
        severityBasis: 'error: § 5-1501B(1)(b) makes it a condition of validity that the principal\'s signature be witnessed by two persons who are not named in the instrument as agents (or as permissible recipients of gifts); an agent\'s signature as a witness does not count, and the power lacks a required witness.',
        scope: TITLE_15_SINCE_2021.text,
        governs: TITLE_15_SINCE_2021.governs,
        provenance: [SOURCES.ny1501B, SOURCES.ny1501C],
        title: 'New York: an agent may not be one of the two witnesses',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['NY'],
        severity: 'error',
        message: '{name} is named both as a witness and as an agent.',
        why: 'To be valid, a New York power of attorney must be witnessed by two persons who are not named in it as agents or as permissible recipients of gifts (the notary who takes the acknowledgment may be one of them).',
        action: 'Have another adult, not named in the power as an agent or a gift recipient, witness the signature.',
        source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)(b)',
        check: ({ model }, report) => {
            // New York requires the acknowledgment and the two witnesses both.
            for (const w of agentWitnesses(model, true)) report({ range: w.range, args: { name: w.name } });
        }
    }),
    rule({
        code: 'poa/ny-gift-recipient-witness',
        severityBasis: 'error: § 5-1501B(1)(b) makes it a condition of validity that the principal\'s signature be witnessed by two persons who are not named in the instrument as agents or as permissible recipients of gifts; the file states that a witness is such a recipient, so that witness does not count.',
        scope: `${TITLE_15_SINCE_2021.text} Read where the file states what a witness is (\`witness ... is gift-recipient\`).`,
        governs: TITLE_15_SINCE_2021.governs,
        provenance: [SOURCES.ny1501B],
        title: 'New York: a permissible gift recipient may not be one of the two witnesses',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['NY'],
        severity: 'error',
        message: '{name} is stated to be named in the power of attorney as a permissible recipient of gifts, and is a witness.',
        why: 'To be valid, a New York power of attorney must be witnessed by two persons who are not named in it as agents or as permissible recipients of gifts (the notary who takes the acknowledgment may be one of them).',
        action: 'Have another adult, not named in the power as an agent or a gift recipient, witness the signature.',
        source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)(b)',
        check: ({ model }, report) => {
            for (const r of witnessRecords(model).records) if (r.facts.get('gift-recipient') === true) report({ range: r.range, args: { name: r.label } });
        }
    }),
    rule({
        code: 'poa/ny-agent-acceptance',
        clauseKeyword: 'acceptance',
        severityBasis: 'warning: § 5-1501B(1)(c) makes each acting agent\'s signed, dated and acknowledged signature a condition of the power\'s validity, but the agent may sign later (a lapse of time does not invalidate the power); an instrument with no place for it is at real risk of an agent acting before signing.',
        scope: TITLE_15.text,
        governs: TITLE_15.governs,
        provenance: [SOURCES.ny1501B],
        title: 'New York: the agents sign and acknowledge before acting',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['NY'],
        severity: 'warning',
        message: 'The execution does not provide for the agents to sign and acknowledge the power of attorney.',
        why: 'A New York power of attorney must be signed and dated by any agent acting under it, with the agent\'s signature acknowledged in the manner of a deed; the agent may sign after the principal, but may not act before.',
        action: 'Add "acceptance by agents acknowledged" to the execution, so that the instrument has the agents\' signature and acknowledgment.',
        source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)(c)',
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const e = model.execution;
            if (!e || e.none || e.agentAcceptance) return;
            report({ range: headRange(e.range, 'executed'.length), fix: insertInBlock('execution', 'acceptance by agents acknowledged', 'Provide for the agents\' acknowledged signatures') });
        }
    }),
    rule({
        code: 'poa/ny-agent-acceptance-acknowledged',
        severityBasis: 'error: § 5-1501B(1)(c) requires the agent\'s signature to be acknowledged in the manner of a deed for the power to be valid; an agent\'s signature without the acknowledgment does not meet it.',
        scope: TITLE_15.text,
        governs: TITLE_15.governs,
        provenance: [SOURCES.ny1501B],
        title: 'New York: the agents\' signatures are acknowledged',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['NY'],
        severity: 'error',
        message: 'The agents sign the power of attorney, but their signatures are not acknowledged.',
        why: 'A New York power of attorney must be signed and dated by any agent acting under it, with the agent\'s signature duly acknowledged in the manner prescribed for the acknowledgment of a conveyance of real property.',
        action: 'Write "acceptance by agents acknowledged" and have each agent acknowledge the signature before a notary.',
        source: 'N.Y. Gen. Oblig. Law § 5-1501B(1)(c)',
        check: ({ model }, report) => {
            const a = model.execution?.agentAcceptance;
            if (a && !a.acknowledged) report({ range: a.range });
        }
    }),
    rule({
        code: 'poa/ny-gifts-modifications',
        severityBasis: 'information: drafting practice on where the gift authority is written.',
        scope: TITLE_15.text,
        governs: TITLE_15.governs,
        title: 'New York: gift authority belongs in the Modifications section',
        kinds: FINANCIAL_KINDS,
        jurisdictions: ['NY'],
        severity: 'information',
        message: 'This power of attorney grants authority to make gifts.',
        why: 'Since June 13, 2021 New York has no statutory gifts rider; gifts beyond the statutory default are authorized in the Modifications section of the statutory short form.',
        action: 'Make sure the rendered instrument states the gift authority, with any limits, in its Modifications section.',
        source: 'N.Y. Gen. Oblig. Law §§ 5-1513, 5-1503',
        provenance: [SOURCES.ny1514repeal, SOURCES.ny1501C],
        check: ({ model }, report) => {
            const gift = model.grant?.hotPowers.find((h) => h.id === 'gifts');
            if (gift) report({ range: gift.range });
        }
    }),
    rule({
        code: 'poa/ny-healthcare-agent-witness',
        severityBasis: 'error: § 2981(2)(a) requires a health care proxy to be signed before two adult witnesses and says the person appointed as agent shall not act as witness; with the agent as one of them the proxy lacks a second qualified witness.',
        scope: 'Health care proxies governed by N.Y. Pub. Health Law art. 29-C, whose execution names the agent as a witness (by name, or `witness ... is agent`). A successor (an alternate agent) who witnesses is not reported: the section names the person appointed as agent.',
        title: 'New York: the health care agent may not witness the proxy',
        kinds: ['healthcare'],
        jurisdictions: ['NY'],
        severity: 'error',
        message: '{name} is named both as a witness and as the health care agent.',
        why: 'A New York health care proxy must be signed and dated before two adult witnesses who also sign it, and the person appointed as agent may not act as a witness to its execution.',
        action: 'Have another adult, not appointed as agent, witness the signature.',
        source: 'N.Y. Pub. Health Law § 2981(2)(a)',
        provenance: [SOURCES.nyPbh2981],
        check: ({ model }, report) => {
            for (const w of appointedAgentWitnesses(model)) report({ range: w.range, args: { name: w.name } });
        }
    })
];

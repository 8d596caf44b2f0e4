/** The appointment: the agents, how they act, what they are called, and substitution. */
import type { ClausePhrases } from './phrase-style.js';

/** Agents named by an annex (`agents listed in "Exhibit A"`). */
export const agentsAnnex: ClausePhrases = {
    clause: 'agents-annex',
    styles: [
        { id: 'attached-hereto', label: 'each of the persons listed on Exhibit A attached hereto', template: 'each of the persons listed on {annex} attached hereto', example: 'sec16_natera-botha-exhibit-a-2022' },
        { id: 'as-amended', label: 'the individuals named on Annex A attached hereto and as may be amended from time to time', template: 'the individuals named on {annex} attached hereto and as may be amended from time to time', note: 'As the Joby power (2021) words it.', example: 'sec16_joby-hoffman-annex-2021' }
    ]
};

/** The heading of the annex that names the agents, printed after the signatures. */
export const annexHeading: ClausePhrases = {
    clause: 'annex-heading',
    styles: [
        { id: 'capitals', label: 'EXHIBIT A', template: '{annex-capitals}', example: 'sec16_natera-botha-exhibit-a-2022' },
        { id: 'as-named', label: 'Annex A', template: '{annex}', note: 'The annex\'s name as the appointment writes it.', example: 'sec16_joby-hoffman-annex-2021; bird-sacks-schedule-a-2021 (held out)' }
    ]
};

/**
 * The appointment styles whose words appoint each agent alone ("each of A and B, ... the undersigned's true and
 * lawful attorney-in-fact"), for the checks: they state that the agents act severally, as `agents severally` does.
 */
export function appointsEachAlone(styleId: string): boolean {
    return styleId.startsWith('each-of');
}

export const appointment: ClausePhrases = {
    clause: 'appointment',
    styles: [
        {
            id: 'lawful-attorneys',
            label: 'A and B, or any one or more of them, his true and lawful attorneys-in-fact, with full power of substitution',
            template: '{opening} {agents}[{agent-mode}], {pronoun-possessive} true and lawful {designation}[, {substitution}]',
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'each-of',
            label: 'each of A and B, signing singly, the undersigned\'s true and lawful attorney-in-fact',
            template: '{opening} each of {agents}[{agent-mode}], {whose} true and lawful {designation-one}',
            note: 'The classic EDGAR Section 16 form: each agent is appointed alone, so the designation is singular.',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012, sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'each-of-with-substitution',
            label: 'each of A and B or any of them signing singly, and with full power of substitution, the undersigned\'s true and lawful attorney-in-fact',
            template: '{opening} each of {agents}[{agent-mode}], and with full power of substitution, {whose} true and lawful {designation-one}',
            example: 'sec16_endeavor-musk-2021'
        },
        {
            id: 'named',
            label: 'A and B, signing singly, the undersigned\'s true and lawful attorney-in-fact',
            template: '{opening} {agents}[{agent-mode}], {whose} true and lawful {designation-one}',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'as-hereinafter',
            label: 'A and B as the undersigned\'s true and lawful attorney-in-fact, with full power and authority as hereinafter described ...',
            template: '{opening} {agents}[{agent-mode}] as {possessive} true and lawful {designation-one}, with full power and authority as hereinafter described on behalf of and in the name, place and stead of {object}',
            example: 'sec16_yelp-rabois-formid-2012'
        },
        {
            id: 'each-of-as-hereinafter',
            label: 'each of A and B as the undersigned\'s true and lawful attorney-in-fact, with full power and authority as hereinafter described ...',
            template: '{opening} each of {agents}[{agent-mode}] as {possessive} true and lawful {designation-one}, with full power and authority as hereinafter described on behalf of and in the name, place and stead of {object}',
            example: 'sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'named-plural',
            label: 'A and B, the undersigned\'s true and lawful attorneys-in-fact',
            template: '{opening} {agents}[{agent-mode}], {whose} true and lawful {designation}',
            example: 'sec16_linkedin-hoffman-trust-2011'
        },
        {
            id: 'signatories',
            label: 'A and B, jointly and severally, his or her attorneys-in-fact, each with the power of substitution, for him or her in any and all capacities',
            template: '{opening} {agents}[{agent-mode}], his or her {designation}[, {substitution}], for him or her in any and all capacities',
            note: 'A signature-page power, where each signatory appoints the agents.',
            example: 'regstmt_apple-10k-2024'
        },
        {
            id: 'signatories-as',
            label: 'A and B, or either of them, as his true and lawful attorneys-in-fact and agents, ..., for him and in his name, place and stead, in any and all capacities',
            template: '{opening} {agents}[{agent-mode}], as {signatory-possessive} true and lawful {designation}[, {substitution}], for {signatory-object} and in {signatory-possessive} name, place and stead, in any and all capacities',
            note: 'The common signature-page power of Forms 10-K and S-8. "his" and "him" follow the principal\'s `pronoun` (and "its" an entity); with none stated they are "his" and "him", as the signature pages print them.',
            example: 'regstmt_medicis-10k-1999'
        },
        {
            id: 'each-of-as-agent-for',
            label: 'each of A, B and C as attorney-in-fact and agent for the undersigned, with full power of substitution, for and in the name, place and stead of the undersigned',
            template: '{opening} each of {agents}[{agent-mode}] as {designation-one} for {object}[, {substitution}], for and in the name, place and stead of {object}',
            example: 'regstmt_central-pacific-s3-2025'
        },
        {
            id: 'as-such-persons',
            label: '... as such person\'s true and lawful attorneys-in-fact and agents, each with full power of substitution and resubstitution and full power to act alone ..., for the undersigned and in the undersigned\'s name, place and stead, in any and all capacities',
            template: '{opening} {agents} as such person\'s true and lawful {designation} and agents, each with full power of substitution and resubstitution[{agent-mode}], for {object} and in {possessive} name, place and stead, in any and all capacities,',
            note: 'The substitution in the appointment; the incidental-authority paragraph may grant it again in its own words.',
            example: 'sec16_affirm-levchin-2021'
        },
        {
            id: 'to-act-as',
            label: '... or any of them signing singly, with full power of substitution and resubstitution, to act as the undersigned\'s true and lawful attorney-in-fact',
            template: '{opening} {agents}[{agent-mode}], with full power of substitution and resubstitution, to act as {whose} true and lawful {designation-one}',
            note: 'The substitution in the appointment; the incidental-authority paragraph may grant it again in its own words.',
            example: 'sec16_joby-hoffman-annex-2021'
        },
        {
            id: 'named-as',
            label: 'A and B, signing singly, as the undersigned\'s true and lawful attorney-in-fact',
            template: '{opening} {agents}[{agent-mode}], as {whose} true and lawful {designation-one}',
            example: 'sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'signatories-his-or-her',
            label: 'A and B, ..., as his or her true and lawful attorneys-in-fact and agents, ..., for him or her and in his or her name, place and stead, and in any and all capacities',
            template: '{opening} {agents}[{agent-mode}], as {pronoun-possessive} true and lawful {designation}[, {substitution}], for {pronoun-object} and in {pronoun-possessive} name, place and stead, and in any and all capacities',
            note: 'The signature-page power of registration statements, with the traditional "his or her" when the signatories state no pronoun.',
            example: 'regstmt_gcm-grosvenor-s3-2025'
        },
        {
            id: 'signatories-plain',
            label: 'A, B, and C his or her attorneys-in-fact, for any of them in any and all capacities',
            template: '{opening} {agents}[{agent-mode}] {pronoun-possessive} {designation}[, {substitution}], for any of them in any and all capacities',
            example: 'regstmt_microsoft-s8-posam-2004'
        },
        {
            id: 'signatories-name-place-stead',
            label: 'A and B, and each of them, his or her true and lawful attorneys-in-fact and agents, for him or her and in his or her name, place and stead, in any and all capacities',
            template: '{opening} {agents}[{agent-mode}], {pronoun-possessive} true and lawful {designation}[, {substitution}], for {pronoun-object} and in {pronoun-possessive} name, place and stead, in any and all capacities',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'each-of-as',
            label: 'each of A and B, acting severally, as the undersigned\'s true and lawful attorneys-in-fact',
            template: '{opening} each of {agents}[{agent-mode}], as {whose} true and lawful {designation}',
            note: 'The designation agrees with the agents ("attorneys-in-fact" for several, as BlackRock\'s 2023 power has it); `each-of` appoints each agent alone, in the singular.',
            example: 'sec16_rubicon-selby-ratify-2023'
        },
        {
            id: 'as-name-place-stead',
            label: '..., as the undersigned\'s true and lawful attorneys-in-fact and agents, with full power of substitution and resubstitution, for the undersigned and in the undersigned\'s name, place and stead',
            template: '{opening} {agents}[{agent-mode}], as {whose} true and lawful {designation}[, {substitution}], for {object} and in {possessive} name, place and stead,',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'named-only',
            label: 'A and B, or either of them, (the agents named, without "true and lawful attorney-in-fact")',
            template: '{opening} {agents}[{agent-mode}]',
            note: 'For confirming statements and letters that authorize without appointing an "attorney-in-fact" (opening styles `confirm-authorized`, `hereby-authorize`); pair with the grant style `joined`, which gives each power its "to".'
        },
        {
            id: 'authorized',
            label: 'the undersigned hereby authorizes A, B and C of the Company, to ...',
            template: '{opening} {agents}[{agent-mode}]',
            note: 'The agents are named without a title; pair it with opening `know-all-authorizes` and grant `infinitives`.',
            example: 'sec16_eventbrite-botha-2018'
        },
        {
            id: 'each-of-substitution-first',
            label: 'each of A and B with full power of substitution, signing individually, the undersigned\'s true and lawful attorneys-in-fact',
            template: '{opening} each of {agents} with full power of substitution[{agent-mode}], {whose} true and lawful {designation}',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'my-attorneys-and-agents',
            label: 'A and B, and each of them, my true and lawful attorneys-in-fact and agents, with full power to act, together or each without the other, ... for me and in my name, place, and stead, in any and all capacities',
            template: '{opening} {agents}[{agent-mode}], my true and lawful {designation} and agents, with full power to act, together or each without the other, {substitution}, for me and in my name, place, and stead, in any and all capacities',
            note: 'After opening `i-the-undersigned`.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'named-plural-undersigned',
            label: 'A and B, the undersigned\'s true and lawful attorneys-in-fact (an entity too)',
            template: '{opening} {agents}[{agent-mode}], {possessive} true and lawful {designation}',
            note: 'For an entity whose power, written on an individual\'s form, keeps "the undersigned\'s" where `named-plural` would say "its".',
            example: 'sec16_linkedin-hoffman-trust-2011'
        },
        {
            id: 'each-of-pronoun',
            label: 'each of A and B, or any of them, his or her true and lawful attorney-in-fact',
            template: '{opening} each of {agents}[{agent-mode}], {pronoun-possessive} true and lawful {designation-one}',
            note: 'The principal\'s pronoun, "his or her" when none is stated, where `each-of` says "the undersigned\'s".',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'for-me-in-my-name',
            label: 'A, my true and lawful attorney for me in my name, place, and stead',
            template: '{opening} {agents}[{agent-mode}], {possessive} true and lawful {designation} for {object} in {possessive} name, place, and stead',
            example: 'other_dea-quota-certification-poa-21cfr1315-33'
        },
        {
            id: 'as-attorney-for',
            label: 'A as attorney for the undersigned, for and in the name of the undersigned',
            template: '{opening} {agents}[{agent-mode}], as {designation} for {object}, for and in the name of {object}',
            example: 'other_nhtsa-securities-bond-poa-49cfr591-appc'
        },
        {
            id: 'as-the-attorney-of-authorize-designate',
            label: 'A as the true and lawful attorney of the undersigned, with full power of substitution, and authorize and designate him for the undersigned and in the undersigned\'s name, place and stead, in any and all capacities',
            template: '{opening} {agents}[{agent-mode}] as the true and lawful {designation} of {object}[, {substitution}], and {authorizes|authorize} and {designates|designate} {agents-object} for {object} and in {possessive} name, place and stead, in any and all capacities',
            note: '"him", "her" or "them" follows the agents\' pronouns.',
            example: 'sec16_gates-foundation-trust-cotrustees-2007'
        },
        {
            id: 'as-my-power-of-attorney',
            label: 'A, B and each of them as my full and lawful Power of Attorney',
            template: '{opening} {agents}[{agent-mode}] as {pronoun-possessive} full and lawful Power of Attorney',
            note: 'The agents called by the instrument\'s name, as questionnaires word it.',
            example: 'regstmt_10k-questionnaire-poa-2003'
        },
        {
            id: 'each-of-substitution-first-and-agents',
            label: 'each of A and B with full power of substitution, signing individually, the undersigned\'s true and lawful attorneys-in-fact and agents (one agent afterwards "such attorney-in-fact", without "and agent")',
            template: '{opening} each of {agents} with full power of substitution[{agent-mode}], {whose} true and lawful {designation} and agents',
            note: 'The agents are "attorneys-in-fact and agents" where they are appointed only; the sentences after name one of them by the designation alone.',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'each-of-no-comma',
            label: 'each of A, B and C the undersigned\'s true and lawful attorney-in-fact (no comma before the possessive)',
            template: '{opening} each of {agents}[{agent-mode},] {whose} true and lawful {designation-one}',
            note: 'As `each-of`, the names running into "the undersigned\'s" with no comma between (a mode stated after them is set off by commas).',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'named-plural-and-agents',
            label: 'A and B, and each of them, the undersigned\'s true and lawful attorneys-in-fact and agents (the sentences after name the agents "attorneys-in-fact and agents" or "such attorney-in-fact and agent" in words of their own)',
            template: '{opening} {agents}[{agent-mode}], {whose} true and lawful {designation} and agents',
            note: 'As `named-plural`, "and agents" after the designation; for powers whose other styles write "and agent(s)" themselves (`ratifies-sentence`, `forms-together`), so that the agents keep the default designation.',
            example: 'sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'substitution-then-designation',
            label: 'A and B, and each of them, with full power of substitution, his true and lawful attorneys-in-fact and agents to act for him in his name, place and stead, in any and all capacities (the substitution before the designation)',
            template: '{opening} {agents}[{agent-mode}], [{substitution}, ]{pronoun-possessive} true and lawful {designation} to act for {pronoun-object} in {pronoun-possessive} name, place and stead, in any and all capacities',
            note: 'The signature-page power of a registration statement that gives the substitution before naming what the agents are; the pronouns follow the principal ("his", "his or her").',
            example: 's3-ex24-1040441-2003 (held out; Exhibit 24.1 to a Form S-3, sec.gov, accession 0000950134-03-013462)'
        }
    ]
};

/**
 * The agents' signed acceptance of their appointment (`acceptance by agents [acknowledged]`),
 * printed after the principal's execution with a signature line for each agent. Each line of a
 * template is a line of the block. New York requires each acting agent to sign, date and
 * acknowledge the power (N.Y. Gen. Oblig. Law § 5-1501B(1)(c)); its statutory short form words
 * the acceptance in section (p) of § 5-1513. A template that names `{agent-name}` is said by each agent
 * in turn, with the signature line its own words give.
 */
import type { ClausePhrases } from './phrase-style.js';

export const agentAcceptance: ClausePhrases = {
    clause: 'agent-acceptance',
    styles: [
        {
            id: 'accepts-appointment',
            label: 'ACCEPTANCE BY AGENT: Alex Roe accepts appointment as agent under this power of attorney and acknowledges the legal responsibilities of an agent.',
            template: '{agents:ACCEPTANCE BY AGENT|ACCEPTANCE BY AGENTS}\n{agent-names} {agents:accepts|accept} appointment as {agents:agent|agents} under this {instrument} and {agents:acknowledges|acknowledge} the legal responsibilities of an agent.',
            note: 'The default outside New York: a plain acceptance, then each agent\'s signature and date. No statute prescribes these words.'
        },
        {
            id: 'ny-short-form',
            label: 'AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT: It is not required that the principal and the agent(s) sign at the same time ... I/we acknowledge my/our legal responsibilities.',
            template: 'AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:\nIt is not required that the principal and the agent(s) sign at the same time, nor that multiple agents sign at the same time.\nI/we, {agent-names}, have read the foregoing Power of Attorney. I am/we are the person(s) identified therein as agent(s) for the principal named therein.\nI/we acknowledge my/our legal responsibilities.\nIn Witness Whereof I have hereunto signed my name on ________________ 20_____.',
            note: 'The default in New York: section (p) of the New York statutory short form (N.Y. Gen. Oblig. Law § 5-1513, as amended effective June 13, 2021), read from a stored copy of the form that states it reproduces the statute word for word (code search id 69810812486); the official text was not reached. With successor agents, section (q) of the same copy follows, for them.',
            variants: {
                successors: 'SUCCESSOR AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:\nIt is not required that the principal and the SUCCESSOR agent(s), if any, sign at the same time, nor that multiple SUCCESSOR agents sign at the same time. Furthermore, successor agents can not use this power of attorney unless the agent(s) designated above is/are unable or unwilling to serve.\nI/we, {successor-names}, have read the foregoing Power of Attorney. I am/we are the person(s) identified therein as SUCCESSOR agent(s) for the principal named therein.\nIn Witness Whereof I have hereunto signed my name on ________________ 20_____.'
            }
        },
        {
            id: 'affirmation',
            label: 'I, NAME, hereby affirm that I am the person named herein as attorney-in-fact and that the signature affixed hereto is my signature. (Signature of attorney-in-fact)',
            template: 'I, {agent-name}, hereby affirm that I am the person named herein as {legal-designation} and that the signature affixed hereto is my signature.\n(Signature of {legal-designation})',
            note: 'Each agent affirms in turn, under the principal\'s signature, with a captioned line of their own instead of the shared signature and date lines (the DEA\'s form, 21 CFR 1315.33).',
            example: 'other_dea-quota-certification-poa-21cfr1315-33'
        }
    ]
};

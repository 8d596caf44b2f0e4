/** Clauses of general powers: successors, limitations, compensation, indemnification, reliance. */
import type { ClausePhrases } from './phrase-style.js';

export const successors: ClausePhrases = {
    clause: 'successors',
    styles: [
        {
            id: 'in-order',
            label: 'If the attorney-in-fact named above dies ..., the undersigned appoints ... as successor',
            template: 'If {named-agents} {agents:dies|die}, {agents:becomes|become} incapacitated, {agents:resigns|resign}, or {agents:is|are} unable or unwilling to act, {subject} {appoints|appoint} {successor-words}: {successor-list}.',
            note: 'With several agents the successors act when all of them have left ("If all of the attorneys-in-fact named above die, ..."): the Uniform Power of Attorney Act\'s default (§ 111(b)(2)), said in the words.'
        }
    ]
};

export const limitations: ClausePhrases = {
    clause: 'limitations',
    styles: [
        { id: 'subject-to', label: 'This power of attorney is subject to the following limitations: ...', template: 'This {instrument} is subject to the following {limitation-word}: {limitation-list}.' },
        {
            id: 'own-sentences',
            label: 'each limitation as a sentence of its own, in the words written ("Nothing herein is intended to ...")',
            template: '{limitation-sentences}',
            note: 'Write each `limitation "..."` as the full sentence; a sentence without a final stop gets one.',
            example: 'gates-larson-special-limited-2008 (held out)'
        }
    ]
};

export const compensation: ClausePhrases = {
    clause: 'compensation',
    styles: [
        {
            id: 'by-choice',
            label: 'serve without compensation / reimbursement of expenses / reasonable compensation',
            template: 'The {designation} shall serve without compensation and without reimbursement of expenses.',
            variants: {
                'expenses-only': 'The {designation} shall serve without compensation, but shall be entitled to reimbursement of expenses reasonably incurred {on-behalf}.',
                'reasonable': 'The {designation} shall be entitled to reimbursement of expenses reasonably incurred {on-behalf} and to compensation that is reasonable under the circumstances.'
            }
        }
    ]
};

export const indemnification: ClausePhrases = {
    clause: 'indemnification',
    styles: [
        {
            id: 'hold-harmless',
            label: 'agrees to indemnify and hold harmless the foregoing attorneys-in-fact',
            template: '{Subject} {agrees|agree} to indemnify and hold harmless {agents:the|each of the} foregoing {designation} from and against any and all loss, claim, damage, liability and expense arising out of any action taken or omitted in good faith under this {instrument}.'
        },
        {
            id: 'false-information',
            label: 'agrees to indemnify the attorneys-in-fact and the Company ... arising from any false or misleading information provided by the undersigned',
            template: '{Subject} hereby {agrees|agree} to indemnify the {designation}[ and {acknowledged-issuer}] from and against any demand, damage, loss, cost or expense arising from any false or misleading information provided by {object} to the {designation}.',
            example: 'sec16_abcellera-thiel-2020'
        }
    ]
};

export const reliance: ClausePhrases = {
    clause: 'reliance',
    styles: [
        {
            id: 'until-notice',
            label: 'Any third party may rely upon this power of attorney ... until actual notice of revocation',
            template: 'Any third party may rely upon this {instrument}, or upon a copy, facsimile or electronic image of it, and upon the authority of the {designation} under it, until the third party receives actual notice of its revocation or termination.'
        }
    ]
};

export const determination: ClausePhrases = {
    clause: 'determination',
    styles: [
        {
            id: 'in-writing',
            label: 'as determined in writing by a licensed physician ...',
            template: 'by {determination-description}',
            variants: {
                'physician': 'in writing by a licensed physician who has examined {object}',
                'two-physicians': 'in writing by two licensed physicians who have examined {object}',
                'court': 'by a court of competent jurisdiction that has found incapacitated {object}'
            }
        }
    ]
};

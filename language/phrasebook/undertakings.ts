/**
 * The undertakings of a director and officer questionnaire that holds a power of attorney (the power
 * is its last paragraph): the use of the answers, the nominee's consent to be named and to serve
 * (cf. Rule 14a-4(d)), the offer to resign on a change of principal position, and notice of new
 * affiliations. Each undertaking is a variant, by its keyword in `undertakings { ... }`.
 */
import type { ClausePhrases } from './phrase-style.js';

export const undertaking: ClausePhrases = {
    clause: 'undertaking',
    styles: [
        {
            id: 'director-questionnaire',
            label: 'I understand that the information I am furnishing ... If I am a nominee for Director, I shall be deemed to have consented ... I shall tender my resignation ... I shall advise the Chairman of the Board ...',
            template: '',
            variants: {
                'information-use': 'I understand that the information I am furnishing to you herein will be used by {issuer} in the preparation of its {proxy-year} Proxy Statement or its Annual Report to the SEC on {report-forms} for the year ended {year-ended}, or both.',
                'consent-to-be-named': 'If I am a nominee for Director, I shall be deemed to have consented, by virtue of executing this Questionnaire, to being named as such in the Proxy Statement and to serve if elected.',
                'resignation-on-change': 'I also understand that should I discontinue my principal position, association or other identification that existed outside of {issuer} at the time of my most recent election to the Board of {issuer}, other than by reason of disability or retirement in accordance with the policies relative to that position, I shall tender my resignation as a Director for consideration by the Corporate Governance Committee and the full Board promptly following the date of my discontinuance of such position, association or identification.',
                'advise-of-affiliations': 'Further, should I consider any new or additional association or affiliation, such as directorships or similar positions by whatever title, with public or privately-held commercial enterprises, or should any preexisting association or affiliation substantially alter the nature of its activities or purposes, I shall advise the Chairman of the Board, and if there is no Chairman, the Chief Executive Officer of {issuer}, so that any potential conflict of interest or obligation, potential embarrassment to {issuer}, or possible inconsistency with Company policies, values or standards may be identified and assessed.'
            },
            note: 'The questionnaire speaks in the first person. The year of the proxy statement is the year after the fiscal year of the report (`file form10K under section13a for year ended 2002-12-31`).',
            example: 'regstmt_10k-questionnaire-poa-2003'
        }
    ]
};

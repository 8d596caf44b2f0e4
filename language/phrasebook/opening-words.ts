/**
 * The parts of an opening that instruments vary independently: the words of
 * appointment ("constitutes and appoints", "makes, constitutes and appoints",
 * "authorizes and appoints", ...) and the old formula before them ("KNOW ALL
 * MEN BY THESE PRESENTS, that"). The opening styles that name `{verb}` and
 * `{presents}` take them from here, so a verb is a choice
 * (`phrasing appointing-verb style makes-constitutes-appoints`), not one
 * opening style per verb.
 */
import type { ClausePhrases } from './phrase-style.js';

export const appointingVerb: ClausePhrases = {
    clause: 'appointing-verb',
    styles: [
        { id: 'constitutes-appoints', label: 'constitutes and appoints', template: '{constitutes|constitute} and {appoints|appoint}', example: 'regstmt_welltower-s3asr-ex24-2025, sec16_rumble-sacks-13d13g-2023' },
        { id: 'makes-constitutes-appoints', label: 'makes, constitutes and appoints', template: '{makes|make}, {constitutes|constitute} and {appoints|appoint}', example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011' },
        { id: 'constitutes-designates-appoints', label: 'constitutes, designates and appoints', template: '{constitutes|constitute}, {designates|designate} and {appoints|appoint}', example: 'sec16_affirm-levchin-2021' },
        { id: 'nominates-constitutes-appoints', label: 'nominates, constitutes and appoints', template: '{nominates|nominate}, {constitutes|constitute} and {appoints|appoint}', example: 'Hartford 2007 Section 16 power' },
        { id: 'appoints', label: 'appoints', template: '{appoints|appoint}', example: 'regstmt_central-pacific-s3-2025, regstmt_10k-questionnaire-poa-2003' },
        { id: 'authorizes-appoints', label: 'authorizes and appoints', template: '{authorizes|authorize} and {appoints|appoint}', example: 'regstmt_microsoft-s8-posam-2004' },
        { id: 'severally-constitutes-appoints', label: 'severally constitutes and appoints', template: 'severally {constitutes|constitute} and {appoints|appoint}', note: 'Each signatory appoints for himself or herself alone, as signature pages of registration statements say.', example: 'regstmt_gcm-grosvenor-s3-2025' },
        { id: 'have-made-do-make', label: 'have made, constituted, and appointed, and by these presents, do make, constitute, and appoint', template: '{has|have} made, constituted, and appointed, and by these presents, {does|do} make, constitute, and appoint', note: 'The old formula of federal forms.', example: 'other_dea-quota-certification-poa-21cfr1315-33' },
        { id: 'does-constitute-appoint', label: 'does constitute and appoint', template: '{does|do} constitute and appoint', example: 'other_nhtsa-securities-bond-poa-49cfr591-appc' },
        { id: 'do-hereby-constitute-appoint', label: 'do hereby constitute and appoint (after "hereby" is not repeated)', template: '{does|do} hereby constitute and appoint', note: 'For openings without their own "hereby".', example: 'sec16_gates-foundation-trust-cotrustees-2007' }
    ]
};

/** The formula before the principal; none unless chosen. */
export const presents: ClausePhrases = {
    clause: 'presents',
    styles: [
        { id: 'know-all', label: 'Know all by these presents, that', template: 'Know all by these presents, that', example: 'sec16_endeavor-musk-2021, sec16_yahoo-levchin-5yr-expiry-2012' },
        { id: 'know-all-caps', label: 'KNOW ALL BY THESE PRESENTS, that', template: 'KNOW ALL BY THESE PRESENTS, that', example: 'sec16_meta-thiel-2022' },
        { id: 'know-all-persons', label: 'KNOW ALL PERSONS BY THESE PRESENTS, that', template: 'KNOW ALL PERSONS BY THESE PRESENTS, that', example: 'regstmt_welltower-s3asr-ex24-2025, regstmt_apple-10k-2024' },
        { id: 'know-all-men', label: 'KNOW ALL MEN BY THESE PRESENTS, that', template: 'KNOW ALL MEN BY THESE PRESENTS, that', example: 'regstmt_microsoft-s8-posam-2004, regstmt_medicis-10k-1999' },
        { id: 'know-all-men-mixed', label: 'Know all men by these presents, that', template: 'Know all men by these presents, that', example: 'sec16_aar-garascia-2023 (held out)' }
    ]
};

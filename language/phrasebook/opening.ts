/** The opening: the words before the agents' names. */
import type { ClausePhrases } from './phrase-style.js';

export const opening: ClausePhrases = {
    clause: 'opening',
    styles: [
        { id: 'nominate', label: 'does hereby nominate, constitute and appoint', template: '{Identification}[, {principal-role},] {does|do} hereby nominate, constitute and appoint', example: 'Hartford 2007 Section 16 power' },
        { id: 'constitutes', label: 'hereby constitutes and appoints', template: '{Identification} hereby {constitutes|constitute} and {appoints|appoint}', example: 'sec16_rumble-sacks-13d13g-2023' },
        { id: 'as-role', label: 'The undersigned, as a Section 16 reporting person of the Company, hereby constitutes and appoints', template: '{Identification}, as {capacity-as}, hereby {constitutes|constitute} and {appoints|appoint}', note: 'The principal\'s role (`role "Section 16 reporting person"`) and the issuer are named in the opening.', example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022, sec16_solarcity-musk-witness-2012' },
        { id: 'makes-constitutes', label: 'hereby makes, constitutes and appoints', template: '{Identification} hereby {makes|make}, {constitutes|constitute} and {appoints|appoint}', example: 'sec16_yelp-rabois-formid-2012' },
        { id: 'know-all', label: 'Know all by these presents, that ...', template: 'Know all by these presents, that {identification} hereby {constitutes|constitute} and {appoints|appoint}', example: 'sec16_endeavor-musk-2021, sec16_yahoo-levchin-5yr-expiry-2012' },
        { id: 'know-all-makes', label: 'Know all by these presents, that the undersigned hereby makes, constitutes and appoints', template: 'Know all by these presents, that {identification} hereby {makes|make}, {constitutes|constitute} and {appoints|appoint}', example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011' },
        { id: 'know-all-caps', label: 'KNOW ALL BY THESE PRESENTS, that ...', template: 'KNOW ALL BY THESE PRESENTS, that {identification} hereby {constitutes|constitute} and {appoints|appoint}', example: 'sec16_meta-thiel-2022, sec16_reinvent-spac-hoffman-2021' },
        { id: 'know-all-persons-designates', label: 'KNOW ALL PERSONS BY THESE PRESENTS that the undersigned hereby constitutes, designates and appoints', template: 'KNOW ALL PERSONS BY THESE PRESENTS that {identification} hereby {constitutes|constitute}, {designates|designate} and {appoints|appoint}', example: 'sec16_affirm-levchin-2021' },
        { id: 'know-all-persons', label: 'KNOW ALL PERSONS BY THESE PRESENTS, that ...', template: 'KNOW ALL PERSONS BY THESE PRESENTS, that {identification} hereby {constitutes|constitute} and {appoints|appoint}', example: 'sec16_affirm-levchin-2021, regstmt_apple-10k-2024' },
        { id: 'each-person-below', label: 'KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints', template: 'KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints', note: 'A signature-page power: every signatory of the report or registration statement appoints the agents.', example: 'regstmt_apple-10k-2024' },
        { id: 'each-person-below-plain', label: 'Each person whose signature appears below, hereby constitutes and appoints,', template: 'Each person whose signature appears below, hereby constitutes and appoints,', example: 'regstmt_s3-exhibit24-3-kessel-2001' },
        { id: 'each-of-the-undersigned', label: 'Each of the undersigned hereby appoints', template: 'Each of the undersigned hereby appoints', example: 'regstmt_central-pacific-s3-2025' },
        { id: 'each-person-below-men', label: 'KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints', template: 'KNOW ALL MEN BY THESE PRESENTS, that each person whose signature appears below constitutes and appoints', example: 'regstmt_medicis-10k-1999' },
        { id: 'know-all-men', label: 'KNOW ALL MEN BY THESE PRESENTS, that ...', template: 'KNOW ALL MEN BY THESE PRESENTS, that {identification} hereby {constitutes|constitute} and {appoints|appoint}', example: 'regstmt_medicis-10k-1999, regstmt_microsoft-s8-posam-2004' }
    ]
};

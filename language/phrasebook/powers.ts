/** The other powers a grant may list, each an infinitive phrase in the default style. */
import type { ClausePhrases } from './phrase-style.js';

export const edgarAccess: ClausePhrases = {
    clause: 'edgar-access',
    styles: [
        { id: 'form-id', label: 'to prepare, execute and submit to the SEC a Form ID ...', template: '{to}prepare, execute and submit to {sec} a Form ID, including any amendment thereto, and any other document necessary or appropriate to obtain codes and passwords enabling {object} to make electronic filings with {sec}', note: 'An item of an enumerated grant continues its "to:" without a "to" of its own.' },
        {
            id: 'folded',
            label: '(no item of its own: the Form ID application is part of the filing item)',
            template: '',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'form-id-reports',
            label: 'prepare, execute in the undersigned\'s name ... a Form ID ... to make electronic filings with the SEC of reports required by Section 16(a) ...',
            template: 'prepare, execute in {possessive} name and on {possessive} behalf, and submit to {sec} a Form ID, including amendments thereto, and any other documents necessary or appropriate to obtain codes and passwords enabling {object} to make electronic filings with {sec} of reports required by {section16a} or any rule or regulation of {sec}',
            example: 'sec16_yelp-rabois-formid-2012'
        },
        {
            id: 'form-id-passphrases',
            label: 'prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the SEC a Form ID ... codes, passwords, and passphrases ...',
            template: 'prepare, execute in {possessive} name and on {possessive} behalf, and submit to {sec} a Form ID, including amendments thereto, and any other document necessary or appropriate to obtain codes, passwords, and passphrases enabling {object} to make electronic filings with {sec} of reports require by {act1934} or any rule or regulation of {sec}',
            note: '"require" is the filing\'s own word.',
            example: 'sec16_rubicon-selby-ratify-2023'
        },
        {
            id: 'form-id-filer-management',
            label: 'prepare, sign, and submit to the SEC on its EDGAR Filer Management website a Form ID application ..., granting unto said attorneys-in-fact and agents ... full power and authority ...',
            template: 'prepare, sign, and submit to {sec} on its Electronic Data Gathering, Analysis, and Retrieval Filer Management website a Form ID application, including any amendments and exhibits thereto, and any other related documents as may be necessary or appropriate, to obtain from {sec} access codes to permit filing on {sec}\'s EDGAR system, granting unto said {designation}{agents:|, and each of them,} full power and authority to do and perform each act and thing requisite and necessary to be done as required by any rule or regulation of {sec} and the EDGAR Filer Manual as fully and to all intents and purposes as {subject} might or could do in person, hereby ratifying and confirming all that said {designation}{agents:|, and each of them,} may lawfully do or cause to be done by virtue hereof',
            note: 'Grants the incidental authority and ratification inside the item.',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'request-codes',
            label: 'to request electronic filing codes from the SEC by filing the Form ID ...',
            template: 'to request electronic filing codes from {sec} by filing the Form ID (including amendments thereto) and any other documents necessary or appropriate to obtain codes and passwords enabling {object} to file such reports electronically',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'form-id-reports-successor',
            label: 'prepare, execute in the undersigned\'s name ... a Form ID (or any successor form) ... of reports required by Section 16(a) or any rule or regulation of the SEC promulgated thereunder',
            template: 'prepare, execute in {possessive} name and on {possessive} behalf, and submit to {sec} a Form ID (or any successor form), including amendments thereto, and any other documents necessary or appropriate to obtain codes and passwords enabling {object} to make electronic filings with {sec} of reports required by Section 16(a) or any rule or regulation of {sec} promulgated thereunder',
            note: 'The style form-id-reports with the Form ID\'s successors and the rules "promulgated thereunder"; "Section 16(a)" names no Act, which the filing power after it introduces.',
            example: 'sec16_affirm-levchin-2021'
        },
        {
            id: 'form-id-reports-regenerate',
            label: 'prepare, execute in the undersigned\'s name ... a Form ID ... to obtain and/or regenerate codes and passwords ... of reports required by Section 16(a) ...',
            template: 'prepare, execute in {possessive} name and on {possessive} behalf, and submit to {sec} a Form ID, including amendments thereto, and any other documents necessary or appropriate to obtain and/or regenerate codes and passwords enabling {object} to make electronic filings with {sec} of reports required by {section16a} or any rule or regulation of {sec}',
            note: 'The style form-id-reports for codes lost as well as new ones: "obtain and/or regenerate".',
            example: 'sec16_joby-hoffman-annex-2021'
        }
    ]
};

export const venues: ClausePhrases = {
    clause: 'venues',
    styles: [
        { id: 'file-with', label: 'to file any such report, statement, form or instrument with ...', template: 'to file any such report, statement, form or instrument with {venues}' },
        {
            id: 'do-and-perform',
            label: 'do and perform any and all acts ... and timely file such form with the SEC and any stock exchange or similar authority',
            template: 'do and perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete and execute any such {forms-singular}, complete and execute any amendment or amendments thereto, and timely file such form with {venues}',
            note: 'Item (2) of the classic Section 16 form.',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'folded',
            label: '(no item of its own: the venues are named by the filing, as in "file ... with the SEC")',
            template: '',
            note: 'For filing styles that name the venues themselves ({venues}).',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'do-all-acts',
            label: 'do all acts necessary in order to file such forms with ...',
            template: 'do all acts necessary in order to file such forms with {venues}',
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'do-and-perform-report',
            label: 'do and perform any and all acts ... to complete and execute any such Form 3, 4 or 5 report and timely file such report with ...',
            template: 'do and perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete and execute any such {forms-singular} report and timely file such report with {venues}',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'do-and-perform-filing',
            label: 'do and perform any and all acts ... to complete and execute such Form 3, Form 4 or Form 5, or any amendment thereto, and the timely filing of such form with ...',
            template: 'do and perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete and execute such {forms}, or any amendment thereto, and the timely filing of such form with {venues}',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'perform-execution',
            label: 'perform any and all acts ... to complete the execution of any such Form 3, 4 or 5 and the timely filing of such form with ...',
            template: 'perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete the execution of any such {forms-singular} and the timely filing of such form with {venues}[, including the execution of an application for EDGAR codes on {form-id}]',
            note: 'With `edgar access style folded`, the application for EDGAR codes is part of this item.',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'do-and-perform-prepare',
            label: 'do and perform any and all acts ... to prepare and execute any such Form ID and Forms 3, 4 or 5 (including amendments thereto and joint filing agreements ...) and timely file such forms with ...',
            template: 'do and perform any and all acts for and on behalf of {object} that may be necessary or desirable to prepare and execute any such {forms-and-series-or} (including amendments thereto and joint filing agreements in connection therewith) and timely file such forms with {venues}',
            note: 'Item (2) of the "For Executing Form ID and Forms 3, 4 and 5" form; pair it with filing `prepare-execute-submit`.',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'do-and-perform-each-form',
            label: 'do and perform any and all acts ... to complete and execute any such Form 3, 4, or 5, Schedule 13D, Schedule 13G, Form 13F, Form 13H or Form 144 or amendment thereto and timely file such form with ...',
            template: 'do and perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete and execute any such {grant-forms-each-singular} or amendment thereto and timely file such form with {venues}',
            note: 'As `do-and-perform-any-filing`, the forms after the first filing\'s each named by its own name.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'do-and-perform-any-filing',
            label: 'do and perform any and all acts ... to complete and execute any such Form 3, 4, or 5, Schedule 13D, ... or Form 144 or amendment thereto and timely file such form with ...',
            template: 'do and perform any and all acts for and on behalf of {object} which may be necessary or desirable to complete and execute any such {grant-forms-singular} or amendment thereto and timely file such form with {venues}',
            note: 'Names the forms of every filing of the grant.',
            example: 'sec16_mongodb-botha-sequoia-2017 (before do-and-perform-each-form)'
        }
    ]
};

/** Information on the principal's transactions from brokers and plan administrators. */
export const transactionInformation: ClausePhrases = {
    clause: 'transaction-information',
    styles: [
        {
            id: 'seek-or-obtain',
            label: 'to seek or obtain information on transactions in the Company\'s securities from any third party ...',
            template: '{to}seek or obtain, as {possessive} representative and on {possessive} behalf, information on transactions in {issuer-possessive} securities from any third party, including brokers, employee benefit plan administrators and trustees, and {subject} hereby {authorizes|authorize} any such person to release any such information to {object} and {approves|approve} and {ratifies|ratify} any such release of information',
            note: 'An item of an enumerated grant continues its "to:" without a "to" of its own.',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        }
    ]
};

export const purpose: ClausePhrases = {
    clause: 'purpose',
    styles: [
        { id: 'sole-purpose', label: 'for the sole and limited purpose of ...', template: 'to take any action and sign any document necessary or appropriate for the sole and limited purpose of {purpose}' },
        { id: 'to-purpose', label: 'to ... (the purpose as the power itself)', template: 'to {purpose}', note: 'A single-purpose power whose purpose is the act authorized: `purpose "sign certifications of quota ..."`.', example: 'other_dea-quota-certification-poa-21cfr1315-33' }
    ]
};

export const subjects: ClausePhrases = {
    clause: 'subjects',
    styles: [
        { id: 'general-authority', label: 'to act with general authority with respect to the following subjects', template: 'to act for {object} with general authority with respect to the following subjects: {subjects}' }
    ]
};

export const hotPowers: ClausePhrases = {
    clause: 'hot-powers',
    styles: [
        {
            id: 'granted-expressly',
            label: '..., which specific authority the undersigned hereby grants expressly',
            template: 'to {hot-powers}, which specific authority {subject} hereby {grants|grant} expressly',
            variants: { initialed: '{initials} to {hot-powers}, which specific authority {subject} hereby {grants|grant} expressly' },
            note: 'Powers granted `initialed` are each a power of their own, after a line for the principal\'s initials (variant `initialed`).'
        }
    ]
};

export const healthCare: ClausePhrases = {
    clause: 'health-care',
    styles: [
        {
            id: 'could-make',
            label: 'to make any and all health-care decisions ... if the undersigned had capacity',
            template: 'to make any and all health-care decisions for {object} that {subject} could make if {subject} had capacity[, including the power{health-care-items}]'
        }
    ]
};

export const catchAll: ClausePhrases = {
    clause: 'catch-all',
    styles: [
        {
            id: 'any-other-action',
            label: 'to take any other action of any type whatsoever in connection with the foregoing ...',
            template: 'to take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this power of attorney shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in such {designation-one}\'s discretion'
        },
        {
            id: 'classic',
            label: 'take any other action ... pursuant to this Power of Attorney ... (item (3) of the classic form)',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in such {designation-one}\'s discretion',
            example: 'sec16_endeavor-musk-2021, sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'classic-agent-discretion',
            label: '... may approve in her discretion (the agents\' pronoun)',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in {agent-possessive} discretion',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'perform-other-acts',
            label: 'perform any and all other acts which in the discretion of such attorney-in-fact are necessary or desirable ...',
            template: 'perform any and all other acts which in the discretion of such {designation-one} are necessary or desirable for and on behalf of {object} in connection with the foregoing',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'classic-benefit-or-required',
            label: '... may be of benefit to or legally required by, the undersigned ... in her discretion',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one}, may be of benefit to or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in {agent-possessive} discretion',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'necessary-or-desirable',
            label: 'take any other action of any type whatsoever which, in the opinion of such attorney-in-fact, may be necessary or desirable in connection with the foregoing authority, ...',
            template: 'take any other action of any type whatsoever which, in the opinion of such {designation-one}, may be necessary or desirable in connection with the foregoing authority, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'necessary-or-desirable-discretion',
            label: '... may be necessary or desirable in connection with the foregoing authority, ... may approve in such attorney-in-fact\'s discretion',
            template: 'take any other action of any type whatsoever which, in the opinion of such {designation-one}, may be necessary or desirable in connection with the foregoing authority, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in such {designation-one}\'s discretion',
            example: 'smith-limited-section16-2007 (held out)'
        },
        {
            id: 'classic-that-required-of',
            label: '... in connection with the foregoing that, ... may be of benefit to, in the best interest of, or legally required of the undersigned, ... as the attorney-in-fact may approve in the attorney-in-fact\'s discretion',
            template: 'take any other action of any type whatsoever in connection with the foregoing that, in the opinion of such {designation-one}, may be of benefit to, in the best interest of, or legally required of {object}, it being understood that the documents executed by the {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as the {designation-one} may approve in the {designation-one}\'s discretion',
            note: 'Item (3) of the "For Executing Form ID and Forms 3, 4 and 5" form: "that" for "which", "required of" for "required by,", and "the attorney-in-fact" where the classic form says "such".',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'classic-plural',
            label: '... in the opinion of such attorneys-in-fact, ... as such attorneys-in-fact may approve in such attorney-in-fact\'s or attorneys-in-fact\'s discretion',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation} may approve in such {designation-one}\'s or {designation}\'s discretion',
            note: 'The classic catch-all said of the agents together ("such attorneys-in-fact"), the discretion of one or of all.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'classic-prior-notice',
            label: '... in the opinion of such attorney-in-fact and subject to prior notice to the undersigned or undersigned\'s counsel, ... may approve in such attorney-in-fact\'s discretion in accordance with the foregoing',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one} and subject to prior notice to {object} or undersigned\'s counsel, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in such {designation-one}\'s discretion in accordance with the foregoing',
            note: 'The classic item (3) with the agents\' discretion bound by notice to the principal or counsel first; "undersigned\'s counsel" is the filing\'s own words.',
            example: 'sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'classic-discretion-as-filed',
            label: '... as such attorney-in-fact may approve in such attorney-in-facts discretion (the possessive without its apostrophe, as filed)',
            template: 'take any other action of any type whatsoever in connection with the foregoing which, in the opinion of such {designation-one}, may be of benefit to, in the best interest of, or legally required by, {object}, it being understood that the documents executed by such {designation-one} on behalf of {object} pursuant to this {instrument} shall be in such form and shall contain such terms and conditions as such {designation-one} may approve in such {designation-one}s discretion',
            note: 'The classic catch-all as some powers print it: "attorney-in-facts discretion" is the filing\'s own word, kept as filed.',
            example: 'sec16_joby-hoffman-annex-2021'
        }
    ]
};

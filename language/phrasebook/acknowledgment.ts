/** The Section 16 acknowledgment that neither the agents nor the company take over the insider's reporting duty. */
import type { ClausePhrases } from './phrase-style.js';

export const acknowledgment: ClausePhrases = {
    clause: 'acknowledgment',
    styles: [
        {
            id: 'not-assuming',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            variants: {
                'issuer-only': '{Subject} {acknowledges|acknowledge} that {acknowledged-issuer} is not assuming any of {possessive} responsibilities to comply with {section16}.'
            },
            note: 'The issuer is named when the clause names it with the agents, each party by its id (`acknowledgment no-assumption by doe, roe, co`), or by default; `by co` alone is the issuer\'s acknowledgment only (variant `issuer-only`).',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'no-such-attorney',
            label: 'no such attorney-in-fact ... is hereby assuming, nor is the Company hereby assuming',
            template: '{Subject} {acknowledges|acknowledge} that no such {designation-one}, in serving in such capacity {at-request}, is hereby assuming[, nor is {acknowledged-issuer} hereby assuming,] any of {possessive} responsibilities to comply with {section16}.',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'four-acknowledgments',
            label: 'The undersigned acknowledges that: (1) ... authorizes, but does not require ... (4) ... does not relieve the undersigned ...',
            template: '{Subject} {acknowledges|acknowledge} that: (1) this {instrument} authorizes, but does not require, such {designation-one} to act in their discretion on information provided to such {designation-one} without independent verification of such information; (2) any documents prepared and/or executed by such {designation-one} on behalf of {object} pursuant to this {instrument} will be in such form and will contain such information and disclosure as such {designation-one}, in his or her discretion, deems necessary or desirable; (3) neither {issuer} nor such {designation-one} assumes (i) any liability for {possessive} responsibility to comply with the requirement of {act1934}, (ii) any liability of {object} for any failure to comply with such requirements, or (iii) any obligation or liability of {object} for profit disgorgement under {section16b}; and (4) this {instrument} does not relieve {object} from responsibility for compliance with {possessive} obligations under {act1934}, including without limitation the reporting requirements under {section16}.',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'each-not-assuming',
            label: 'each of the foregoing attorneys-in-fact ... is not assuming',
            template: '{Subject} {acknowledges|acknowledge} that each of the foregoing {designation-plural}, in serving in such capacity {at-request}, is not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'each-attorney-not-assuming',
            label: 'The undersigned acknowledges that each attorney-in-fact, in serving in such capacity ..., is not assuming ...',
            template: '{Subject} {acknowledges|acknowledge} that each {designation-one}, in serving in such capacity {at-request}, is not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            example: 'sec16_rubicon-selby-ratify-2023'
        },
        {
            id: 'no-duty',
            label: 'The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the attorneys-in-fact with respect to the undersigned\'s obligations to file ...',
            template: 'The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the {designation} with respect to {possessive} obligations to file {filings-owed} with {sec}.[ {supersession-sentence}]',
            note: 'Followed by the supersession, as a sentence, when the file states one.',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'apprise',
            label: '... not assuming ... any of the undersigned\'s responsibilities to comply with Section 16(a) ... or the Securities Act. The Company will use all reasonable efforts to apprise the undersigned of applicable filing requirements ...',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16a} or {act1933}.[ {Acknowledged-issuer} will use all reasonable efforts to apprise {object} of applicable filing requirements for purposes of {section16a} or {act1933}.]',
            note: 'The company also undertakes to tell the principal of the filing requirements.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'not-assuming-act',
            label: '... are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with the Securities Exchange Act of 1934',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {act1934}.',
            note: 'The Act as a whole instead of its Section 16.',
            example: 'sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'not-assuming-such-laws',
            label: 'the foregoing attorney-in-fact ... is not assuming any of the undersigned\'s responsibilities to comply with such laws',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {legal-designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with such laws.',
            note: 'After a grant that names the laws (`comply with act1933, act1934`).',
            example: 'sec16_gates-foundation-trust-cotrustees-2007'
        },
        {
            id: 'not-assuming-is',
            label: 'the foregoing attorneys-in-fact ... is not assuming, nor is the Company assuming, ... (the verb in the singular whatever the number of agents, as filed)',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, is not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with {section16}.',
            note: 'The `not-assuming` form as some powers print it for several agents: "is", not "are".',
            example: 'sec16_linkedin-hoffman-trust-2011'
        },
        {
            id: 'not-assuming-one-act-by-name',
            label: 'the foregoing attorney-in-fact ... is not assuming, nor is the Company assuming, ... Section 16 of the Securities Exchange Act of 1934 (one attorney-in-fact, whatever the number of agents; the Act by its name)',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation-one}, in serving in such capacity {at-request}, is not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with Section 16 of the Securities Exchange Act of 1934.',
            note: 'As some powers print the `not-assuming` form: the agents in the singular, and the Act by its name where the power defined it in other words elsewhere ("the Securities Act of 1934").',
            example: 'sec16_eventbrite-botha-2018'
        },
        {
            id: 'not-assuming-form-words',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is the Company assuming, ... Section 16 of the Securities Exchange Act of 1934 (as amended) (the form\'s own words for the issuer and the Act)',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming, nor is the Company assuming, any of {possessive} responsibilities to comply with Section 16 of the Securities Exchange Act of 1934 (as amended).',
            note: 'The `not-assuming` sentence of the "Securities Law Compliance" form kept word for word by a power that defines the issuer and the Act in other words elsewhere ("the Corporation", "the Securities Exchange Act of 1934, as amended"), as filed.',
            example: 'sec16_palantir-thiel-lawfirm-agents-2020'
        },
        {
            id: 'no-duty-plural',
            label: 'The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the attorneys-in-fact with respect to the undersigned\'s obligations to file a Form ID, Schedule 13Ds and Forms 3, 4 and 5 ... (a form filed alone in the plural)',
            template: 'The authority granted hereby shall in no event be deemed to impose or create any duty on behalf of the {legal-designation} with respect to {possessive} obligations to file {filings-owed-plural} with {sec}.[ {supersession-sentence}]',
            note: 'The `no-duty` form as filed with a form filed alone named in the plural ("Schedule 13Ds") and the agents by their legal designation, "attorneys-in-fact", where the appointment calls them "attorneys-in-fact and agents". Followed by the supersession, as a sentence, when the file states one.',
            example: 'sec16_founder-spac-selby-13d-2021'
        },
        {
            id: 'not-assuming-any-issuer',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is any Company assuming, any of the undersigned\'s responsibilities',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming, nor is any {issuer-term} assuming, any of {possessive} responsibilities to comply with {section16}.',
            note: 'The `not-assuming` form that names the company by its defined term alone, "any Company", as powers for the companies of a group print it (each, a "Company").',
            example: 'sec16_joby-hoffman-annex-2021'
        },
        {
            id: 'not-assuming-any-issuer-13-16-144',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is any Company assuming, any of the undersigned\'s responsibilities to comply with Section 13 or Section 16 of the 1934 Act or Rule 144 under the 1933 Act',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming, nor is any {issuer-term} assuming, any of {possessive} responsibilities to comply with Section 13 or Section 16 of {act1934} or Rule 144 under {act1933}.',
            note: 'The `not-assuming-any-issuer` form of a power that also grants the Section 13 reports and the Forms 144: the responsibilities under each.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'not-assuming-regulation-13d-g',
            label: 'the foregoing attorneys-in-fact ... are not assuming, nor is the Company assuming, any of the undersigned\'s responsibilities to comply with Section 16 or Regulation 13D-G of the Securities Exchange Act of 1934',
            template: '{Subject} {acknowledges|acknowledge} that the foregoing {designation}, in serving in such capacity {at-request}, {agents:is|are} not assuming[, nor is {acknowledged-issuer} assuming,] any of {possessive} responsibilities to comply with Section 16 or Regulation 13D-G of {act1934}.',
            note: 'The `not-assuming` form of a power that also grants the filing of Schedules 13D and 13G: the responsibilities under Regulation 13D-G too.',
            example: 'sec16_abcellera-thiel-2020'
        }
    ]
};

/**
 * One filing the agents may make, in the words of its statute family (the
 * variant): section16a, rule144, section13d (and 13g), regulationST (Form ID),
 * registration, or any other.
 */
import type { ClausePhrases } from './phrase-style.js';

export const filing: ClausePhrases = {
    clause: 'filing',
    styles: [
        {
            id: 'report-or-statement',
            label: 'any report or statement of beneficial ownership ... on Form 3, Form 4 or Form 5',
            template: 'any report on {forms}[{amendments}][{successor-forms}] that {subject}[ ({capacity})] may be required to file under {statute}',
            variants: {
                'section16a': 'any report or statement of beneficial ownership or changes in beneficial ownership of securities of {issuer-appositive} that {subject}[ ({capacity})] may be required to file pursuant to {statute}, including specifically, but without limitation, full power and authority to sign {possessive} name[, {capacity},] to any report or statement on {forms}[{amendments}][{successor-forms}]',
                'rule144': 'any report required under {statute} on {forms}[{amendments}][{successor-forms}] relating to {relating-to} of securities of {issuer}',
                'section13d': 'any statement on {forms}[{amendments}][{successor-forms}] with respect to the beneficial ownership of securities of {issuer-appositive} that {subject}[ ({capacity})] may be required to file pursuant to {statute}',
                'section13g': 'any statement on {forms}[{amendments}][{successor-forms}] with respect to the beneficial ownership of securities of {issuer-appositive} that {subject}[ ({capacity})] may be required to file pursuant to {statute}',
                'regulationST': 'an application on {forms}[{amendments}][{successor-forms}] for the codes and passwords that enable {object} to make electronic filings under {statute}',
                'registration': 'any registration statement[ on {registration-named-forms}] relating to securities of {issuer}, and any amendment (including any post-effective amendment) thereto, filed under {statute}'
            },
            example: 'Hartford 2007 Section 16 power'
        },
        {
            id: 'classic',
            label: 'execute for and on behalf of the undersigned, in the undersigned\'s capacity as an officer and/or director of the Company, Forms 3, 4, and 5 ...',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] {forms-plural} in accordance with {statute} and the rules thereunder[{successor-forms}]',
            example: 'sec16_endeavor-musk-2021, sec16_rumble-sacks-13d13g-2023'
        },
        {
            id: 'all-filings',
            label: 'all securities and related filings with the SEC, including Forms 3, 4 and 5',
            template: 'all securities and related filings with {sec}, including {forms-plural}',
            example: 'sec16_tpg-boyce-letter-3yr-2003'
        },
        {
            id: 'prepare-execute-file',
            label: 'prepare, execute, acknowledge, deliver and file Forms 3, 4, and 5 (including any amendments thereto) with respect to the securities of the Company with ...',
            template: 'prepare, execute, acknowledge, deliver and file {forms-plural} (including any amendments thereto) with respect to the securities of {issuer-appositive} with {venues}, as considered necessary or advisable under {statute} and the rules and regulations promulgated thereunder, as amended from time to time',
            example: 'sec16_yelp-rabois-formid-2012, sec16_zynga-hoffman-broker-info-2011'
        },
        {
            id: 'complete-and-execute',
            label: 'complete and execute Forms 3, 4 and 5 and other forms and all amendments thereto as such attorneys-in-fact shall in their discretion determine ...',
            template: 'complete and execute {forms-plural} and other forms and all amendments thereto as such {designation} shall in {agents:his or her|their} discretion determine to be required or advisable pursuant to {statute} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
            example: 'sec16_linkedin-hoffman-trust-2011, sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'sign-amendments',
            label: 'to sign any amendments to this Annual Report on Form 10-K, and to file the same, with exhibits thereto ..., with the SEC',
            template: 'to sign any amendments to this Annual Report on {forms}, and to file the same, with exhibits thereto and other documents in connection therewith, with {sec}',
            note: 'A signature-page power in a Form 10-K.',
            example: 'regstmt_apple-10k-2024'
        },
        {
            id: 'sign-all-amendments',
            label: 'to sign any and all amendments to this Annual Report on Form 10-K and any documents related to this report ..., and to file the same ...',
            template: 'to sign any and all amendments to this Annual Report on {forms} and any documents related to this report and filed pursuant to {act1934}, and to file the same, with all exhibits thereto, and other documents in connection therewith, with {sec}',
            example: 'regstmt_medicis-10k-1999'
        },
        {
            id: 'sign-registration-amendments',
            label: 'to sign ... all amendments and post-effective amendments to this Registration Statement on Form S-3 (including any registration statement filed pursuant to Rule 462(b) ...) and to file the same ...',
            template: 'to sign on his or her behalf, individually and in each capacity stated below, all amendments and post-effective amendments to this Registration Statement on {forms} (including any registration statement filed pursuant to Rule 462(b) under {act1933} and all amendments thereto) and to file the same, with all exhibits thereto and any other documents in connection therewith, with {sec} under {act1933}',
            example: 'regstmt_s3-exhibit24-3-kessel-2001'
        },
        {
            id: 'sign-and-file-registration',
            label: 'to sign and file with the SEC under the Securities Act of 1933 any and all amendments (including post-effective amendments) to this registration statement, ... Rule 462 ...',
            template: 'to sign and file with {sec} under {act1933}, any and all amendments (including post-effective amendments) to this registration statement, any other registration statements and exhibits thereto that is the subject of this registration statement filed pursuant to Rule 462 under such Act, and any and all applications, instruments and other documents to be filed with {sec} pertaining to the registration of securities covered hereby',
            example: 'regstmt_central-pacific-s3-2025'
        },
        {
            id: 'classic-reports',
            label: 'execute ... any and all Form 3, 4 or 5 reports required to be filed by the undersigned ... with respect to transactions in securities of the Company',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] any and all {forms-singular} reports required to be filed by {object} in accordance with {statute}, and the rules thereunder with respect to transactions in securities of {issuer}',
            example: 'sec16_meta-thiel-2022'
        },
        {
            id: 'classic-with-respect-to',
            label: 'execute for and on behalf of the undersigned Forms 3, 4 and 5 with respect to securities of the issuer, in accordance with Section 16(a) ...',
            template: 'execute for and on behalf of {object} {forms-plural} with respect to securities of {issuer-appositive} in accordance with {statute} and the rules thereunder',
            example: 'sec16_yahoo-levchin-5yr-expiry-2012'
        },
        {
            id: 'classic-relating-to',
            label: 'execute for and on behalf of the undersigned a Form 3, Form 4 or Form 5, or any amendment thereto, relating to the securities of the issuer ...',
            template: 'execute for and on behalf of {object} a {forms}, or any amendment thereto, relating to the securities of {issuer-appositive} in accordance with {statute} and the rules thereunder',
            example: 'sec16_reinvent-spac-hoffman-2021'
        },
        {
            id: 'file-and-sign-462b',
            label: 'to file and sign any and all amendments, including post-effective amendments, to this registration statement and any other registration statement for the same offering ... Rule 462(b) ...',
            template: 'to file and sign any and all amendments, including post-effective amendments, to this registration statement and any other registration statement for the same offering that is to be effective under Rule 462(b) of {act1933}, and to file the same, with all exhibits thereto and other documents in connection therewith, with {sec}',
            example: 'regstmt_gcm-grosvenor-s3-2025'
        },
        {
            id: 'sign-post-effective-schedule',
            label: 'to sign any post-effective amendments to the S-8 registration statements indicated on Schedule A hereto, and to file the same ...',
            template: 'to sign any post-effective amendments to the {form-codes} registration statements indicated on {schedule} hereto, and to file the same, with exhibits and other documents in connection therewith, with {sec}',
            note: 'The registration statements are listed in a schedule (`schedule "Schedule A" ...`).',
            example: 'regstmt_microsoft-s8-posam-2004'
        },
        {
            id: 'sign-such-form-listing',
            label: 'to sign such Form S-3 and any and all amendments and supplements ..., and to file ... with the SEC, any and all applications ... in connection with the listing of the securities on the NYSE and any and all documents required to be filed with any state securities regulatory board ...',
            template: 'to sign such {forms} and any and all amendments and supplements, including post-effective amendments, to such {forms}, and to file such {forms} and each such amendment and supplement, including post-effective amendments, so signed, with all exhibits thereto, and any and all other documents in connection therewith, with {sec}[, any and all applications or other documents in connection with the listing of the securities on {venues}] and any and all documents required to be filed with any state securities regulatory board or commission pertaining to the {forms}',
            note: 'The exchange comes from `with nyse style folded` in the grant.',
            example: 'regstmt_welltower-s3asr-ex24-2025'
        },
        {
            id: 'execute-and-file-titled',
            label: 'execute and file the Statement of Changes in Beneficial Ownership of Securities (Form 4) ..., in connection with transactions in Microsoft Corporation securities',
            template: 'execute and file {forms-titled}, in connection with transactions in {issuer} securities',
            example: 'sec16_microsoft-hoffman-letter-2024'
        },
        {
            id: 'execute-and-cause-filed',
            label: 'to execute ... Forms 3, 4 and 5, and any amendments thereto, and cause such form(s) to be filed with the SEC pursuant to Section 16(a) ..., relating to the undersigned\'s beneficial ownership of securities in the Company',
            template: 'to execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] {forms-plural}[{amendments}], and cause such form(s) to be filed with {sec} pursuant to {statute}, relating to {possessive} beneficial ownership of securities in {issuer}',
            note: 'The whole grant in one infinitive; pair it with grant `infinitives` and filing-amendments `and-any`.',
            example: 'sec16_eventbrite-botha-2018'
        },
        {
            id: 'prepare-execute-submit',
            label: 'Prepare, execute in the undersigned\'s name and on the undersigned\'s behalf, and submit to the SEC Form ID and Forms 3, 4 and 5 ... in the undersigned\'s capacity as ...',
            template: 'prepare, execute in {possessive} name and on {possessive} behalf, and submit to {sec} {forms-plural}[{amendments}] in accordance with {statute} and the rules thereunder[ in {possessive} capacity as {capacity-as}]',
            note: 'Item (1) of the "For Executing Form ID and Forms 3, 4 and 5" form; with filing-amendments `joint-filing-agreements`.',
            example: 'sec16_mongodb-botha-cooley-form5-2020'
        },
        {
            id: 'following-forms',
            label: 'execute ... from time to time the following SEC forms: (i) Form ID, ...; (ii) Form 3, ...; ... and (vi) amendments of each thereof ...',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] from time to time the following {sec} forms: {forms-described}',
            note: 'Each form is an item, described in the words of the `form-description` style.',
            example: 'sec16_abcellera-thiel-2020'
        },
        {
            id: 'classic-amendments-comma',
            label: 'execute ..., Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) ... (the "1934 Act"), and the rules thereunder',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] {forms-plural}[{amendments}] in accordance with {statute}, and the rules thereunder',
            note: 'As `classic-amendments`, with a comma before "and the rules thereunder".',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'classic-amendments',
            label: 'execute for and on behalf of the undersigned, in the undersigned\'s capacity as ..., Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) ... and the rules thereunder',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {capacity-as},] {forms-plural}[{amendments}] in accordance with {statute} and the rules thereunder',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'as-well-as-reports',
            label: ', as well as any reports on Schedules 13D or 13G or Forms 13F or 13H and amendments thereto in each case in accordance with Section 13 ...',
            template: ', as well as any reports on {forms-plural-or}[{amendments}] in each case in accordance with {statute} and the rules thereunder',
            note: 'Follows another filing in securities-power `chained`.',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'or-any',
            label: 'or any Forms 144 in accordance with Rule 144 ...',
            template: ' or any {forms-any-plural} in accordance with {statute}',
            note: 'Follows another filing in securities-power `chained`; a numbered form alone is named in the plural too ("any Forms 144").',
            example: 'sec16_mongodb-botha-sequoia-2017'
        },
        {
            id: 'reports-on-forms',
            label: 'to execute and file ... any reports on Forms 3, 4, and 5 ... with respect to ownership, acquisition, or disposition of securities of the Company that the undersigned may be required to file with the SEC in accordance with Section 16(a) ...',
            template: 'to execute and file for and on behalf of {object} any reports on {forms-plural}[{amendments}] with respect to ownership, acquisition, or disposition of securities of {issuer} that {subject} may be required to file with {sec} in accordance with {statute}, and the rules promulgated thereunder',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'rule144-documents',
            label: 'to prepare, file, and submit any documents or reports that may be required under SEC Rule 144 to permit the undersigned to sell Company common stock ...',
            template: 'to prepare, file, and submit any documents or reports that may be required under SEC Rule 144 to permit {object} to sell Company common stock without registration under {act1933} in reliance on Rule 144 as amended from time to time',
            note: 'For `file form144 under rule144`.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'voluntary-filings',
            label: 'to execute and file for and on behalf of the undersigned any voluntary filings under Section 16(a) of the Exchange Act',
            template: 'to execute and file for and on behalf of {object} any voluntary filings under {statute}',
            note: 'Reports filed without being required (a Form 4 or 5 filed early): write the forms, `file form4, form5 under section16a style voluntary-filings`; the words name only the statute.',
            example: 'sec16_23andme-botha-ocr-2024'
        },
        {
            id: 'sign-and-file',
            label: 'to sign and file Forms 3, 4 and 5 with the SEC and any stock exchange or similar authority',
            template: '{to}sign and file {forms-plural}[{amendments-thereto}][{successor-forms}][ with {venues}]',
            note: 'A short grant: the power stands alone (the venues are named in it, not in an item of their own).',
            example: 'sec16_joby-hoffman-annex-2021'
        },
        {
            id: 'sign-and-file-under',
            label: 'to sign and file Forms 3, 4 and 5 with the SEC ... as required by Section 16(a) ...',
            template: '{to}sign and file {forms-plural}[{amendments-thereto}][{successor-forms}][ with {venues}] as required by {statute} and the rules thereunder',
            note: 'The short grant with the statute the forms are filed under.'
        },
        {
            id: 'complete-and-execute-each',
            label: 'complete and execute Forms 3, 4 and 5 ... as such attorney-in-fact shall in his or her discretion determine ... (each agent singly)',
            template: 'complete and execute {forms-plural} and other forms and all amendments thereto as such {designation-one} shall in his or her discretion determine to be required or advisable pursuant to {statute} and the rules and regulations promulgated thereunder, or any successor laws and regulations, as a consequence of {possessive} ownership, acquisition or disposition of securities of {issuer}',
            note: 'The `complete-and-execute` wording where each of the persons named is appointed "attorney-in-fact".',
            example: 'sec16_natera-botha-exhibit-a-2022'
        },
        {
            id: 'all-securities-related-filings',
            label: 'all securities related filings with the SEC, including Forms 3, 4 and 5',
            template: 'all securities related filings with {sec}, including {forms-plural}',
            note: 'The same letter as `all-filings` without "and": several Texas Pacific Group letters of 2003 print it so.',
            example: 'tpg-frantz-letter-2003 (held out); the John W. Marren letter of July 14, 2003 (sec.gov, accession 0000903423-04-000011)'
        },
        {
            id: 'sign-after-review',
            label: 'to sign on my behalf, after my review, the Annual Report on Form 10-K to be prepared and filed with the SEC for the year ended ...',
            template: 'to sign {on-behalf}, after {pronoun-possessive} review, the Annual Report on {forms-each} to be prepared and filed with {sec}[ for the year ended {year-ended}]',
            note: 'One annual report, signed only after the principal has reviewed it; the year from `for year ended ...`.',
            example: 'regstmt_10k-questionnaire-poa-2003'
        },
        {
            id: 'classic-individual-capacity',
            label: 'execute for and on behalf of the undersigned, in the undersigned\'s individual capacity, Forms 3, 4, and 5 and amendments thereto in accordance with Section 16(a) of the Exchange Act',
            template: 'execute for and on behalf of {object}, in {possessive} individual capacity, {forms-plural}[{amendments}] in accordance with {statute}',
            note: 'The classic item (1) for a principal who files for himself or herself, not as an officer or director of a named company. The filing defines the Act with its rules ("the Securities Exchange Act of 1934, as amended, and the rules thereunder (the "Exchange Act")"), so the rules are in the term\'s meaning, not in this style\'s words.',
            example: 'smith-limited-section16-2007 (held out; EDGAR accession 0001385068-07-000001, exhibit24jsmithpoa.htm)'
        },
        {
            id: 'following-forms-bare-role',
            label: 'execute ..., in the undersigned\'s capacity as officer and/or director of ..., from time to time the following SEC forms: (i) Form ID, ...',
            template: 'execute for and on behalf of {object}[, in {possessive} capacity as {principal-role-bare},] from time to time the following {sec} forms: {forms-described}',
            note: 'The `following-forms` item with the principal\'s role named without an article ("in the undersigned\'s capacity as officer and/or director of AbCellera Biologics Inc., ...").',
            example: 'sec16_abcellera-thiel-2020'
        }
    ]
};

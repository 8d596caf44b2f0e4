/**
 * SEC forms and the statutes or rules they are filed under. One table read by
 * the renderer (names), the checks (which statute a form belongs to), and the
 * editor (completion and hover).
 */
export type StatuteFamily = 'section16a' | 'section16' | 'rule144' | 'section13d' | 'section13g' | 'section13a' | 'section13f' | 'section13' | 'regulationST' | 'registration';

export interface Statute {
    id: string;
    /** How the statute is cited once its act is defined, e.g. "Section 16(a) of {act1934}". `{act}` is the act's defined term. */
    citation: string;
    /** The act (a standard term id) the statute belongs to. */
    act: 'act1934' | 'act1933';
    family: StatuteFamily;
    description: string;
}

export interface SecForm {
    id: string;
    /** The form's name as printed: "Form 4", "Schedule 13D". */
    name: string;
    /** The statutes the form may be filed under. The first is canonical. */
    statutes: string[];
    description: string;
    /** The form's title where filings name it by title ("the Statement of Changes in Beneficial Ownership of Securities (Form 4)"). */
    title?: string;
}

export const STATUTES: readonly Statute[] = [
    { id: 'section16a', citation: 'Section 16(a) of {act}', act: 'act1934', family: 'section16a', description: 'Section 16(a) of the Securities Exchange Act of 1934 requires directors, officers and holders of more than 10% of a class of registered equity securities to report their holdings (Form 3) and changes in them (Forms 4 and 5).' },
    { id: 'section16', citation: 'Section 16 of {act}', act: 'act1934', family: 'section16', description: 'Section 16 of the Securities Exchange Act of 1934: reporting (16(a)), short-swing profit recovery (16(b)) and short-sale restrictions (16(c)) for insiders.' },
    { id: 'section16b', citation: 'Section 16(b) of {act}', act: 'act1934', family: 'section16', description: 'Section 16(b) of the Securities Exchange Act of 1934: the issuer\'s recovery of an insider\'s short-swing profits.' },
    { id: 'rule144', citation: 'Rule 144 of {act}', act: 'act1933', family: 'rule144', description: 'Rule 144 under the Securities Act of 1933 (17 C.F.R. 230.144): the safe harbor for resales of restricted and control securities; an affiliate gives notice of a proposed sale on Form 144.' },
    { id: 'section13d', citation: 'Section 13(d) of {act}', act: 'act1934', family: 'section13d', description: 'Section 13(d) of the Securities Exchange Act of 1934 and Regulation 13D-G: a person acquiring more than 5% of a class of registered equity securities files Schedule 13D (or, if eligible, Schedule 13G).' },
    { id: 'section13g', citation: 'Section 13(g) of {act}', act: 'act1934', family: 'section13g', description: 'Section 13(g) of the Securities Exchange Act of 1934: short-form beneficial ownership reports on Schedule 13G by eligible institutional and passive investors.' },
    { id: 'section13a', citation: 'Section 13(a) or 15(d) of {act}', act: 'act1934', family: 'section13a', description: 'Sections 13(a) and 15(d) of the Securities Exchange Act of 1934: periodic reports of issuers (Forms 10-K, 10-Q and 8-K).' },
    { id: 'section13', citation: 'Section 13 of {act}', act: 'act1934', family: 'section13', description: 'Section 13 of the Securities Exchange Act of 1934 as a whole: beneficial ownership reports (13(d), 13(g)), institutional managers\' reports (13(f)) and large traders\' reports (13(h)).' },
    { id: 'section13f', citation: 'Section 13(f) of {act}', act: 'act1934', family: 'section13f', description: 'Section 13(f) of the Securities Exchange Act of 1934: quarterly reports of institutional investment managers on Form 13F.' },
    { id: 'regulationST', citation: 'Regulation S-T under {act}', act: 'act1934', family: 'regulationST', description: 'Regulation S-T (17 C.F.R. Part 232): electronic filing on EDGAR; Form ID applies for the access codes needed to file.' },
    { id: 'registration', citation: 'Section 6 of {act}', act: 'act1933', family: 'registration', description: 'Section 6 of the Securities Act of 1933: registration statements (Forms S-1, S-3, S-8), signed by the issuer and a majority of its board.' }
];

export const SEC_FORMS: readonly SecForm[] = [
    // Titles as the filings print them: Forms 4 and 5 in the Microsoft letter of 2024 (corpus sec16_microsoft-hoffman-letter-2024).
    { id: 'form3', name: 'Form 3', statutes: ['section16a'], description: 'Initial Statement of Beneficial Ownership of Securities, filed within 10 days of becoming a director, officer or 10% holder (Exchange Act Rule 16a-3).', title: 'Initial Statement of Beneficial Ownership of Securities' },
    { id: 'form4', name: 'Form 4', statutes: ['section16a'], description: 'Statement of Changes in Beneficial Ownership, filed within two business days of a transaction (Section 16(a)(2)(C)).', title: 'Statement of Changes in Beneficial Ownership of Securities' },
    { id: 'form5', name: 'Form 5', statutes: ['section16a'], description: 'Annual Statement of Changes in Beneficial Ownership, filed within 45 days after the issuer\'s fiscal year end (Exchange Act Rule 16a-3(f)).', title: 'Annual Statement of Changes in Beneficial Ownership' },
    { id: 'form144', name: 'Form 144', statutes: ['rule144'], description: 'Notice of Proposed Sale of Securities under Rule 144(h) of the Securities Act of 1933.' },
    { id: 'formID', name: 'Form ID', statutes: ['regulationST'], description: 'Uniform Application for Access Codes to File on EDGAR (Regulation S-T, Rule 10(b)).' },
    { id: 'schedule13D', name: 'Schedule 13D', statutes: ['section13d', 'section13'], description: 'Beneficial ownership report of more than 5% of a class of equity securities (Exchange Act Rule 13d-1(a)).' },
    { id: 'schedule13G', name: 'Schedule 13G', statutes: ['section13g', 'section13d', 'section13'], description: 'Short-form beneficial ownership report for eligible passive and institutional investors (Exchange Act Rule 13d-1(b), (c) and (d)).' },
    { id: 'form13F', name: 'Form 13F', statutes: ['section13f', 'section13'], description: 'Quarterly report of institutional investment managers (Exchange Act Rule 13f-1).' },
    { id: 'form13H', name: 'Form 13H', statutes: ['section13'], description: 'Large trader registration and reports under Section 13(h) of the Exchange Act (Exchange Act Rule 13h-1).' },
    { id: 'form10K', name: 'Form 10-K', statutes: ['section13a'], description: 'Annual report of an issuer, signed by a majority of the board of directors.' },
    { id: 'form10Q', name: 'Form 10-Q', statutes: ['section13a'], description: 'Quarterly report of an issuer.' },
    { id: 'form8K', name: 'Form 8-K', statutes: ['section13a'], description: 'Current report of an issuer.' },
    { id: 'formS1', name: 'Form S-1', statutes: ['registration'], description: 'Registration statement under the Securities Act of 1933.' },
    { id: 'formS3', name: 'Form S-3', statutes: ['registration'], description: 'Short-form registration statement under the Securities Act of 1933.' },
    { id: 'formS8', name: 'Form S-8', statutes: ['registration'], description: 'Registration statement for securities offered under employee benefit plans.' },
    // Signature-page powers speak of "this registration statement" without naming its form (corpus regstmt_gcm-grosvenor-s3-2025, regstmt_central-pacific-s3-2025).
    { id: 'registrationStatement', name: 'registration statement', statutes: ['registration'], description: 'A registration statement under the Securities Act of 1933 whose form the power does not name (the power is in the registration statement itself: "this registration statement").' }
];

/** Venues where filings are made. */
export const VENUES: readonly { id: string; name: string; description: string }[] = [
    { id: 'sec', name: 'the SEC', description: 'The Securities and Exchange Commission (through EDGAR).' },
    { id: 'exchanges', name: 'any stock exchange or similar authority', description: 'Any national securities exchange or similar authority on which the issuer\'s securities are listed.' },
    { id: 'nyse', name: 'the New York Stock Exchange', description: 'The New York Stock Exchange.' },
    { id: 'nasdaq', name: 'The Nasdaq Stock Market LLC', description: 'The Nasdaq Stock Market.' },
    { id: 'nationalExchanges', name: 'any national securities exchanges', description: 'Any national securities exchange on which the issuer\'s securities are listed.' },
    { id: 'company', name: 'the issuer', description: 'The issuer itself (rendered as the issuer\'s name or defined term).' },
    { id: 'exchangesOrAssociations', name: 'any securities exchange or national association', description: 'Any securities exchange or national securities association.' },
    { id: 'otherAgencies', name: 'such other person or agency as the attorneys-in-fact shall deem appropriate', description: 'Any other person or agency the agents consider appropriate.' },
    { id: 'authorities', name: 'any other authority', description: 'Any other authority with which the report or form is to be filed.' },
    { id: 'listingExchanges', name: 'any stock exchange on which any of the issuer\'s securities are listed', description: 'Any stock exchange on which the issuer\'s securities are listed (rendered with the issuer\'s name or defined term).' },
    { id: 'securitiesExchanges', name: 'any securities exchange or similar authority', description: 'Any securities exchange or similar authority on which the issuer\'s securities are listed.' },
    { id: 'exchangesOrSelfRegulatory', name: 'any stock exchange, self-regulatory association or any similar authority', description: 'Any stock exchange, self-regulatory association or similar authority.' },
    { id: 'exchangesAssociationsOrAuthorities', name: 'any securities exchange, national association or similar authority', description: 'Any securities exchange, national securities association or similar authority.' },
    // The same person or agency where the power speaks of one attorney-in-fact (corpus sec16_natera-botha-exhibit-a-2022).
    { id: 'otherAgency', name: 'such other person or agency as the attorney-in-fact shall deem appropriate', description: 'Any other person or agency the attorney-in-fact considers appropriate (the power speaks of one attorney-in-fact).' }
];

/**
 * A catalog's entries by id, the first of an id kept (as `find` would return it): the checks and the renderer
 * look forms and statutes up by id a few dozen times per file.
 */
function byId<T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> {
    const map = new Map<string, T>();
    for (const entry of entries) if (!map.has(entry.id)) map.set(entry.id, entry);
    return map;
}

const SEC_FORMS_BY_ID = byId(SEC_FORMS);

export function secForm(id: string): SecForm | undefined {
    return SEC_FORMS_BY_ID.get(id);
}

/**
 * A filing under Section 16(a), or under Section 16 as a whole ("reports required by Section 16 of the
 * Exchange Act", as many filers write it): both are the insider reporting on Forms 3, 4 and 5.
 */
export function isSection16Reporting(statuteId: string | undefined): boolean {
    return statuteId === 'section16a' || statuteId === 'section16';
}

const STATUTES_BY_ID = byId(STATUTES);

export function statute(id: string): Statute | undefined {
    return STATUTES_BY_ID.get(id);
}

/** The statute family a filing under this statute belongs to; Section 16 as a whole is the Section 16(a) reporting it is. */
export function statuteFamily(statuteId: string | undefined): StatuteFamily | undefined {
    return isSection16Reporting(statuteId) ? 'section16a' : statuteId ? statute(statuteId)?.family : undefined;
}

/** How many statute families the filings fall under (Form ID under Regulation S-T and Forms 3, 4 and 5 under Section 16(a): two). */
export function statuteFamilyCount(filings: readonly { statute: string }[]): number {
    return new Set(filings.map((f) => statuteFamily(f.statute))).size;
}

/** True when a status names the filings of a family: its own, or Section 13 as a whole for 13(d), 13(g), 13(f) ... */
export function statusCovers(status: string, filingStatute: string | undefined): boolean {
    const own = statuteFamily(status);
    const family = statuteFamily(filingStatute);
    return own !== undefined && (own === family || (own === 'section13' && family !== undefined && family.startsWith('section13')));
}

/** The acts by their full names, for citations outside the instrument (which uses their defined terms). */
const ACT_NAMES: Record<Statute['act'], string> = {
    act1934: 'the Securities Exchange Act of 1934',
    act1933: 'the Securities Act of 1933'
};

/**
 * A statute cited in full for messages, hovers and completion: "Section 16(a)
 * of the Securities Exchange Act of 1934", "Rule 144 under the Securities Act
 * of 1933" (a rule is made under an act). An id the catalog does not know is
 * returned as it is.
 */
export function statuteCitation(id: string): string {
    const s = statute(id);
    if (!s) return id;
    return s.citation.replace('{act}', ACT_NAMES[s.act]).replace(/^(Rule \S+) of /, '$1 under ');
}

export function venue(id: string) {
    return VENUES.find((v) => v.id === id);
}

/**
 * Where the text of each law the catalog cites was read (issue 11: provenance).
 * Each entry is a page or file that was actually opened with the stored-source
 * search tools on 30 November 2026, with what was read of it. A citation with
 * no entry here is shown as "citation not verified" in docs/rules.md.
 */
import type { Provenance } from './rule.js';

const read = (citation: string, where: string): Provenance => ({ citation, read: 'text', where });
const cited = (citation: string, where?: string): Provenance => ({ citation, read: 'cited', where });

export const SOURCES = {
    regST302: read('17 C.F.R. § 232.302(a), (b)(1)-(2) (Regulation S-T Rule 302)', 'https://www.law.cornell.edu/cfr/text/17/232.302 (current text, read 2026-11-30)'),
    release33_10889: read('Electronic Signatures in Regulation S-T Rule 302, Release No. 33-10889, 85 Fed. Reg. 78224 (Dec. 4, 2020), effective December 4, 2020', 'https://regulations.justia.com/regulations/fedreg/2020/12/04/2020-26166.html (summary and dates read)'),
    rule16a3: cited('Exchange Act Rule 16a-3, 17 C.F.R. § 240.16a-3'),
    ny1501C: read('N.Y. Gen. Oblig. Law § 5-1501C(1)-(7)', 'https://newyork.public.law/laws/n.y._general_obligations_law_section_5-1501c and https://law.onecle.com/new-york/general-obligations/GOB05-1501C_5-1501C.html'),
    ny1501B: read('N.Y. Gen. Oblig. Law § 5-1501B(1)(a)-(c) (as amended effective June 13, 2021: principal\'s signature acknowledged and witnessed by two persons not named as agents or permissible gift recipients; the notary may be one witness; each agent\'s signature acknowledged)', 'https://getpocketlaw.com/law/state_new_york/section-5-1501b-creation-of-a-valid-power-of-attorney-when-effective_8ef7280e1712 (current text, read 2026-11-30; the 2014 text at http://ny.elaws.us/law/gob_art5_t15_sec.5-1501b was read for comparison)'),
    ny1514repeal: read('N.Y. Gen. Oblig. Law §§ 5-1513, 5-1503 and the repeal of the statutory gifts rider of former § 5-1514 (L. 2020, S. 3923-A)', 'https://nysenate.gov/legislation/bills/2019/s3923 (bill text excerpt read)'),
    fl2102: read('Fla. Stat. § 709.2102 ("principal" means an individual)', 'https://lawserver.com/law/state/florida/regulations/florida_statutes_709-2105 (definitions of § 709.2102 quoted with § 709.2105)'),
    fl2105: read('Fla. Stat. § 709.2105(1)-(2)', 'https://lawserver.com/law/state/florida/regulations/florida_statutes_709-2105'),
    fl2201: read('Fla. Stat. § 709.2201(1)-(3)(b)', 'https://instalawyer.io/laws/florida-statutes/7092201-authority-of-agent'),
    fl2202: read('Fla. Stat. § 709.2202(1)', 'http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&URL=0700-0799%2F0709%2FSections%2F0709.2202.html (2024 Florida Statutes)'),
    tx0015: read('Tex. Est. Code § 751.0015', 'https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb1974/draft-2009753 (H.B. 1974, 2017, committee substitute adding § 751.0015)'),
    tx002: read('Tex. Est. Code § 751.002 (2015 text; now § 751.0021(a)), durability words', 'https://www.global-regulation.com/law/united-states/392877/estates-code---title-2---subtitle-p.-durable-powers-of-attorney.html'),
    ca4121: read('Cal. Prob. Code § 4121', 'https://casetext.com/statute/california-codes/california-probate-code/division-45-powers-of-attorney/part-2-powers-of-attorney-generally/chapter-2-creation-and-effect-of-powers-of-attorney/section-4121-requirements'),
    ca4122: read('Cal. Prob. Code § 4122', 'http://elderabuseadvocate.blogspot.com/2009/06/california-codes-probate-code-section.html (sections 4120-4130 as posted in 2009)'),
    ca4673: read('Cal. Prob. Code § 4673(a)', 'https://jurris.com/california/probate-code/4670-4678 (article 1 of the Health Care Decisions Law; § 4673(a)(1)-(3) read)'),
    ca4674: read('Cal. Prob. Code § 4674(a)-(d)', 'https://self-law.org/code/ca/probate-code/4674 (a research copy of the section)'),
    dc2205: read('D.C. Code § 21-2205(a)-(e)', 'https://code.dccouncil.gov/us/dc/council/code/sections/21-2205.html (the Council\'s official code)'),
    il33: cited('755 ILCS 45/3-3 (witness qualifications)', 'described, not quoted, at https://www.atgf.com/underwriting/news/illinois-witnessing-requirement-statutory-and-non-statutory-powers-attorney and https://www.nationalnotary.org/knowledge-center/news/law-updates/il-house-bill-6477'),
    ca4401: read('Cal. Prob. Code § 4401 (Uniform Statutory Form Power of Attorney)', 'a stored code file, search id 69742222406, that reproduces the form as chaptered (Stats. 2011, ch. 113); its repository is not named by the search tool'),
    tx166003: read('Tex. Health & Safety Code § 166.003 (witnesses: each a competent adult; at least one not within (2)(A)-(G))', 'https://instalawyer.io/laws/texas-statutes/section-166003-witnesses (as amended by Acts 2015, ch. 435, read 2026-11-30)'),
    ca4402: read('Cal. Prob. Code § 4402(a)-(c)', 'https://self-law.org/code/ca/probate-code/4402 (a research copy of the section, read 2026-11-30)'),
    ca4675: read('Cal. Prob. Code § 4675(a)-(b)', 'https://self-law.org/code/ca/probate-code/4675 (a research copy of the section, read 2026-11-30)'),
    il2105: read('755 ILCS 45/2-10.5(a)-(b)', 'https://codes.findlaw.com/il/chapter-755-estates/il-st-sect-755-45-2-10-5.html (current as of January 1, 2022, read 2026-11-30)'),
    regST10: read('17 C.F.R. § 232.10(a)-(c) (Regulation S-T Rule 10: Form ID and its notarized authentication document, signed by the applicant; as amended at 86 FR 7972, Feb. 3, 2021)', 'MichalOpoka/ecfr cfr/title-17-Commodity-Securities-Exchanges/chapter-II-Securities-Exchange-Commission/part-232-Regulation-ST-General-Rules-Regulations-Electronic-Filings/subjectgroup-ECFRb47776402eba41a-General/section-232.10.md at commit 4de8555adefba257be87b0c3bfaaf36e76ca239e (an eCFR dump; the earlier text at commit 17639b1028a4b79f95725ace277f6b34d9126c17 still said manually signed over the typed signature)'),
    co705: read('C.R.S. § 15-14-705 (Colorado\'s enactment of Uniform Power of Attorney Act § 105: signature by the principal or at the principal\'s direction in the principal\'s conscious presence; an acknowledged signature presumed genuine; with the official comment that notarization is not required)', 'https://law.justia.com/codes/colorado/2021/title-15/article-14/part-7/section-15-14-705/ (2021 Colorado Code, read 2026-11-30); the uniform act\'s own text was not read'),
    dc260104: read('D.C. Code § 21-2601.04 (a power of attorney is durable unless it expressly provides that it ends on incapacity)', 'https://development.code.dccouncil.gov/us/dc/council/code/sections/21-2601.04 (the Council\'s code site, read 2026-11-30)'),
    dc260105b: read('D.C. Code § 21-2601.05(b) ("not valid unless it is acknowledged before a notary public or other individual authorized by law to take acknowledgment")', 'https://ezel.ai/surveys/power-of-attorney-requirements/district-of-columbia (quotes subsection (b) verbatim; a survey stating it was verified against the statute; the Council\'s page for the section was not found in the stored sources)'),
    fl2108: read('Fla. Stat. § 709.2108(1)-(2) (exercisable when executed; a springing power executed before October 1, 2011 is exercisable on the physician\'s affidavit)', 'https://www.linslawgroup.com/blog/2021/09/when-does-a-durable-power-of-attorney-go-into-effect-in-florida/ (quotes subsection (1) in full and (2) in part; read 2026-11-30)'),
    tx0021: read('Tex. Est. Code § 751.0021(a)(1)-(4) (durable power: signed, durability words, acknowledged before an officer authorized to take acknowledgments and administer oaths)', 'https://powerofattorney.com/texas/durable-power-attorney-texas-form-adobe-pdf/ (quotes subsection (a)(1)-(4); read 2026-11-30); H.B. 1974 (2017), which added the section, at ' + 'https://app.legiplex.com/tx/legislature/2017/85-0/bills/hb1974/draft-2009753'),
    co710: read('C.R.S. § 15-14-710(1)-(4) (Colorado\'s enactment of Uniform Power of Attorney Act § 110: when a power of attorney and an agent\'s authority terminate; termination not effective against one acting in good faith without actual knowledge)', 'https://casetext.com/statute/colorado-revised-statutes/title-15-probate-trusts-and-fiduciaries/colorado-probate-code/article-14-persons-under-disability-protection/part-7-uniform-power-of-attorney-act/subpart-1-general-provisions/section-15-14-710-termination-of-power-of-attorney-or-agents-authority (current through 2024, read 2026-11-30); the uniform act\'s own text was not read'),
    co709: read('C.R.S. § 15-14-709(1)-(4) (Colorado\'s enactment of Uniform Power of Attorney Act § 109: when a power of attorney is effective; who determines a future event or incapacity)', 'https://casetext.com/statute/colorado-revised-statutes/title-15-probate-trusts-and-fiduciaries/colorado-probate-code/article-14-persons-under-disability-protection/part-7-uniform-power-of-attorney-act/subpart-1-general-provisions/section-15-14-709-when-power-of-attorney-effective (current through 2024, read 2026-11-30); the uniform act\'s own text was not read'),
    co711: read('C.R.S. § 15-14-711(1)-(4) (Colorado\'s enactment of Uniform Power of Attorney Act § 111: coagents act independently unless the power provides otherwise; successor agents)', 'https://law.justia.com/codes/colorado/2021/title-15/article-14/part-7/section-15-14-711/ (2021 Colorado Code, read 2026-11-30); the uniform act\'s own text was not read'),
    il25: read('755 ILCS 45/2-5 (an agency continues notwithstanding the principal\'s disability unless it states an earlier end; a later power does not revoke an earlier one unless it says so)', 'https://www.ilga.gov/legislation/ilcs/documents/075500450K2-5.htm (the General Assembly\'s site, P.A. 96-1195 text, read 2026-11-30)')
} as const;

/** A Uniform Power of Attorney Act citation whose own text was not read, with the state enactment that was. */
export function upoaa(citation: string, enactment: Provenance): readonly Provenance[] {
    return [{ citation, read: 'cited', where: `the uniform act was not read; its enactment was: ${enactment.citation}` }, enactment];
}

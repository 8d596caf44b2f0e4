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
    regST10: read('17 C.F.R. § 232.10(a)-(c) (Regulation S-T Rule 10: Form ID and its notarized authentication document, signed by the applicant; as amended at 86 FR 7972, Feb. 3, 2021)', 'MichalOpoka/ecfr cfr/title-17-Commodity-Securities-Exchanges/chapter-II-Securities-Exchange-Commission/part-232-Regulation-ST-General-Rules-Regulations-Electronic-Filings/subjectgroup-ECFRb47776402eba41a-General/section-232.10.md at commit 4de8555adefba257be87b0c3bfaaf36e76ca239e (an eCFR dump; the earlier text at commit 17639b1028a4b79f95725ace277f6b34d9126c17 still said manually signed over the typed signature)')
} as const;

/**
 * ct-1-352: the statutory form as read from its stored source.
 * source: saint1415/us-statutes data/states/connecticut/content/title-title-1-provisions-of-general-application/chapter-chapter-15c-connecticut-uniform-power-of-attorney-act-and-co.json (branch data) @ 7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99 -- Conn. Gen. Stat. 1-352(a)(2) "Durable Statutory Power of Attorney - Short Form" (Connecticut Uniform Power of Attorney Act)
 * note: statute text scraped by the repository from https://law.justia.com/codes/connecticut/title-1/chapter-15c/section-1-352/; the statute's introductory sentence and history/annotation lines are omitted, form text kept as stored; only subdivision (a)(2) (short form) is kept; the initial-box table is run together in the source ("(A)Real property;(  )(B)..."); the statute's quotation marks opening and closing the form removed, and the execution block, run together in the source ("....Witness", "STATE OF}ss:COUNTY OF", "Commissioner of the Superior CourtNotary Public"), set out one line each with the witnesses' and the venue's blanks as slots
 */
import type { StatutoryForm } from './statutory-form.js';

/** Built on first use (form-registry.ts), so a start that reads no form builds none. */
const form = (): StatutoryForm => ({
    id: 'ct-1-352',
    title: 'Durable Statutory Power of Attorney - Short Form',
    jurisdiction: 'CT',
    kind: 'general',
    citation: 'Conn. Gen. Stat. § 1-352(a)(2)',
    source: { repo: 'saint1415/us-statutes', path: 'data/states/connecticut/content/title-title-1-provisions-of-general-application/chapter-chapter-15c-connecticut-uniform-power-of-attorney-act-and-co.json', commit: '7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99', url: 'https://law.justia.com/codes/connecticut/title-1/chapter-15c/section-1-352/' },
    taken: '2026-11-30',
    powerMechanism: 'strike-to-withhold',
    blank: '....',
    formalities: { witnesses: 2, witnessesRequired: true, notary: 'required', citation: 'Conn. Gen. Stat. § 1-352(a)(2) (the form: "shall be duly acknowledged by the principal in the manner prescribed for the acknowledgment of a conveyance of real property"); § 1-350d ("A power of attorney must be dated and signed by the principal ... and witnessed by two witnesses") and § 1-350e(a) (a power executed in the state on or after October 1, 2016 "is valid if its execution complies with section 1-350d"), as stored in the same repository\'s chapter 15c' },
    blocks: [
        {kind: "heading", text: "DURABLE STATUTORY POWER OF ATTORNEY - SHORT FORM"},
        {kind: "notice", text: "Notice: The powers granted by this document are broad and sweeping. They are defined in the Connecticut Uniform Power of Attorney Act, which expressly permits the use of any other or different form of power of attorney desired by the parties concerned. The grantor of any power of attorney or the agent may make application to a Probate Court for an accounting as provided in subsection (d) of section 45a-175 of the general statutes. This power of attorney does not authorize the agent to make health care decisions for you.", notice: "notice"},
        {kind: "paragraph", text: "Know All Persons by These Presents, which are intended to constitute a GENERAL POWER OF ATTORNEY pursuant to the Connecticut Uniform Power of Attorney Act:"},
        {kind: "paragraph", text: "That I {principal.nameAndAddress} do hereby appoint {agents.names} my agent(s) TO ACT {agents.mode}", blanks: {"principal.nameAndAddress": ".... (insert name and address of the principal)", "agents.names": ".... (insert name and address of the agent, or each agent, if more than one is designated)", "agents.mode": "....."}},
        {kind: "paragraph", text: "If more than one agent is designated and the principal wishes each agent alone to be able to exercise the power conferred, insert in this blank the word ‘severally'. Failure to make any insertion or the insertion of the word ‘jointly' shall require the agents to act jointly."},
        {kind: "paragraph", text: "First: In my name, place and stead in any way which I myself could do, if I were personally present, with respect to the following matters as each of them is defined in the Connecticut Uniform Power of Attorney Act to the extent that I am permitted by law to act through an agent:"},
        {kind: "paragraph", text: "(Strike out and initial in the opposite box any one or more of the subparagraphs as to which the principal does NOT desire to give the agent authority. Such elimination of any one or more of subparagraphs (A) to (M), inclusive, shall automatically constitute an elimination also of subparagraph (N).)"},
        {kind: "paragraph", text: "To strike out any subparagraph the principal must draw a line through the text of that subparagraph AND write his initials in the box opposite."},
        {kind: "power", power: "realProperty", text: "(A)Real property;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "tangiblePersonalProperty", text: "(B)Tangible personal property;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "stocksAndBonds", text: "(C)Stocks and bonds;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "commoditiesAndOptions", text: "(D)Commodities and options;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "banks", text: "(E)Banks and other financial institutions;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "operationOfEntity", text: "(F)Operation of entity or business;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "insuranceAndAnnuities", text: "(G)Insurance and annuities;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "estatesAndTrusts", text: "(H)Estates, trusts and other beneficial interests;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "claimsAndLitigation", text: "(I)Claims and litigation;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "personalAndFamilyMaintenance", text: "(J)Personal and family maintenance;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "governmentBenefits", text: "(K)Benefits from governmental programs or civil or military service;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "retirementPlans", text: "(L)Retirement plans;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "taxes", text: "(M)Taxes;({initials})", blanks: {"initials": "  "}},
        {kind: "power", power: "allOtherMatters", text: "(N)All other matters;({initials})", blanks: {"initials": "  "}},
        {kind: "paragraph", text: "{instructions}", blanks: {"instructions": "......................................................................................................................................................................................................."}},
        {kind: "paragraph", text: "......................................................................................................................................................................................................."},
        {kind: "paragraph", text: "......................................................................................................................................................................................................."},
        {kind: "paragraph", text: "......................................................................................................................................................................................................."},
        {kind: "paragraph", text: "(Special provisions and limitations may be included in the statutory form power of attorney only if they conform to the requirements of the Connecticut Uniform Power of Attorney Act.)"},
        {kind: "paragraph", text: "Second: LIMITATION ON AGENT'S AUTHORITY"},
        {kind: "paragraph", text: "An agent MAY NOT use my property to benefit the agent or a dependent of the agent unless I have included that authority in any special instructions below."},
        {kind: "paragraph", text: "Third: Hereby ratifying and confirming all that said agent(s) or substitute(s) do or cause to be done."},
        {kind: "paragraph", text: "Fourth: With full and unqualified authority to exercise or delegate any or all of the foregoing powers granted under this power of attorney to any person or persons whom my agent(s) shall select."},
        {kind: "heading", text: "Fifth: DESIGNATION OF SUCCESSOR AGENT(S) (OPTIONAL)"},
        {kind: "paragraph", text: "If my agent is unable or unwilling to act for me, I name as my successor agent:"},
        {kind: "paragraph", text: "Name of Successor Agent: {successor1.name}", blanks: {"successor1.name": "____________________________"}},
        {kind: "paragraph", text: "Successor Agent's Address: {successor1.address}", blanks: {"successor1.address": "___________________________"}},
        {kind: "paragraph", text: "If my successor agent is unable or unwilling to act for me, I name as my second successor agent:"},
        {kind: "paragraph", text: "Name of Second Successor Agent: {successor2.name}", blanks: {"successor2.name": "____________________________"}},
        {kind: "paragraph", text: "Second Successor Agent's Address: {successor2.address}", blanks: {"successor2.address": "___________________________"}},
        {kind: "heading", text: "Sixth: DESIGNATION OF CONSERVATOR OF ESTATE (OPTIONAL)"},
        {kind: "paragraph", text: "If a conservator of my estate should be appointed, I designate that .... be appointed to serve as conservator of my estate. If .... is unable to serve or cease to serve as conservator of my estate, I designate that .... be appointed to serve as conservator of my estate."},
        {kind: "paragraph", text: "I direct that bond for the conservator of my estate, including any sureties thereon .... be required .... not be required."},
        {kind: "paragraph", text: "Seventh: EFFECTIVE DATE"},
        {kind: "paragraph", text: "This power of attorney is effective immediately unless I have stated otherwise in the special instructions."},
        {kind: "paragraph", text: "The execution of this statutory short form power of attorney shall be duly acknowledged by the principal in the manner prescribed for the acknowledgment of a conveyance of real property."},
        {kind: "paragraph", text: "In Witness Whereof I have hereunto signed my name and affixed my seal this {execution.day} day of {execution.month}, 20{execution.yearShort}", blanks: {"execution.day": "....", "execution.month": "....", "execution.yearShort": "..."}},
        {kind: "signature", text: ".... (Signature of Principal) (Seal)"},
        {kind: "witness", text: "{witness1.name} Witness\n{witness2.name} Witness"},
        {kind: "notary", text: "STATE OF {notary.state}\nss:\nCOUNTY OF {notary.county}\nCommissioner of the Superior Court\nNotary Public\nMy commission expires: ....", blanks: {"notary.state": "", "notary.county": ""}}
    ]
});

export default form;

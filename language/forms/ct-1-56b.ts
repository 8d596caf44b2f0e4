/**
 * ct-1-56b: the statutory form as read from its stored source.
 * source: saint1415/us-statutes data/states/connecticut/content/title-title-1-provisions-of-general-application/chapter-chapter-7a-durable-power-of-attorney-bank-accounts.json (branch data) @ 7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99 -- Conn. Gen. Stat. 1-56b(a) statutory form "Connecticut Statutory Durable Power of Attorney Account" (limited POA over one bank account; P.A. 89-67)
 * note: statute text scraped by the repository from https://law.justia.com/codes/connecticut/title-1/chapter-7a/section-1-56b/; only the form in subsection (a) is kept; "POWER OFATTORNEY" and "20...Witnessed by:(Acknowledgment)" are run together in the source
 */
import type { StatutoryForm } from './statutory-form.js';

/** Built on first use (form-registry.ts), so a start that reads no form builds none. */
const form = (): StatutoryForm => ({
    id: 'ct-1-56b',
    title: 'Connecticut Statutory Durable Power of Attorney Account',
    jurisdiction: 'CT',
    kind: 'limited',
    citation: 'Conn. Gen. Stat. § 1-56b(a)',
    source: { repo: 'saint1415/us-statutes', path: 'data/states/connecticut/content/title-title-1-provisions-of-general-application/chapter-chapter-7a-durable-power-of-attorney-bank-accounts.json', commit: '7dd72f1b58b2cc6673f34861cdae4a4c09f4fc99', url: 'https://law.justia.com/codes/connecticut/title-1/chapter-7a/section-1-56b/' },
    taken: '2026-11-30',
    blank: '....',
    formalities: { witnesses: 1, witnessesRequired: false, notary: 'optional', citation: 'Conn. Gen. Stat. § 1-56b(a) (the form: "Witnessed by:" and "(Acknowledgment)")' },
    blocks: [
        {kind: "heading", text: "CONNECTICUT STATUTORY DURABLE POWER OFATTORNEY ACCOUNT"},
        {kind: "paragraph", text: "I, {principal.nameAndAddress}, do hereby appoint {agents.names}[ {agents.mode}] my attorney-in-fact to deposit to my credit in account No. (Insert account number) in (Insert name of financial institution) moneys, negotiable instruments or credits acceptable by said financial institution for deposit, to withdraw from said account, either personally or by order payable either to said agent individually or to another payee, all moneys now and hereafter deposited in my name and to my credit in said account, and to sign in my name any and all required receipts, orders, drafts and withdrawal slips therefor, giving said agent full power and authority to do and perform anything whatsoever requisite and necessary to be done with respect to said account as fully as I might or could do if personally present, hereby ratifying and confirming all that said agents shall do or cause to be done by virtue hereof.", blanks: {"principal.nameAndAddress": "(Insert name and address of principal)", "agents.names": "(Insert name and address of the agent, or each agent, if more than one is designated. If more than one agent is designated and the principal wishes each agent alone to be able to exercise the power conferred, insert in this blank the word “severally”. Failure to make any insertion or the insertion of the word “jointly” shall require the agents to act jointly.)"}},
        {kind: "paragraph", text: "This power of attorney shall not be affected by my subsequent disability or incompetence."},
        {kind: "signature", text: "Signed this {execution.day} day of {execution.month}, 20{execution.yearShort}", blanks: {"execution.day": "....", "execution.month": "....", "execution.yearShort": "..."}},
        {kind: "witness", text: "Witnessed by:"},
        {kind: "notary", text: "(Acknowledgment)"}
    ]
});

export default form;

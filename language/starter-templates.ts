/**
 * Starter files for `poa new` and the editor's "New POA" command: a complete,
 * well-formed instrument of each kind with placeholders a lawyer replaces.
 */
import type { Kind } from './model/poa-model.js';
import { STYLE_SETS, styleSet } from './phrasebook/style-sets.js';
import { WRITTEN_ORDER } from './registry/clause-registry.js';

export const KINDS: readonly Kind[] = ['section16', 'securities', 'general', 'limited', 'healthcare'];

export function isKind(value: string): value is Kind {
    return (KINDS as readonly string[]).includes(value);
}

/** A valid identifier from a file or instrument name ("kreczko-2007" -> "Kreczko2007"). */
export function instrumentName(name: string): string {
    const cleaned = name.replace(/\.poa$/i, '').split(/[^A-Za-z0-9_]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    return /^[A-Za-z_]/.test(cleaned) ? cleaned : `Poa${cleaned}`;
}

const EXECUTION = `    executed 2026-01-15 {
        signature conformed
    }`;

/** A starter's clauses, by the clause registry's name for their place in the file; a leading newline leaves a blank line. */
type Sections = Partial<Record<(typeof WRITTEN_ORDER)[number], string>>;

/** The clauses in the order the clause registry writes them (language/registry/clause-registry.ts). */
function writtenInOrder(sections: Sections): string {
    return WRITTEN_ORDER.flatMap((clause) => sections[clause] ?? []).join('\n');
}

/**
 * The execution of a general or limited power: a line the principal signs in ink (a filing's conformed "/s/" is
 * for the securities starters), two witnesses and a notary's acknowledgment, which covers the
 * states with rules that ask for either. New York also makes each agent's signed and acknowledged acceptance
 * a condition of the power (N.Y. Gen. Oblig. Law § 5-1501B(1)(c), rule `poa/ny-agent-acceptance`), so its
 * starter provides for it rather than warn on a file the lawyer has not touched yet.
 */
function financialExecution(jurisdiction: string): string {
    const acceptance = jurisdiction.toUpperCase() === 'NY' ? '\n        acceptance by agents acknowledged' : '';
    return `\n    executed 2026-01-15 {
        signature
        witnesses 2
        notary acknowledgment${acceptance}
    }`;
}

/**
 * A general power's grant: the Uniform Power of Attorney Act's subjects, which incorporate the act's description
 * of each (§§ 204-216). Florida honours only authority specifically granted (Fla. Stat. § 709.2201(1), rule
 * `poa/fl-general-grant`), so its starter writes out the acts instead.
 */
function generalGrant(jurisdiction: string): string {
    if (jurisdiction.toUpperCase() === 'FL') {
        return `\n    grant {
        power "to buy, sell, convey, lease, mortgage and manage real property"
        power "to open, close and make deposits to and withdrawals from accounts at banks and other financial institutions"
        power "to buy, sell and transfer stocks, bonds and other securities"
        power "to prepare, sign and file tax returns, and to deal with any taxing authority"
    }`;
    }
    return `\n    grant {
        subjects realProperty, tangiblePersonalProperty, stocksAndBonds, banks,
            claimsAndLitigation, personalAndFamilyMaintenance, governmentBenefits, taxes
    }`;
}

const BODIES: Record<Kind, (jurisdiction: string) => Sections> = {
    section16: (j) => ({
        kind: `    kind section16`,
        jurisdiction: `    jurisdiction ${j}`,
        principal: `\n    principal officer "Jane Q. Officer" {
        pronoun she
        capacities individual, fiduciary, other
    }`,
        agents: `\n    agents severally {
        agent counsel "John A. Counsel"
        agent secretary "Mary B. Secretary"
    }`,
        issuer: `\n    issuer company "EXAMPLE CORPORATION" {
        organized in "Delaware" as corporation
        defined as "Company"
    }`,
        grant: `\n    grant {
        comply with act1934, sec
        file form3, form4, form5 under section16a including amendments, successor-forms
        file form144 under rule144 relating to sales
        any other action
    }`,
        ratification: `    ratification`,
        acknowledgment: `    acknowledgment no-assumption`,
        supersession: `\n    supersedes all prior authorizations for company securities revoking them`,
        term: `    term {
        ends when no longer subject to section16 for company
    }`,
        revocation: `    revocation by signed-writing delivered to agents`,
        execution: `\n${EXECUTION}`
    }),
    securities: (j) => ({
        kind: `    kind securities`,
        jurisdiction: `    jurisdiction ${j}`,
        principal: `\n    principal holder "Example Capital Partners, L.P." entity {
        organized in "Delaware" as limited-partnership
        signed by "Pat Partner" as "Managing Member of its General Partner"
    }`,
        agents: `\n    agents severally {
        agent counsel "John A. Counsel"
    }`,
        issuer: `\n    issuer company "EXAMPLE CORPORATION" {
        organized in "Delaware" as corporation
        defined as "Company"
    }`,
        grant: `\n    grant {
        file schedule13D, schedule13G under section13d including amendments
        with sec
        any other action
    }`,
        ratification: `    ratification`,
        supersession: `\n    supersedes all prior authorizations for company securities revoking them`,
        term: `    term {
        ends when revoked
    }`,
        revocation: `    revocation by signed-writing delivered to agents`,
        execution: `\n${EXECUTION}`
    }),
    general: (j) => ({
        kind: `    kind general`,
        jurisdiction: `    jurisdiction ${j}`,
        principal: `\n    principal jane "Jane Q. Principal" {
        pronoun she
        address "12 Elm Street, Springfield"
    }`,
        agents: `\n    agents {
        agent agent1 "John A. Agent"
    }`,
        successors: `    successors {
        agent agent2 "Mary B. Successor"
    }`,
        grant: generalGrant(j),
        term: `\n    term {
        starts immediately
        durable
    }`,
        revocation: `    revocation by signed-writing delivered to agents`,
        compensation: `    compensation expenses-only`,
        reliance: `    third-party reliance`,
        execution: financialExecution(j)
    }),
    limited: (j) => ({
        kind: `    kind limited`,
        jurisdiction: `    jurisdiction ${j}`,
        voice: `    voice first-person`,
        principal: `\n    principal jane "Jane Q. Principal" {
        pronoun she
    }`,
        agents: `\n    agents {
        agent agent1 "John A. Agent"
    }`,
        grant: `\n    grant {
        purpose "selling the real property at 12 Elm Street, Springfield"
    }`,
        term: `\n    term {
        starts immediately
        ends on 2026-12-31
    }`,
        revocation: `    revocation by signed-writing delivered to agents`,
        execution: financialExecution(j)
    }),
    healthcare: (j) => ({
        kind: `    kind healthcare`,
        jurisdiction: `    jurisdiction ${j}`,
        voice: `    voice first-person`,
        principal: `\n    principal jane "Jane Q. Principal" {
        pronoun she
    }`,
        agents: `\n    agents {
        called "health-care agents"
        agent agent1 "John A. Agent"
    }`,
        successors: `    successors {
        agent agent2 "Mary B. Successor"
    }`,
        grant: `\n    grant {
        health-care decisions including lifeSustainingTreatment, medicalRecords
    }`,
        term: `\n    term {
        starts on incapacity determined by physician
        durable
    }`,
        revocation: `    revocation by signed-writing delivered to agents`,
        execution: `\n    executed 2026-01-15 {
        signature
        witnesses 2
    }`
    })
};

/**
 * The starter instrument of a kind. With `style`, the id of a style set of the
 * phrasebook (language/phrasebook/style-sets.ts), written as `style <set>`
 * after the jurisdiction; an unknown set is refused.
 */
export function starterSource(kind: Kind, name: string, jurisdiction = kind === 'section16' || kind === 'securities' ? 'federal' : 'NY', style?: string): string {
    if (style !== undefined && !styleSet(style)) throw new Error(`unknown style set '${style}' (use one of ${STYLE_SETS.map((s) => s.id).join(', ')})`);
    const body = writtenInOrder(BODIES[kind](jurisdiction)).replace(/^( {4}jurisdiction .*)$/m, (line) => (style === undefined ? line : `${line}\n    style ${style}`));
    return `// A new ${kind} power of attorney. Replace the names and dates, then run \`poa check\`.\npoa ${instrumentName(name)} {\n${body}\n}\n`;
}

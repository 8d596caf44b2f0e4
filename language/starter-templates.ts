/**
 * Starter files for `poa new` and the editor's "New POA" command: a complete,
 * well-formed instrument of each kind with placeholders a lawyer replaces.
 */
import type { Kind } from './model/poa-model.js';
import { STYLE_SETS, styleSet } from './phrasebook/style-sets.js';

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

const BODIES: Record<Kind, (jurisdiction: string) => string> = {
    section16: (j) => `    kind section16
    jurisdiction ${j}

    principal officer "Jane Q. Officer" {
        pronoun she
        capacities individual, fiduciary, other
    }

    agents severally {
        agent counsel "John A. Counsel"
        agent secretary "Mary B. Secretary"
    }

    issuer company "EXAMPLE CORPORATION" {
        organized in "Delaware" as corporation
        defined as "Company"
    }

    grant {
        comply with act1934, sec
        file form3, form4, form5 under section16a including amendments, successor-forms
        file form144 under rule144 relating to sales
        any other action
    }
    ratification
    acknowledgment no-assumption

    supersedes all prior authorizations for company securities revoking them
    term {
        ends when no longer subject to section16 for company
    }
    revocation by signed-writing delivered to agents

${EXECUTION}`,
    securities: (j) => `    kind securities
    jurisdiction ${j}

    principal holder "Example Capital Partners, L.P." entity {
        organized in "Delaware" as limited-partnership
        signed by "Pat Partner" as "Managing Member of its General Partner"
    }

    agents severally {
        agent counsel "John A. Counsel"
    }

    issuer company "EXAMPLE CORPORATION" {
        organized in "Delaware" as corporation
        defined as "Company"
    }

    grant {
        file schedule13D, schedule13G under section13d including amendments
        with sec
        any other action
    }
    ratification

    supersedes all prior authorizations for company securities revoking them
    term {
        ends when revoked
    }
    revocation by signed-writing delivered to agents

${EXECUTION}`,
    general: (j) => `    kind general
    jurisdiction ${j}

    principal jane "Jane Q. Principal" {
        pronoun she
        address "12 Elm Street, Springfield"
    }

    agents {
        agent agent1 "John A. Agent"
    }
    successors {
        agent agent2 "Mary B. Successor"
    }

    grant {
        subjects realProperty, tangiblePersonalProperty, stocksAndBonds, banks,
            claimsAndLitigation, personalAndFamilyMaintenance, governmentBenefits, taxes
    }

    term {
        starts immediately
        durable
    }
    revocation by signed-writing delivered to agents
    compensation expenses-only
    third-party reliance

    executed 2026-01-15 {
        signature conformed
        witnesses 2
        notary acknowledgment
    }`,
    limited: (j) => `    kind limited
    jurisdiction ${j}
    voice first-person

    principal jane "Jane Q. Principal" {
        pronoun she
    }

    agents {
        agent agent1 "John A. Agent"
    }

    grant {
        purpose "selling the real property at 12 Elm Street, Springfield"
    }

    term {
        starts immediately
        ends on 2026-12-31
    }
    revocation by signed-writing delivered to agents

    executed 2026-01-15 {
        signature conformed
        witnesses 2
        notary acknowledgment
    }`,
    healthcare: (j) => `    kind healthcare
    jurisdiction ${j}
    voice first-person

    principal jane "Jane Q. Principal" {
        pronoun she
    }

    agents {
        called "health-care agents"
        agent agent1 "John A. Agent"
    }
    successors {
        agent agent2 "Mary B. Successor"
    }

    grant {
        health-care decisions including lifeSustainingTreatment, medicalRecords
    }

    term {
        starts on incapacity determined by physician
        durable
    }
    revocation by signed-writing delivered to agents

    executed 2026-01-15 {
        signature conformed
        witnesses 2
    }`
};

/**
 * The starter instrument of a kind. With `style`, the id of a style set of the
 * phrasebook (language/phrasebook/style-sets.ts), written as `style <set>`
 * after the jurisdiction; an unknown set is refused.
 */
export function starterSource(kind: Kind, name: string, jurisdiction = kind === 'section16' || kind === 'securities' ? 'federal' : 'NY', style?: string): string {
    if (style !== undefined && !styleSet(style)) throw new Error(`unknown style set '${style}' (use one of ${STYLE_SETS.map((s) => s.id).join(', ')})`);
    const body = BODIES[kind](jurisdiction).replace(/^( {4}jurisdiction .*)$/m, (line) => (style === undefined ? line : `${line}\n    style ${style}`));
    return `// A new ${kind} power of attorney. Replace the names and dates, then run \`poa check\`.\npoa ${instrumentName(name)} {\n${body}\n}\n`;
}

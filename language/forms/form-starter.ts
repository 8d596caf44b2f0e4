/**
 * The starter file for `poa new --form <id>` (and the editor's "New POA"
 * command): an instrument on the statutory form, with the parties, the
 * form's first powers initialled and the execution the form asks for, as
 * placeholders a lawyer replaces.
 */
import { instrumentName } from '../starter-templates.js';
import { formPowers } from './form-registry.js';
import type { StatutoryForm } from './statutory-form.js';

export function formStarterSource(form: StatutoryForm, name: string): string {
    const lines = [
        `// A power of attorney on the statutory form of ${form.citation}. Replace the names and dates, then run \`poa check\`.`,
        `poa ${instrumentName(name)} {`,
        `    form ${form.id}`,
        `    kind ${form.kind}`,
        `    jurisdiction ${form.jurisdiction}`,
        '',
        '    principal jane "Jane Q. Principal" {',
        '        pronoun she',
        '        address "1 Main Street, Anytown"',
        '    }',
        '    agents {',
        '        agent john "John A. Agent" {',
        '            address "2 Main Street, Anytown"',
        '        }',
        '    }',
        '    successors {',
        '        agent mary "Mary B. Successor"',
        '    }'
    ];
    const powers = formPowers(form);
    if (powers.length && (form.powerMechanism ?? 'initial-to-grant') === 'initial-to-grant') {
        // Two powers to show the form, never two of which the form says to initial only one.
        const chosen: string[] = [];
        for (const p of powers) {
            if (chosen.length < 2 && !chosen.some((c) => form.exclusive?.some((g) => g.powers.includes(c) && g.powers.includes(p)))) chosen.push(p);
        }
        lines.push(`    // The form's powers: ${powers.join(', ')}`, `    initials ${chosen.join(', ')}`);
    }
    lines.push('', '    executed 2026-01-15 {', '        signature');
    if (form.formalities.witnesses > 0) lines.push(`        witnesses ${form.formalities.witnesses}`);
    if (form.formalities.notary !== 'none') lines.push('        notary acknowledgment');
    lines.push('    }', '}');
    return lines.join('\n') + '\n';
}

/**
 * Rules checked across the files of a workspace rather than within one file.
 * The check itself is `checks/workspace-checks.ts`; the catalog entry holds
 * the wording and the source.
 */
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';

export const WORKSPACE_RULES: readonly Rule[] = [
    rule({
        code: 'poa/overlapping-powers',
        severityBasis: 'warning: both powers are valid; two sets of agents in force is a real risk.',
        scope: 'Section 16 and securities filing powers in the same workspace.',
        title: 'Two powers in force for the same principal and issuer',
        kinds: ['section16', 'securities'], jurisdictions: 'all', severity: 'warning',
        message: 'This power of attorney and the one in {other} are both in force for {principal} and {issuer}, and neither supersedes the other.',
        why: 'Both sets of agents keep their authority, so a former agent could still sign filings for the insider.',
        action: 'Have the later power revoke earlier powers for this issuer, or revoke the earlier one.',
        source: 'Uniform Power of Attorney Act § 110(f)',
        provenance: [{ citation: 'Uniform Power of Attorney Act § 110(f)', read: 'cited', where: 'the uniform act was not read; the same rule was read in 755 ILCS 45/2-5' }, SOURCES.il25]
    })
];

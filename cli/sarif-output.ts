/** SARIF 2.1.0 output for `poa check --format sarif`, so code-scanning tools can show the findings. */
import { RULES } from '../language/rules/rule-catalog.js';
import type { CheckResult } from './check-command.js';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(results: readonly CheckResult[], version: string): object {
    const index = new Map(RULES.map((r, i) => [r.code, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'poa',
                    fullName: 'POA Studio checks',
                    version,
                    rules: RULES.map((r) => ({
                        id: r.code,
                        name: r.title,
                        shortDescription: { text: r.title },
                        fullDescription: { text: `${r.message} ${r.why} ${r.action}`.replace(/\{([A-Za-z]\w*)\}/g, '‹$1›') },
                        defaultConfiguration: { level: LEVEL[r.severity] },
                        properties: { source: r.source }
                    }))
                }
            },
            results: results.map((r) => ({
                ruleId: r.code,
                ...(index.has(r.code) ? { ruleIndex: index.get(r.code) } : {}),
                level: LEVEL[r.severity] ?? 'error',
                message: { text: r.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                        region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn }
                    }
                }]
            }))
        }]
    };
}

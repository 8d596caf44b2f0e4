/**
 * Checks across several instruments (a workspace, or the files given to
 * `poa check`): two powers of attorney in force for the same principal and
 * issuer where neither supersedes the other. Pure: models in, findings per
 * document out; the language server and the CLI both call it.
 */
import type { PoaModel } from '../model/poa-model.js';
import { ruleByCode } from '../rules/rule-catalog.js';
import { powerEndDate } from '../model/power-end.js';
import { isIsoDate, longDate, nameKey, sameName } from '../rules/rule-helpers.js';
import { ruleMessage, type CheckContext, type Finding } from '../rules/rule.js';

export interface WorkspaceDocument {
    uri: string;
    model: PoaModel;
}

const CODE = 'poa/overlapping-powers';

function inForce(model: PoaModel, today: string): boolean {
    const exec = model.execution?.date.value;
    if (!isIsoDate(exec) || exec > today || model.template) return false;
    const end = powerEndDate(model);
    return !end || end >= today;
}

/** Does `later` supersede `earlier` (both for the same issuer)? */
function supersedes(later: PoaModel, earlier: PoaModel, issuerId: string): boolean {
    const s = later.supersession;
    const laterDate = later.execution?.date.value;
    const earlierDate = earlier.execution?.date.value;
    if (!s || !isIsoDate(laterDate) || !isIsoDate(earlierDate)) return false;
    if (s.dates.some((d) => d.value === earlierDate)) return true;
    return s.all && (!s.issuer || s.issuer === issuerId) && laterDate >= earlierDate && (s.revoking || s.what === 'powers' || s.what === 'authorizations');
}

/** Findings per document URI for powers that overlap with another document's. */
export function checkWorkspace(documents: readonly WorkspaceDocument[], context: CheckContext): Map<string, Finding[]> {
    const rule = ruleByCode(CODE)!;
    const out = new Map<string, Finding[]>();
    const relevant = documents.filter((d) => (d.model.kind === 'section16' || d.model.kind === 'securities') && inForce(d.model, context.today));
    // Each document's principals by name, once: a pair with no principal in common is passed over without comparing names
    // (a workspace of 1,000 instruments is half a million pairs).
    const principalKeys = relevant.map((d) => new Set(d.model.principals.flatMap((p) => (p.name.value ? [nameKey(p.name.value)] : []))));
    const sharePrincipal = (i: number, j: number) => [...principalKeys[i]].some((k) => principalKeys[j].has(k));
    for (let i = 0; i < relevant.length; i++) {
        for (let j = i + 1; j < relevant.length; j++) {
            if (!sharePrincipal(i, j)) continue;
            const a = relevant[i];
            const b = relevant[j];
            for (const pa of a.model.principals) {
                const pb = b.model.principals.find((p) => sameName(p.name.value, pa.name.value));
                if (!pb) continue;
                for (const ia of a.model.issuers) {
                    const ib = b.model.issuers.find((x) => sameName(x.name.value, ia.name.value));
                    if (!ib || supersedes(a.model, b.model, ia.id) || supersedes(b.model, a.model, ib.id)) continue;
                    const report = (self: WorkspaceDocument, other: WorkspaceDocument, selfPrincipal = pa, otherPrincipal = pb) => {
                        const date = other.model.execution?.date.value;
                        const finding: Finding = {
                            code: CODE,
                            severity: rule.severity,
                            message: ruleMessage(rule, { other: `${fileName(other.uri)}${isIsoDate(date) ? ` (executed ${longDate(date)})` : ''}`, principal: selfPrincipal.name.value ?? selfPrincipal.id, issuer: ia.name.value ?? ia.id }),
                            range: self.model.nameRange,
                            related: [{ uri: other.uri, range: other.model.nameRange, message: 'The other power of attorney in force.' }, { uri: other.uri, range: otherPrincipal.nameRange, message: 'Its principal.' }],
                            fix: undefined
                        };
                        out.set(self.uri, [...(out.get(self.uri) ?? []), finding]);
                    };
                    report(a, b, pa, pb);
                    report(b, a, pb, pa);
                }
            }
        }
    }
    return out;
}

function fileName(uri: string): string {
    const path = uri.replace(/^[a-z]+:\/\//i, '');
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

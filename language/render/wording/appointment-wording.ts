/**
 * The appointment: who appoints whom, how co-agents act, and what they are
 * called. "The undersigned does hereby nominate, constitute and appoint A, B
 * and C, or any one or more of them, his true and lawful attorneys-in-fact,
 * with full power of substitution, ..."
 */
import type { AgentModel, AgentMode } from '../../model/poa-model.js';
import type { Run } from '../document-tree.js';
import { joinRuns } from '../english.js';
import type { RenderContext } from '../render-context.js';

/** How co-agents act, as the phrase that follows their names. */
export const AGENT_MODE_PHRASES: Record<AgentMode, string> = {
    'any-one-or-more': 'or any one or more of them',
    'severally': 'each acting singly',
    'jointly': 'acting jointly',
    'jointly-and-severally': 'jointly and severally',
    'majority': 'acting by a majority of them'
};

export function appointmentRuns(ctx: RenderContext): Run[] {
    const m = ctx.model;
    const runs: Run[] = [...principalIdentification(ctx)];
    runs.push({ text: ` ${ctx.verb('does', 'do')} hereby nominate, constitute and appoint ` });
    if (m.agents.length === 0) {
        runs.push({ text: '[ATTORNEY-IN-FACT]', role: 'missing', ref: 'agents', note: 'No agent is named: add an agents clause naming at least one attorney-in-fact.' });
    } else {
        runs.push(...joinRuns(m.agents.map((a) => agentRuns(ctx, a)), 'and'));
        if (m.agents.length > 1 && m.agentMode) runs.push({ text: `, ${AGENT_MODE_PHRASES[m.agentMode]}` });
    }
    runs.push({ text: `, ${ctx.pronounPossessive()} true and lawful ${ctx.designation()}` });
    runs.push(...substitutionRuns(ctx));
    return runs;
}

/** "The undersigned" / "I, Jane Doe, of 12 Elm Street," / "The undersigned, a director or officer of the Company,". */
function principalIdentification(ctx: RenderContext): Run[] {
    const principals = ctx.model.principals;
    if (ctx.firstPerson) {
        if (principals.length === 0) return [{ text: 'I, ' }, { text: '[PRINCIPAL]', role: 'missing', ref: 'principal', note: 'No principal is named.' }, { text: ',' }];
        const names = joinRuns(principals.map((p) => {
            const runs: Run[] = [ctx.party(p)];
            if (p.address?.value || p.address?.parameter) runs.push({ text: ', of ' }, ctx.value(p.address, 'ADDRESS'));
            return runs;
        }), 'and');
        return [{ text: `${ctx.subject(true)}, ` }, ...names, { text: ',' }];
    }
    const role = principals.length === 1 ? principals[0].roleDescription : undefined;
    if (role && (role.value || role.parameter)) {
        const article = /^[aeiou]/i.test(role.value ?? '') ? 'an' : 'a';
        const of = ctx.model.issuers.length ? [{ text: ' of ' }, ...ctx.issuer()] : [];
        return [{ text: `${ctx.subject(true)}, ${article} ` }, ctx.value(role, 'ROLE'), ...of, { text: ',' }];
    }
    return [{ text: ctx.subject(true) }];
}

/** An agent by name, or by office: "the Company's General Counsel, for the time being". */
export function agentRuns(ctx: RenderContext, agent: AgentModel): Run[] {
    if (!agent.office) return [ctx.party(agent)];
    const org = agent.organization ? ctx.findParty(agent.organization) : undefined;
    const orgRuns: Run[] = org ? (org.role === 'issuer' ? ctx.issuer(org.id) : [ctx.party(org)]) : [];
    const office: Run = { text: agent.office, role: 'party', ref: agent.id, source: agent.nameRange };
    if (orgRuns.length === 0) return [{ text: 'the person holding the office of ' }, office, { text: ', for the time being' }];
    return [{ text: 'the ' }, office, { text: ' of ' }, ...orgRuns, { text: ', for the time being' }];
}

/** ", with full power of substitution and resubstitution". */
function substitutionRuns(ctx: RenderContext): Run[] {
    const s = ctx.model.substitution;
    if (!s) return [];
    if (s.wording) return [{ text: ', ', source: s.range }, ...ctx.wording(s.wording)];
    const extras = [s.resubstitution ? 'resubstitution' : undefined, s.revocation ? 'revocation' : undefined].filter(Boolean);
    return [{ text: `, with full power of substitution${extras.length ? ` and ${extras.join(' and ')}` : ''}`, source: s.range }];
}

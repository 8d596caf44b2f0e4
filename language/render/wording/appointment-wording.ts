/**
 * The parties of the appointment as runs: the principal as the opening names
 * them ("the undersigned", "I, Jane Doe, of 12 Elm Street,") and each agent,
 * by name or by office. The words around them are the phrasebook's
 * (`phrasebook/opening.ts`, `phrasebook/appointment.ts`).
 */
import type { AgentModel } from '../../model/poa-model.js';
import type { Run } from '../document-tree.js';
import { indefiniteArticle, joinRuns } from '../english.js';
import type { RenderContext } from '../render-context.js';

/** "the undersigned" / "I, Jane Doe, of 12 Elm Street,": the principal as the opening names them. */
export function principalIdentification(ctx: RenderContext): Run[] {
    const principals = ctx.model.principals;
    if (ctx.firstPerson) {
        if (principals.length === 0) return [{ text: 'I, ' }, { text: '[PRINCIPAL]', role: 'missing', ref: 'principal', note: 'No principal is named.' }, { text: ',' }];
        const names = joinRuns(principals.map((p) => {
            const runs: Run[] = [ctx.party(p)];
            if (p.address?.value || p.address?.parameter) runs.push({ text: ', of ' }, ctx.value(p.address, 'ADDRESS'));
            return runs;
        }), 'and');
        return [{ text: `${ctx.subject()}, ` }, ...names, { text: ',' }];
    }
    return [{ text: ctx.subject() }];
}

/**
 * "a director or officer of the Company": the principal's stated role; empty when none. Several principals
 * who hold one role together ("Co-Trustees" of the same trust) share it, without an article. A role held
 * in a defined term or party (`role "Co-Trustees" of trust`) names it; otherwise the issuer.
 */
export function principalRole(ctx: RenderContext, everyIssuer = false): Run[] {
    const principals = ctx.model.principals;
    const first = principals[0];
    const shared = principals.length > 1 && principals.every((p) => p.roleDescription?.value === first.roleDescription?.value && p.roleOf === first.roleOf);
    const holder = principals.length === 1 || shared ? first : undefined;
    const role = holder?.roleDescription;
    if (!holder || !role || !(role.value || role.parameter)) return [];
    const article = principals.length === 1 ? [{ text: `${indefiniteArticle(role.value ?? '')} ` }] : [];
    if (holder.roleOf) return [...article, ctx.value(role, 'ROLE'), { text: ' of ' }, ...ctx.term(holder.roleOf)];
    const issuers = everyIssuer ? eitherIssuer(ctx) : ctx.issuer();
    const of = ctx.model.issuers.length ? [{ text: ' of ' }, ...issuers] : [];
    return [...article, ctx.value(role, 'ROLE'), ...of];
}

/** "Welltower Inc., a Delaware corporation (the "Company"), or Welltower OP LLC, ...": an issuer described is closed by a comma. */
function eitherIssuer(ctx: RenderContext): Run[] {
    const named = ctx.model.issuers.map((i) => ctx.issuer(i.id));
    return named.flatMap((runs, i) => (i === 0 ? runs : [{ text: named[i - 1].length > 1 ? ', or ' : ' or ' }, ...runs]));
}

/** An agent by name, or by office: "the Company's General Counsel, for the time being". */
export function agentRuns(ctx: RenderContext, agent: AgentModel): Run[] {
    if (!agent.office) return agent.title?.value ? [ctx.party(agent), agentTitle(agent, agent.title.value)] : [ctx.party(agent)];
    const org = agent.organization ? ctx.findParty(agent.organization) : undefined;
    const orgRuns: Run[] = org ? (org.role === 'issuer' ? ctx.issuer(org.id) : [ctx.party(org)]) : agent.organizationName ? [{ text: agent.organizationName }] : [];
    const office: Run = { text: agent.office, role: 'party', ref: agent.id, source: agent.nameRange };
    // `or delegate`: the office-holder or a delegate ("the Administrator of ..., or delegate"), whoever holds the office.
    const holder: Run = { text: agent.delegate ? ', or delegate' : ', for the time being' };
    if (orgRuns.length === 0) return [{ text: 'the person holding the office of ' }, office, holder];
    return [{ text: 'the ' }, office, { text: ' of ' }, ...orgRuns, holder];
}

/**
 * ", Senior Vice President" after the agent's name: part of the name as a list sees it, so the
 * comma before the title does not make the list of agents take commas of its own.
 */
function agentTitle(agent: AgentModel, title: string): Run {
    return { text: `, ${title}`, role: 'party', ref: agent.id };
}

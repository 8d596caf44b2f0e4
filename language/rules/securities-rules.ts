/**
 * Securities powers of attorney other than Section 16 (Schedules 13D and
 * 13G, registration statements and periodic reports): the filing grant.
 */
import { secForm } from '../catalog/securities-catalog.js';
import { headRange, insertInBlock } from './rule-helpers.js';
import { rule, type Rule } from './rule.js';
import { SOURCES } from './sources-read.js';
import { oneOffIssuerFilingPower } from './section16-rules.js';
import { findStyle } from '../phrasebook/index.js';
import type { PoaModel } from '../model/poa-model.js';

/**
 * The grant covers every filing under the Securities Acts it names (`comply with act1933, act1934`) in
 * a securities-power style that describes the filings instead of naming forms ("any documents or
 * filings ... under applicable laws"): such a power needs no `file` line.
 */
function grantsEveryFiling(model: PoaModel): boolean {
    const underTheActs = model.grant?.compliance.some((c) => c.id === 'act1933' || c.id === 'act1934');
    const chosen = model.styles.clauses.find((c) => c.clause === 'securities-power')?.id;
    const style = chosen ? findStyle('securities-power', chosen) : undefined;
    return Boolean(underTheActs && style && !/\{(?:filings?|grant-forms|forms)[}-]/.test(style.template));
}

export const SECURITIES_RULES: readonly Rule[] = [
    rule({
        code: 'poa/missing-securities-filing',
        clauseKeyword: 'file',
        severityBasis: 'error: a filing power that names no filing authorizes no signature the SEC could accept, so it is ineffective for its purpose.',
        scope: 'Securities filing powers other than Section 16.',
        title: 'Filing grant required',
        kinds: ['securities'], jurisdictions: 'all', severity: 'error',
        message: 'The grant names no SEC filing.',
        why: 'A securities power of attorney authorizes the agents to sign particular filings; the SEC accepts a signature by an attorney-in-fact only for filings the power covers.',
        action: 'Add a file clause naming the forms or schedules and their statute.',
        source: 'Securities Act of 1933 § 6(a), 15 U.S.C. § 77f(a); Securities Exchange Act of 1934 §§ 13(a), 13(d), 16(a), 15 U.S.C. §§ 78m(a), 78m(d), 78p(a)',
        provenance: [SOURCES.usc77fa, SOURCES.usc78ma, SOURCES.usc78md, SOURCES.usc78pa],
        quickFix: 'insert-in-block',
        check: ({ model }, report) => {
            const g = model.grant;
            if (g && g.filings.length === 0 && !grantsEveryFiling(model)) report({ range: headRange(g.range, 'grant'.length), fix: insertInBlock('grant', 'file schedule13D, schedule13G under section13d including amendments', 'Grant authority to file Schedules 13D and 13G') });
        }
    }),
    rule({
        code: 'poa/registration-without-amendments',
        severityBasis: 'warning: the power is valid, but the amendments it does not cover must be signed personally, a real practical risk.',
        scope: 'Securities filing powers for registration statements under the Securities Act of 1933.',
        title: 'Registration statements and their amendments',
        kinds: ['securities'], jurisdictions: 'all', severity: 'warning',
        message: 'The power to sign {form} does not extend to amendments.',
        why: 'Registration statements are routinely amended before and after effectiveness; a power that does not cover amendments leaves each officer and director whose signature Section 6(a) requires (the principal executive, financial and accounting officers and a majority of the board) to sign every amendment personally, and a power filed with the Commission relates to a specific filing or an amendment to it.',
        action: 'Add "including amendments" to this filing.',
        source: 'Securities Act of 1933 § 6(a), 15 U.S.C. § 77f(a); Regulation S-K Item 601(b)(24), 17 C.F.R. § 229.601(b)(24)',
        provenance: [SOURCES.usc77fa, SOURCES.item601b24],
        check: ({ model }, report) => {
            for (const f of model.grant?.filings ?? []) {
                if (f.amendments) continue;
                const form = f.forms.find((x) => secForm(x.id)?.statutes[0] === 'registration');
                if (form) report({ range: f.range, args: { form: secForm(form.id)!.name } });
            }
        }
    }),
    rule({
        code: 'poa/power-filed-as-exhibit',
        severityBasis: 'information: Item 601(b)(24) is met when the registration statement or report is filed, which the file cannot show; nothing is wrong with the instrument.',
        scope: 'Powers to sign registration statements and issuer reports (the forms in Regulation S-K Item 601\'s exhibit table); not Section 16 reports or Schedules 13D and 13G, to which Item 601 does not apply.',
        title: 'The power is filed with the registration statement or report',
        kinds: ['securities'], jurisdictions: 'all', severity: 'information',
        message: 'A registration statement or report signed under this power files the power with it.',
        why: 'If any name is signed to a registration statement or report under a power of attorney, the power is filed as an exhibit (or, when the power is in the registration statement itself, the exhibit index refers to it); if an officer signs for the registrant under a power, a certified copy of the board resolution authorizing that signature is filed too. A power filed with the Commission must relate to a specific filing or an amendment to it.',
        action: 'Plan to file the power (Exhibit 24) with the first filing signed under it, and the board resolution if an officer signs for the registrant.',
        source: 'Regulation S-K Item 601(a)(3), (b)(24), 17 C.F.R. § 229.601',
        provenance: [SOURCES.item601b24],
        governs: ({ model }) => oneOffIssuerFilingPower(model),
        check: ({ model }, report) => {
            if (model.grant) report({ range: headRange(model.grant.range, 'grant'.length) });
        }
    })
];

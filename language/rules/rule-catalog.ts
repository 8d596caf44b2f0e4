/**
 * The whole catalog: every rule of every kind and jurisdiction, in the order
 * the rules reference (`docs/rules.md`) lists them.
 */
import { CALIFORNIA_RULES } from './california-rules.js';
import { COLORADO_RULES } from './colorado-rules.js';
import { COMMON_RULES } from './common-rules.js';
import { CONSISTENCY_RULES } from './consistency-rules.js';
import { DATE_RULES } from './date-rules.js';
import { DISTRICT_OF_COLUMBIA_RULES } from './district-of-columbia-rules.js';
import { FEDERAL_RULES } from './federal-rules.js';
import { FLORIDA_RULES } from './florida-rules.js';
import { GENERAL_RULES } from './general-rules.js';
import { HEALTHCARE_RULES } from './healthcare-rules.js';
import { ILLINOIS_RULES } from './illinois-rules.js';
import { LIMITED_RULES } from './limited-rules.js';
import { NEW_YORK_RULES } from './new-york-rules.js';
import type { Rule } from './rule.js';
import { SECTION16_RULES } from './section16-rules.js';
import { SECURITIES_RULES } from './securities-rules.js';
import { STYLE_RULES } from './style-rules.js';
import { AS_FILED_RULES } from './as-filed-rules.js';
import { STATUTORY_FORM_RULES } from './statutory-form-rules.js';
import { TEMPLATE_RULES } from './template-rules.js';
import { TEXAS_RULES } from './texas-rules.js';
import { WITNESS_STATEMENT_RULES } from './witness-statement-rules.js';
import { WORKSPACE_RULES } from './workspace-rules.js';

export interface RuleGroup {
    name: string;
    rules: readonly Rule[];
}

export const RULE_GROUPS: readonly RuleGroup[] = [
    { name: 'All powers of attorney', rules: COMMON_RULES },
    { name: 'Section 16', rules: SECTION16_RULES },
    { name: 'Securities filings', rules: SECURITIES_RULES },
    { name: 'General (durable financial)', rules: GENERAL_RULES },
    { name: 'Limited', rules: LIMITED_RULES },
    { name: 'Health care', rules: HEALTHCARE_RULES },
    { name: 'Consistency', rules: [...CONSISTENCY_RULES, ...WITNESS_STATEMENT_RULES] },
    { name: 'Dates', rules: DATE_RULES },
    { name: 'Templates', rules: TEMPLATE_RULES },
    { name: 'Styles', rules: [...STYLE_RULES, ...AS_FILED_RULES] },
    { name: 'Across files', rules: WORKSPACE_RULES },
    { name: 'Federal securities law', rules: FEDERAL_RULES },
    { name: 'New York', rules: NEW_YORK_RULES },
    { name: 'California', rules: CALIFORNIA_RULES },
    { name: 'Florida', rules: FLORIDA_RULES },
    { name: 'Texas', rules: TEXAS_RULES },
    { name: 'Illinois', rules: ILLINOIS_RULES },
    { name: 'District of Columbia', rules: DISTRICT_OF_COLUMBIA_RULES },
    { name: 'Colorado', rules: COLORADO_RULES },
    { name: 'Statutory forms', rules: STATUTORY_FORM_RULES }
];

export const RULES: readonly Rule[] = RULE_GROUPS.flatMap((g) => g.rules);

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function ruleByCode(code: string): Rule | undefined {
    return BY_CODE.get(code);
}

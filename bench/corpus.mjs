// Benchmark corpora, generated on the fly: a typical Section 16 POA (~70
// lines), stress instruments of a given line count (many agents, filings,
// defined terms, limitations, a long grant), and a workspace of N files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST = ['Ricardo', 'Amanda', 'Donald', 'Terence', 'Margaret', 'Per-Erik', 'Adaeze', 'Siobhán', 'José', 'Zoë', 'Nguyễn', 'Thomas'];
const LAST = ['Anzaldua', 'Costello', 'Aquino', 'Hunt', 'Shields', 'Brennan', 'Okafor', 'Lindqvist', 'Peña', 'Åkesson', 'Châu', "D'Angelo"];
/** A distinct name for each i below 3,744 (12 first names x 26 initials x 12 last names). */
const person = (i) => `${FIRST[i % 12]} ${String.fromCharCode(65 + (Math.floor(i / 12) % 26))}. ${LAST[Math.floor(i / 312) % 12]}`;

/** A typical Section 16 POA of about 70 lines: the reference instrument plus the clauses firms usually add. */
export function typicalPoa(n = 0) {
    return `// Section 16 power of attorney of a director of Northwind Instruments (benchmark corpus, file ${n}).
// Modelled on the instrument filed with the SEC by The Hartford's officers in 2007.
poa Officer${n} {
    kind section16
    jurisdiction federal
    voice undersigned
    layout prose
    dates legal
    title "POWER OF ATTORNEY FOR SECTION 16 REPORTING"

    principal officer "${person(n)}" {
        pronoun ${n % 2 ? 'she' : 'he'}
        role "director or officer"
        capacities individual, fiduciary, other
        address "100 Main Street, Seattle, Washington"
    }

    agents any-one-or-more {
        called "attorneys and agents"
        agent okafor "Adaeze N. Okafor"
        agent lindqvist "Per-Erik Lindqvist"
        agent brennan "Margaret A. Brennan"
        agent hunt "Donald C. Hunt"
        agent shields "Terence D. Shields"
        agent aquino "Amanda Grabowski Aquino"
        agent costello "Richard G. Costello"
        agent kowalczyk "Robert Kowalczyk"
        agent lefevre "François-Xavier Lefèvre"
    }
    successors {
        agent gc office "General Counsel" of northwind
    }

    issuer northwind "NORTHWIND INSTRUMENTS, INC." {
        organized in "Delaware" as corporation
        defined as "Company"
    }
    define act1934 "the Securities Exchange Act of 1934, as amended" as "Exchange Act"
    define act1933 "the Securities Act of 1933, as amended" as "Securities Act"

    grant {
        comply with act1934, act1933, sec
        file form3, form4, form5 under section16a including amendments, successor-forms
        file form144 under rule144 relating to sales
        edgar access
        with sec
        any other action
        limitation "no agent may sign a registration statement on Form S-8 on the undersigned's behalf"
    }
    substitution with revocation and resubstitution
    ratification
    acknowledgment no-assumption by okafor, northwind
    indemnification
    third-party reliance

    supersedes all prior authorizations for northwind securities revoking them
    term {
        starts immediately
        ends when no longer subject to section16 for northwind
    }
    revocation by signed-writing delivered to agents, issuer

    executed 2024-03-04 at "Seattle, Washington" {
        testimonium hand
        signature by officer conformed
        witnesses "Robert K. Alvarez"
        notary acknowledgment in "Washington" county "King"
    }
}
`;
}

/** A stress instrument of about `lines` lines that must still parse: many agents, filings, defined terms and limitations. */
export function stressPoa(lines) {
    const head = [];
    const body = [];
    head.push(`// Stress instrument of about ${lines} lines (benchmark corpus).`, `poa Stress${lines} {`, '    kind section16', '    jurisdiction federal',
        '    principal officer "Alan J. Kreczko" {', '        pronoun he', '        capacities individual, fiduciary, other', '    }',
        '    issuer hartford "THE HARTFORD FINANCIAL SERVICES GROUP, INC." {', '        organized in "Delaware" as corporation', '        defined as "Company"', '    }');
    const tail = ['    ratification', '    acknowledgment no-assumption', '    supersedes all prior authorizations for hartford securities revoking them',
        '    term {', '        ends when no longer subject to section16 for hartford', '    }', '    revocation by signed-writing delivered to agents',
        '    executed 2007-07-26 {', '        testimonium hand', '        signature "/s/ Alan J. Kreczko"', '    }', '}'];
    const budget = Math.max(0, lines - head.length - tail.length - 8);
    // A quarter agents, a quarter defined terms, half grant powers (filings, compliance, limitations).
    const agents = Math.floor(budget / 4), terms = Math.floor(budget / 4), powers = budget - agents - terms;
    body.push('    agents any-one-or-more {', '        called "attorneys and agents"');
    for (let i = 0; i < agents; i++) body.push(`        agent a${i} "${person(i)}"`);
    body.push('    }');
    for (let i = 0; i < terms; i++) body.push(`    define t${i} "the Plan Document No. ${i} of the Company, as amended" as "Plan ${i}"`);
    body.push('    grant {');
    for (let i = 0; i < powers; i++) {
        switch (i % 4) {
            case 0: body.push('        file form3, form4, form5 under section16a including amendments, successor-forms'); break;
            case 1: body.push('        comply with act1934, act1933, sec'); break;
            case 2: body.push(`        limitation "no filing under item ${i} without the consent of the Company's General Counsel"`); break;
            default: { const j = Math.floor(i / 4) * 2; body.push(`        comply with t${j % Math.max(1, terms)}, t${(j + 1) % Math.max(1, terms)}`); }
        }
    }
    body.push('    }');
    return [...head, ...body, ...tail].join('\n') + '\n';
}

/** Writes `count` typical POAs (each a different principal) into `dir`; returns their paths. */
export function writeWorkspace(dir, count) {
    mkdirSync(dir, { recursive: true });
    const paths = [];
    for (let i = 0; i < count; i++) {
        const sub = join(dir, `group-${Math.floor(i / 100)}`);
        mkdirSync(sub, { recursive: true });
        const p = join(sub, `officer-${i}.poa`);
        writeFileSync(p, typicalPoa(i));
        paths.push(p);
    }
    return paths;
}

export const lineCount = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

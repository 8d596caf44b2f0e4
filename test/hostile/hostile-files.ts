/** Hostile and oversized inputs, written to a temporary folder for the CLI and server tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MB = 1024 * 1024;

/** Names a lawyer would never type but a pasted spreadsheet might hold: markup, scripts, right-to-left overrides. */
export const MARKUP_NAME = '<script>alert(1)</script><b>Jane</b> & <img src=x onerror=alert(1)> Doe';
export const RTL_NAME = '\u202Egnp.exe\u202C \u200F\u05D3\u05D5\u05D3 \u05DB\u05D4\u05DF\u200F \u0627\u0644\u0633\u064A\u062F';

export function hostileMarkupPoa(): string {
    return `poa Hostile {
    kind section16
    principal p "${MARKUP_NAME}" {
        pronoun she
    }
    agents severally {
        agent a "${RTL_NAME}"
        agent b "Robert \\"Bobby\\" O'Malley {p} [x] *bold* _u_ \`code\` | pipe"
    }
    issuer acme "ACME <CORP> & CO." {
        defined as "Company</w:t><w:t>"
    }
    grant {
        file form4 under section16a
    }
    term {
        ends when no longer subject to section16 for acme
    }
    revocation by signed-writing delivered to agents
    executed 2024-03-01 {
        signature "/s/ ${MARKUP_NAME}"
    }
}
`;
}

export function writeHostileFiles(): Record<string, string> {
    const dir = mkdtempSync(join(tmpdir(), 'poa-hostile-'));
    const file = (name: string, content: string | Buffer) => {
        const path = join(dir, name);
        writeFileSync(path, content);
        return path;
    };
    const binary = Buffer.alloc(64 * 1024);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 131 + 7) % 256;
    return {
        dir,
        tenMb: file('ten-megabytes.poa', 'poa X { ratification }\n'.repeat(Math.ceil((10 * MB) / 23))),
        binary: file('binary.poa', binary),
        oneLongString: file('one-long-string.poa', `poa X { kind section16 title "${'A'.repeat(MB)}" }`),
        oneLongWord: file('one-long-word.poa', 'q'.repeat(MB)),
        repeated: file('repeated-clauses.poa', `poa X {\n    kind section16\n${'    ratification\n'.repeat(5000)}}\n`),
        nested: file('nested-braces.poa', `poa X {\n${'grant {\n'.repeat(3000)}${'}\n'.repeat(3000)}}\n`),
        markup: file('markup.poa', hostileMarkupPoa())
    };
}

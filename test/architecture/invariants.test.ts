/**
 * Invariants of docs/architecture.md that no other test states: the model
 * and the document tree are plain data, the rules never read the clock, and
 * the semantic model is built once per parse and shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedModel } from '../../language/model/model-cache.js';
import { loadPoa } from '../../language/poa-document.js';
import { renderDocument } from '../../language/render/render-document.js';
import { ROOT } from '../helpers.js';

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.poa'));

describe('the model and the document tree are plain data', () => {
    it.each(examples)('%s: both survive a JSON round trip unchanged', async (name) => {
        const { model } = await loadPoa(readFileSync(join(ROOT, 'examples', name), 'utf8'), { validate: false });
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
        const tree = renderDocument(model);
        expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    });
});

describe('the rules never read the clock', () => {
    it('no rule module calls new Date() or Date.now(): today comes from the check context', () => {
        const dir = join(ROOT, 'language', 'rules');
        const offenders = readdirSync(dir).filter((f) => f.endsWith('.ts'))
            .filter((f) => /new Date\(\s*\)|Date\.now\(/.test(readFileSync(join(dir, f), 'utf8')));
        expect(offenders).toEqual([]);
    });
});

describe('the semantic model is built once per parse', () => {
    it('the model the checks built during validation is the one everyone else reads', async () => {
        const { document } = await loadPoa(readFileSync(join(ROOT, 'examples', examples[0]), 'utf8'));
        const root = document.parseResult.value;
        expect(sharedModel(root)).toBe(sharedModel(root));
        // A new parse of the same text is a new model (the cache is keyed by the tree, never stale).
        const again = await loadPoa(document.textDocument.getText());
        expect(sharedModel(again.document.parseResult.value)).not.toBe(sharedModel(root));
    });
});

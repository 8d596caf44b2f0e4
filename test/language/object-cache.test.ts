/**
 * The per-object cache (language/object-cache.ts) keeps a value as a WeakMap would, on the object itself:
 * invisible to keys, JSON, spread and Object.assign (a copy of a model must not carry its rendering), and in
 * a WeakMap for an object that cannot take a property.
 */
import { describe, expect, test } from 'vitest';
import { ObjectCache } from '../../language/object-cache.js';

describe('ObjectCache', () => {
    test('gets, replaces and forgets a value per object', () => {
        const cache = new ObjectCache<object, string>('test');
        const a = {}, b = {};
        expect(cache.get(a)).toBeUndefined();
        expect(cache.has(a)).toBe(false);
        cache.set(a, 'one').set(b, 'two');
        expect([cache.get(a), cache.get(b)]).toEqual(['one', 'two']);
        cache.set(a, 'three');
        expect(cache.get(a)).toBe('three');
        expect(cache.delete(a)).toBe(true);
        expect(cache.has(a)).toBe(false);
        expect(cache.delete(a)).toBe(false);
        expect(cache.get(b)).toBe('two');
    });

    test('two caches keep separate values on one object', () => {
        const first = new ObjectCache<object, number>('first'), second = new ObjectCache<object, number>('second');
        const o = {};
        first.set(o, 1);
        second.set(o, 2);
        expect([first.get(o), second.get(o)]).toEqual([1, 2]);
    });

    test('the value is not seen by keys, JSON, spread or Object.assign', () => {
        const cache = new ObjectCache<{ name: string }, string>('test');
        const model = { name: 'x' };
        cache.set(model, 'rendering');
        expect(Object.keys(model)).toEqual(['name']);
        expect(JSON.stringify(model)).toBe('{"name":"x"}');
        expect(cache.get({ ...model })).toBeUndefined();
        expect(cache.get(Object.assign({}, model))).toBeUndefined();
        expect(cache.get(structuredClone(model))).toBeUndefined();
    });

    test('an object that cannot take a property keeps its value in a WeakMap', () => {
        const cache = new ObjectCache<object, string>('test');
        const frozen = Object.freeze({}), sealed = Object.seal({}), closed = Object.preventExtensions({});
        for (const o of [frozen, sealed, closed]) {
            cache.set(o, 'kept');
            expect(cache.get(o)).toBe('kept');
            expect(Object.getOwnPropertySymbols(o)).toEqual([]);
            expect(cache.delete(o)).toBe(true);
            expect(cache.get(o)).toBeUndefined();
        }
    });
});

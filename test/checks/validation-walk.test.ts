/**
 * The document validator stops at the instrument (PoaDocumentValidator), which
 * is only right while every check is registered on Instrument. This test fails
 * the day a check is registered on another node type.
 */
import { expect, test } from 'vitest';
import { poaServices } from '../../language/poa-document.js';

test('checks are registered on the instrument only', () => {
    const { Poa } = poaServices();
    const registry = Poa.validation.ValidationRegistry;
    const types = Poa.shared.AstReflection.getAllTypes();
    expect(types.length).toBeGreaterThan(20);
    const withChecks = types.filter((t) => registry.getChecks(t).toArray().length > 0);
    expect(withChecks).toEqual(['Instrument']);
});

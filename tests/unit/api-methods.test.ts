/** The plain list of API method names (what the sandboxed preload bundles) against the API table itself. */
import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../shared/api';
import { apiMethodNames } from '../../shared/api-methods';

describe('apiMethodNames', () => {
  it('names every method of the API table, in its order, and nothing else', () => {
    expect(apiMethodNames).toEqual(Object.keys(apiMethods));
  });
});

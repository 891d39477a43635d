import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { bodyFigures, featuredFigureIndex } from '../../../../shared/model/figures';

const figure = (hash: string, featured?: boolean): DocNode => ({ type: 'figure', attrs: { hash, ...(featured === undefined ? {} : { featured }) } });
const paragraph: DocNode = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };

describe('featuredFigureIndex', () => {
  it('is null when the body has no figure', () => {
    expect(featuredFigureIndex({ type: 'doc', content: [paragraph] })).toBeNull();
  });

  it('is the first figure when none is chosen', () => {
    expect(featuredFigureIndex({ type: 'doc', content: [paragraph, figure('a'), figure('b', false)] })).toBe(0);
  });

  it('is the chosen figure, counted in reading order, nested figures included', () => {
    const body: DocNode = { type: 'doc', content: [figure('a'), { type: 'blockquote', content: [figure('b')] }, paragraph, figure('c', true)] };
    expect(bodyFigures(body).map((node) => node.attrs?.hash)).toEqual(['a', 'b', 'c']);
    expect(featuredFigureIndex(body)).toBe(2);
  });
});

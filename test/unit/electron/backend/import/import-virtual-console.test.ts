import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtmlArticle } from '../../../../../electron/backend/import/html-article';
import { importVirtualConsole } from '../../../../../electron/backend/import/import-virtual-console';

const brokenStylesheet = '<style>@media {{{ } a{b:c}}}</style>';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('importVirtualConsole', () => {
  it('an imported page with CSS jsdom cannot parse prints nothing', () => {
    // The same page under jsdom's default console does print the noise: the check can fail.
    const printedByDefault = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    new JSDOM(`<!doctype html><head>${brokenStylesheet}</head><body><p>x</p></body>`);
    expect(printedByDefault.mock.calls.map((call) => String(call[0]))).toContain('Could not parse CSS stylesheet');
    printedByDefault.mockClear();

    const article = parseHtmlArticle(`<!doctype html><head>${brokenStylesheet}</head><body><h1>Bão số 3 đổ bộ</h1><p>Nội dung.</p></body>`);
    expect(article.headline).toBe('Bão số 3 đổ bộ');
    expect(printedByDefault).not.toHaveBeenCalled();
  });

  it("still forwards jsdom's other errors", () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const virtualConsole = importVirtualConsole();
    virtualConsole.emit('jsdomError', Object.assign(new Error('Not implemented: window.scrollTo'), { type: 'not-implemented' }));
    virtualConsole.emit('jsdomError', Object.assign(new Error('Could not parse CSS stylesheet'), { type: 'css-parsing' }));
    expect(printed.mock.calls.map((call) => String(call[0]))).toEqual(['Not implemented: window.scrollTo']);
  });
});

import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedLinkUrl } from './allowed-link';
import { ArticleLink } from './article-link';
import { Figure, type FigureOptions } from './figure';
import { tableExtensions } from './table';

export interface ArticleExtensionOptions {
  mediaUrl?: FigureOptions['mediaUrl'];
  /** The figure node to use instead of `Figure`: the editor's extends it (same name and attributes) with its node view. */
  figure?: AnyExtension;
}

/**
 * The one extension set that defines an article body. The editor, the importers and the exporter
 * all build on it, so a document valid in one is valid in all.
 */
export function articleExtensions(options: ArticleExtensionOptions = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      strike: false,
      link: false,
    }),
    ArticleLink.configure({
      openOnClick: false,
      autolink: true,
      protocols: [],
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLinkUrl(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    }),
    options.figure ?? (options.mediaUrl ? Figure.configure({ mediaUrl: options.mediaUrl }) : Figure),
    ...tableExtensions,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

/** The ProseMirror schema of an article body (built once). */
export function articleSchema() {
  cachedSchema ??= getSchema(articleExtensions());
  return cachedSchema;
}

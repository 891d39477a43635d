import { mergeAttributes, Node } from '@tiptap/core';

export interface FigureOptions {
  /**
   * Turns a media hash into an image URL. The renderer passes its transport's URL builder.
   * @default (hash) => `newsdesk-media://media/${hash}`
   */
  mediaUrl: (hash: string) => string;
  /**
   * Extra HTML attributes on the `<figure>` element.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

export interface FigureAttributes {
  hash: string;
  caption: string;
  credit: string;
  alt: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Insert a figure (an image from the media store with caption, credit and alt text). */
      insertFigure: (attributes: Partial<FigureAttributes> & { hash: string }) => ReturnType;
    };
  }
}

/** An image referenced by its media hash, with caption ("Chú thích ảnh"), credit ("Ảnh: ...") and alt text. */
export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return {
      mediaUrl: (hash: string) => `newsdesk-media://media/${hash}`,
      HTMLAttributes: {},
    };
  },

  addAttributes() {
    return {
      hash: { default: '' },
      caption: { default: '' },
      credit: { default: '' },
      alt: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-media-hash]',
        getAttrs: (element) => {
          const figure = element as HTMLElement;
          return {
            hash: figure.getAttribute('data-media-hash') ?? '',
            caption: figure.querySelector('[data-caption]')?.textContent ?? '',
            credit: figure.querySelector('[data-credit]')?.textContent ?? '',
            alt: figure.querySelector('img')?.getAttribute('alt') ?? '',
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { hash, caption, credit, alt } = node.attrs as FigureAttributes;
    const figcaption: Array<unknown> = ['figcaption', {}];
    figcaption.push(['span', { 'data-caption': '' }, caption]);
    if (credit) figcaption.push(['span', { 'data-credit': '', class: 'figure-credit' }, credit]);
    // A figure imported with its caption but no image (e.g. text copied off a page) shows an empty frame, never a broken URL.
    const image = hash
      ? ['img', { src: this.options.mediaUrl(hash), alt }]
      : ['div', { class: 'figure-missing-image', 'data-missing-image': '' }];
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-media-hash': hash }),
      image,
      figcaption as [string, ...unknown[]],
    ] as unknown as [string, Record<string, unknown>, ...unknown[]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
    };
  },
});

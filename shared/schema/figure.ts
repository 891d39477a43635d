import { mergeAttributes, Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

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
  /** Chosen as the article's featured image ("Ảnh đại diện"); at most one figure has it. */
  featured: boolean;
}

export type FigureDirection = 'up' | 'down';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Insert a figure (an image from the media store with caption, credit and alt text). */
      insertFigure: (attributes: Partial<FigureAttributes> & { hash: string }) => ReturnType;
      /** Change the attributes of the figure at `position` (its caption, credit, alt text or image). */
      updateFigure: (position: number, attributes: Partial<Omit<FigureAttributes, 'featured'>>) => ReturnType;
      /** Move the selected figure before the block above it or after the block below it; it stays selected. */
      moveFigure: (direction: FigureDirection) => ReturnType;
      /** Make the figure at `position` the featured image ("Ảnh đại diện"), clearing it on every other figure; `false` clears it. */
      setFeaturedFigure: (position: number, featured?: boolean) => ReturnType;
      /** Delete the figure at `position`. */
      deleteFigure: (position: number) => ReturnType;
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
      featured: { default: false },
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
            featured: figure.hasAttribute('data-featured'),
          };
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { hash, caption, credit, alt, featured } = node.attrs as FigureAttributes;
    const figcaption: Array<unknown> = ['figcaption', {}];
    figcaption.push(['span', { 'data-caption': '' }, caption]);
    if (credit) figcaption.push(['span', { 'data-credit': '', class: 'figure-credit' }, credit]);
    // A figure imported with its caption but no image (e.g. text copied off a page) shows an empty frame, never a broken URL.
    const image = hash
      ? ['img', { src: this.options.mediaUrl(hash), alt }]
      : ['div', { class: 'figure-missing-image', 'data-missing-image': '' }];
    return [
      'figure',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { 'data-media-hash': hash }, featured ? { 'data-featured': '' } : {}),
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

      updateFigure:
        (position, attributes) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(position);
          if (node?.type.name !== this.name) return false;
          const changes = Object.entries(attributes).filter(([name, value]) => value !== undefined && node.attrs[name] !== value);
          // Replacing the node (not an attribute step) gives the history a range, so that quick typing in a field is one undo step.
          if (dispatch && changes.length > 0) tr.setNodeMarkup(position, undefined, { ...node.attrs, ...Object.fromEntries(changes) });
          return true;
        },

      moveFigure:
        (direction) =>
        ({ tr, state, dispatch }) => {
          const { selection } = state;
          if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
          const figure = selection.node;
          const $position = state.doc.resolve(selection.from);
          const index = $position.index();
          const parent = $position.parent;
          const neighbour = direction === 'up' ? (index > 0 ? parent.child(index - 1) : null) : index + 1 < parent.childCount ? parent.child(index + 1) : null;
          if (!neighbour) return false;
          if (dispatch) {
            const target = direction === 'up' ? selection.from - neighbour.nodeSize : selection.from + neighbour.nodeSize;
            tr.delete(selection.from, selection.to).insert(target, figure);
            tr.setSelection(NodeSelection.create(tr.doc, target)).scrollIntoView();
          }
          return true;
        },

      setFeaturedFigure:
        (position, featured = true) =>
        ({ tr, dispatch }) => {
          if (tr.doc.nodeAt(position)?.type.name !== this.name) return false;
          if (dispatch) {
            tr.doc.descendants((node, nodePosition) => {
              if (node.type.name !== this.name) return true;
              const wanted = featured && nodePosition === position;
              if (node.attrs.featured !== wanted) tr.setNodeAttribute(nodePosition, 'featured', wanted);
              return false;
            });
          }
          return true;
        },

      deleteFigure:
        (position) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(position);
          if (node?.type.name !== this.name) return false;
          if (dispatch) tr.delete(position, position + node.nodeSize);
          return true;
        },
    };
  },
});

import type { DocNode } from '../../../shared/model/document';
import type { ImportedFigure, ImportedImage, ImportWarning } from '../../../shared/model/import';
import { forEachNode } from './document-blocks';
import { importWarning } from './import-warnings';

/** What the import knows of a figure's image besides its attributes in the body. */
export interface FigureDraft {
  image?: ImportedImage;
  /** Set when the file pointed to an image it did not contain (a remote URL): already warned about. */
  missingImageSource?: string;
}

const pendingHashPrefix = 'pending-figure-';

/**
 * The figures of one import while it is being parsed. Each figure node carries a placeholder
 * hash that links it to its draft until `finish` lists the figures in document order.
 */
export class FigureDrafts {
  private readonly drafts: FigureDraft[] = [];

  /** Registers a draft and returns the placeholder hash its figure node carries. */
  register(draft: FigureDraft): string {
    this.drafts.push(draft);
    return `${pendingHashPrefix}${this.drafts.length - 1}`;
  }

  /** A figure node for a caption that has no image (text copied off a page). */
  captionOnlyFigure(caption: string, credit: string): DocNode {
    return { type: 'figure', attrs: { hash: this.register({}), caption, credit, alt: '' } };
  }

  /**
   * Lists the body's figures in document order, clears their placeholder hashes (the import fills
   * them when it stores the images) and warns about captions left without an image.
   */
  finish(body: DocNode): { figures: ImportedFigure[]; warnings: ImportWarning[] } {
    const figures: ImportedFigure[] = [];
    const warnings: ImportWarning[] = [];
    forEachNode(body, (node) => {
      if (node.type !== 'figure') return;
      const attributes = node.attrs ?? {};
      const hash = String(attributes.hash ?? '');
      const draft = hash.startsWith(pendingHashPrefix) ? this.drafts[Number(hash.slice(pendingHashPrefix.length))] : undefined;
      const figure: ImportedFigure = {
        caption: String(attributes.caption ?? ''),
        credit: String(attributes.credit ?? ''),
        alt: String(attributes.alt ?? ''),
      };
      if (draft?.image) figure.image = draft.image;
      else if (draft?.missingImageSource === undefined) {
        warnings.push(importWarning('caption-without-image', figure.caption || figure.credit || figure.alt));
      }
      node.attrs = { ...attributes, hash: '' };
      figures.push(figure);
    });
    return { figures, warnings };
  }
}

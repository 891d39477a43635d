import type { FigureOptions } from '../../shared/schema/figure';

export interface FigureEditingOptions extends FigureOptions {
  /**
   * Stores an image file in the media store and resolves to its hash, or to null when it was
   * refused (the caller shows why, naming the file).
   * @default () => Promise.resolve(null)
   */
  uploadImage: (file: File) => Promise<string | null>;
}

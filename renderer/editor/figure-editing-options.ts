import type { ToneStyle } from '../../shared/model/settings';
import type { FigureOptions } from '../../shared/schema/figure';
import type { Messages } from '../i18n/vi';

export interface FigureEditingOptions extends FigureOptions {
  /**
   * Stores an image file in the media store and resolves to its hash, or to null when it was
   * refused (the caller shows why, naming the file).
   * @default () => Promise.resolve(null)
   */
  uploadImage: (file: File) => Promise<string | null>;
  /**
   * The house tone style (Cài đặt › Kiểu đặt dấu thanh) that completed words in the figure's fields
   * are written in, read at every change; null leaves the fields as typed.
   * @default () => null
   */
  toneStyle: () => ToneStyle | null;
  /**
   * The interface text the figure's fields and buttons are named in, read whenever the editor's
   * state changes (the editor is told of a change of language by a transaction).
   * @default () => vi
   */
  messages: () => Messages;
}

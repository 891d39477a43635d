/** Limits enforced at the API boundary. Values are in characters unless named otherwise. */
export const limits = {
  headline: 1_000,
  sapo: 5_000,
  sourcePrefix: 200,
  /** Total characters of text inside an article body. */
  bodyText: 2_000_000,
  /** Nodes in an article body (paragraphs, text runs, figures...). */
  bodyNodes: 200_000,
  bodyDepth: 40,
  attributeText: 10_000,
  url: 2_048,
  /** Bytes of one media file. */
  mediaBytes: 30 * 1024 * 1024,
  fileName: 255,
  /** A folder or file path on this computer. */
  filePath: 4096,
  categoryName: 120,
  /** Tin khác: related articles of one article. */
  related: 10,
  listPage: 500,
  authorName: 200,
  bylineSource: 200,
  bylineAuthors: 20,
  datelinePlace: 200,
  tag: 100,
  tags: 30,
  /** Columns or rows one table cell spans. */
  tableCellSpan: 100,
} as const;

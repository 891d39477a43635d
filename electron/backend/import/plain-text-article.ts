import type { ImportedArticle } from '../../../shared/model/import';
import { assembleImportedArticle } from './assemble-imported-article';
import { detectArticleStructure } from './article-structure';
import { paragraphNode } from './document-blocks';
import { FigureDrafts } from './figure-drafts';
import { prepareImportedText } from './text-preparation';

/**
 * Reads an article from text copied off a news portal's page (or typed): every line is a
 * paragraph, and the dateline, headline, photo captions, lead with source prefix and byline are
 * recognised, page chrome left out. Legacy-encoded (TCVN3, VNI, VIQR, mojibake) and decomposed
 * text is converted to NFC Unicode first.
 */
export function parsePlainTextArticle(text: string): ImportedArticle {
  const prepared = prepareImportedText(text);
  const blocks = prepared.text
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .map(paragraphNode);
  const drafts = new FigureDrafts();
  const structure = detectArticleStructure(blocks, { textCopiedOffPage: true }, drafts);
  return assembleImportedArticle(structure, drafts, prepared.warnings);
}

import { ApiError } from '../../../shared/api/errors';
import { limits } from '../../../shared/api/limits';
import type { DocNode } from '../../../shared/model/document';
import type { ImportedArticle, ImportWarning } from '../../../shared/model/import';
import { articleSchema } from '../../../shared/schema/article-extensions';
import type { ArticleStructure } from './article-structure';
import { forEachNode, paragraphNode } from './document-blocks';
import type { FigureDrafts } from './figure-drafts';
import { importWarning } from './import-warnings';

function assertWithinBodyLimits(body: DocNode): void {
  let nodes = 0;
  let characters = 0;
  forEachNode(body, (node) => {
    nodes += 1;
    characters += node.text?.length ?? 0;
  });
  if (characters > limits.bodyText || nodes > limits.bodyNodes) {
    throw new ApiError('import-text-too-long', { characters, nodes, characterLimit: limits.bodyText, nodeLimit: limits.bodyNodes });
  }
}

function clampAttributes(body: DocNode): void {
  forEachNode(body, (node) => {
    if (node.type !== 'figure' || !node.attrs) return;
    for (const name of ['caption', 'credit', 'alt']) {
      const value = node.attrs[name];
      if (typeof value === 'string' && value.length > limits.attributeText) node.attrs[name] = value.slice(0, limits.attributeText);
    }
  });
}

/**
 * The imported article from its detected structure: the body as a schema-checked document, the
 * figures in document order, and all warnings, earliest first.
 */
export function assembleImportedArticle(structure: ArticleStructure, drafts: FigureDrafts, earlierWarnings: ImportWarning[]): ImportedArticle {
  const warnings = [...earlierWarnings, ...structure.warnings];
  const blocks = [...structure.blocks];
  let headline = structure.headline;
  if (headline.length > limits.headline) {
    blocks.unshift(paragraphNode(headline));
    warnings.push(importWarning('headline-missing'));
    headline = '';
  }
  const body: DocNode = { type: 'doc', content: blocks.length > 0 ? blocks : [paragraphNode('')] };
  clampAttributes(body);
  const finished = drafts.finish(body);
  assertWithinBodyLimits(body);
  const checked = articleSchema().nodeFromJSON(body);
  checked.check();
  return {
    headline,
    sapo: structure.sapo,
    sourcePrefix: structure.sourcePrefix,
    dateline: structure.dateline,
    bylines: structure.bylines,
    body: checked.toJSON() as DocNode,
    figures: finished.figures,
    warnings: [...warnings, ...finished.warnings],
  };
}

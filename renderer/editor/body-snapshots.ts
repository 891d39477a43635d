import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { DocNode } from '../../shared/model/document';
import { documentPlainText, hasOwnLines } from '../../shared/render/plain-text';
import { countWords } from '../../shared/text/word-count';
import { markUnchangingJson } from '../api/json-text';

interface BlockSnapshot {
  json: DocNode;
  /** The words of the block's plain text (`documentPlainText`), figure captions and credits included. */
  words: number;
}

/**
 * The article body as JSON (`doc.toJSON()`, as `editor.getJSON()` gives it) and its word count,
 * built one top-level block at a time. ProseMirror nodes never change, and an edit keeps the blocks
 * it did not touch as the same objects, so each block's JSON and count are made once and reused
 * while it stays: after typing in one paragraph of a 20,000-word article, only that paragraph is
 * serialised and counted again. The JSON handed out shares unchanged parts between calls; it must
 * be read, never modified (as `toJSON()`'s own output, which shares attributes with the nodes), and
 * each block's JSON text is made once for the saves that send it.
 */
export class BodySnapshots {
  private readonly blocks = new WeakMap<ProseMirrorNode, BlockSnapshot>();
  private lastDocument: ProseMirrorNode | null = null;
  private lastJson: DocNode | null = null;
  private lastWords: number | null = null;

  /** The same value as `document.toJSON()`. */
  json(document: ProseMirrorNode): DocNode {
    if (this.lastDocument !== document) this.reset(document);
    if (this.lastJson === null) {
      const json: DocNode = { type: document.type.name };
      for (const _ in document.attrs) {
        json.attrs = document.attrs;
        break;
      }
      if (document.content.size > 0) {
        const content: DocNode[] = [];
        document.forEach((block) => content.push(this.block(block).json));
        json.content = content;
      }
      this.lastJson = json;
    }
    return this.lastJson;
  }

  /** The words of the body's plain text: the same as `countWords(documentPlainText(document.toJSON()))`. */
  wordCount(document: ProseMirrorNode): number {
    if (this.lastDocument !== document) this.reset(document);
    if (this.lastWords === null) {
      let words = 0;
      let separable = true;
      document.forEach((block) => {
        if (!hasOwnLines(block.type.name)) separable = false;
      });
      if (separable) document.forEach((block) => (words += this.block(block).words));
      else words = countWords(documentPlainText(this.json(document)));
      this.lastWords = words;
    }
    return this.lastWords;
  }

  private reset(document: ProseMirrorNode): void {
    this.lastDocument = document;
    this.lastJson = null;
    this.lastWords = null;
  }

  private block(node: ProseMirrorNode): BlockSnapshot {
    let snapshot = this.blocks.get(node);
    if (snapshot === undefined) {
      const json = node.toJSON() as DocNode;
      // Never modified while the block stays: a save writes its JSON text once (json-text.ts).
      markUnchangingJson(json);
      snapshot = { json, words: countWords(documentPlainText({ type: 'doc', content: [json] })) };
      this.blocks.set(node, snapshot);
    }
    return snapshot;
  }
}

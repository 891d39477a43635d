import { Link } from '@tiptap/extension-link';
import type { Plugin, Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';

/** Characters of text before a typed space that are looked at for a word that could be a link. */
const lookBehind = 256;

/**
 * Whether TipTap's autolink could do anything after these transactions. It adds a link only when a
 * change ends in whitespace after a word linkify takes for an address (which has a dot, a colon,
 * an at sign, or is "localhost"), and unlinks only whitespace typed inside a link. The common key,
 * one character typed into a text block, is answered here without reading the paragraph again.
 */
export function autolinkMayApply(transactions: readonly Transaction[]): boolean {
  if (transactions.length !== 1) return true;
  const transaction = transactions[0]!;
  if (transaction.steps.length !== 1) return true;
  const step = transaction.steps[0];
  if (!(step instanceof ReplaceStep) || step.slice.openStart !== 0 || step.slice.openEnd !== 0) return true;
  const content = step.slice.content;
  if (content.childCount === 0) return false;
  if (content.childCount !== 1 || !content.firstChild!.isText) return true;
  const text = content.firstChild!.text!;
  if (!/\s$/u.test(text)) return false;
  const inserted = transaction.mapping.map(step.from, -1);
  const $end = transaction.doc.resolve(inserted + text.length);
  if ($end.marks().some((mark) => mark.type.name === 'link') || content.firstChild!.marks.some((mark) => mark.type.name === 'link')) return true;
  const blockStart = $end.start();
  const before = transaction.doc.textBetween(Math.max(blockStart, inserted - lookBehind), inserted + text.length, undefined, ' ');
  const lastWord = before.trimEnd().split(/\s/u).pop() ?? '';
  return /[.:@]/u.test(lastWord) || lastWord.toLowerCase().includes('localhost');
}

/** Wraps the autolink plugin so that it skips the transactions `autolinkMayApply` rules out. */
function gated(plugin: Plugin): Plugin {
  const appendTransaction = plugin.spec.appendTransaction;
  if (!appendTransaction) return plugin;
  plugin.spec.appendTransaction = (transactions, oldState, newState) =>
    autolinkMayApply(transactions) ? appendTransaction(transactions, oldState, newState) : undefined;
  return plugin;
}

/**
 * TipTap's Link, whose autolink leaves at once the keys that cannot make a link: it reads the
 * paragraph up to the cursor and compares the whole document on every key otherwise.
 */
export const ArticleLink = Link.extend({
  addProseMirrorPlugins() {
    const plugins = this.parent?.() ?? [];
    return plugins.map((plugin) => ((plugin.spec.key as { key?: string } | undefined)?.key?.startsWith('autolink$') ? gated(plugin) : plugin));
  },
});

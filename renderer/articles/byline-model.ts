import type { Author } from '../../shared/model/author';
import type { ArticleBylines, BylinesField } from '../../shared/model/byline';
import { foldForSearch } from '../../shared/text/fold';

/** How many suggestions the Tác giả field offers at once. */
export const maxAuthorSuggestions = 8;

/**
 * The directory's authors that match what was typed (name or pen name, with or without accents,
 * anywhere in the name), leaving out those already in the byline; the directory's order is kept
 * (Vietnamese order of name, from authors.list). Nothing is suggested for blank input.
 */
export function authorSuggestions(directory: readonly Author[], typed: string, chosenIds: ReadonlySet<number>): Author[] {
  const wanted = foldForSearch(typed.trim().normalize('NFC'));
  if (wanted === '') return [];
  return directory
    .filter((author) => !chosenIds.has(author.id))
    .filter((author) => foldForSearch(author.name).includes(wanted) || (author.penName !== null && foldForSearch(author.penName).includes(wanted)))
    .slice(0, maxAuthorSuggestions);
}

/** The directory's author with exactly this name or pen name (without regard to case), if any. */
export function authorNamed(directory: readonly Author[], typed: string): Author | undefined {
  const wanted = typed.trim().normalize('NFC').toLocaleLowerCase('vi');
  return directory.find((author) => author.name.toLocaleLowerCase('vi') === wanted || author.penName?.toLocaleLowerCase('vi') === wanted);
}

/** The bylines as `articles.save` takes them (ids and roles, without the names shown). */
export function bylinesField(bylines: ArticleBylines): BylinesField {
  return { authors: bylines.authors.map(({ authorId, role }) => ({ authorId, role })), team: bylines.team, source: bylines.source };
}

import { authorRoles, type Author, type AuthorRole } from '../../../shared/model/author';
import { defineCommand, UsageError } from '../command';
import { formatTable } from '../text-table';

const actions = ['list', 'add'] as const;

function isAuthorRole(value: string): value is AuthorRole {
  return (authorRoles as readonly string[]).includes(value);
}

/** An author as `--json` prints it. */
function authorJson({ id, name, penName, role, active }: Author) {
  return { id, name, penName, role, active };
}

export const authorsCommand = defineCommand({
  name: 'authors',
  summary: 'List the author directory (Tác giả), or add an author to it.',
  usage: 'newsdesk authors list [--all] [--json] [--db FILE]\n       newsdesk authors add NAME [--pen-name P] [--role R] [--json] [--db FILE]',
  options: {
    all: { type: 'boolean', description: 'list: include the authors that are no longer active.' },
    'pen-name': { type: 'string', valueName: 'P', description: 'add: the pen name (bút danh) printed in bylines.' },
    role: { type: 'string', valueName: 'R', description: `add: one of ${authorRoles.join(', ')} (default reporter).` },
    json: { type: 'boolean', description: 'list: print a JSON array of {id, name, penName, role, active}; add: print the new author as such an object.' },
  },
  positionals: [
    { name: 'ACTION', description: `${actions.join(' or ')}.`, required: true },
    { name: 'NAME', description: 'add: the name of the new author.' },
  ],
  async run(context) {
    const [action, name] = context.positionals;
    const { all = false, json = false, role } = context.options;
    const penName = context.options['pen-name'];
    if (action === 'list') {
      if (name !== undefined) throw new UsageError(`authors list takes no NAME (got "${name}").`);
      if (penName !== undefined || role !== undefined) throw new UsageError('--pen-name and --role go with authors add, not authors list.');
      const backend = await context.openBackend();
      let authors: Author[];
      try {
        authors = await context.call(backend, 'authors.list', { all });
      } finally {
        backend.close();
      }
      if (json) {
        context.writeJson(authors.map(authorJson));
        return;
      }
      if (authors.length === 0) {
        context.stdout.write('No authors.\n');
        return;
      }
      context.stdout.write(
        formatTable(
          ['ID', 'ROLE', 'ACTIVE', 'NAME', 'PEN NAME'],
          authors.map((author) => [String(author.id), author.role, author.active ? 'yes' : 'no', author.name, author.penName ?? '']),
        ),
      );
      return;
    }
    if (action === 'add') {
      if (name === undefined || name.trim() === '') throw new UsageError('authors add needs the NAME of the author.');
      if (all) throw new UsageError('--all goes with authors list, not authors add.');
      if (role !== undefined && !isAuthorRole(role)) throw new UsageError(`--role must be one of ${authorRoles.join(', ')}, not "${role}".`);
      const backend = await context.openBackend({ create: true });
      let author: Author;
      try {
        author = await context.call(backend, 'authors.create', {
          name,
          ...(penName === undefined ? {} : { penName }),
          ...(role === undefined ? {} : { role }),
        });
      } finally {
        backend.close();
      }
      if (json) {
        context.writeJson(authorJson(author));
        return;
      }
      context.stdout.write(`Added author ${author.id}: ${author.name}${author.penName ? ` (${author.penName})` : ''}, ${author.role}.\n`);
      return;
    }
    throw new UsageError(`authors needs an action: ${actions.join(' or ')}, not "${action ?? ''}".`);
  },
});

import { limits } from '../../../shared/api/limits';
import { articleStatuses, type ArticleStatus, type ArticleSummary } from '../../../shared/model/article';
import { defineCommand, UsageError } from '../command';
import { formatTable } from '../text-table';

function isArticleStatus(value: string): value is ArticleStatus {
  return (articleStatuses as readonly string[]).includes(value);
}

export const listCommand = defineCommand({
  name: 'list',
  summary: 'List the articles, most recently updated first.',
  usage: 'newsdesk list [--status S] [--trashed] [--json] [--db FILE]',
  options: {
    status: { type: 'string', valueName: 'S', description: `Only articles with this status: ${articleStatuses.join(', ')}.` },
    trashed: { type: 'boolean', description: 'List the articles in the trash instead.' },
    json: { type: 'boolean', description: 'Print a JSON array of {id, headline, status, updatedAt}.' },
  },
  async run(context) {
    const { status, trashed = false, json = false } = context.options;
    if (status !== undefined && !isArticleStatus(status)) {
      throw new UsageError(`--status must be one of ${articleStatuses.join(', ')}, not "${status}".`);
    }
    const backend = await context.openBackend();
    const articles: ArticleSummary[] = [];
    try {
      for (;;) {
        const page = await context.call(backend, 'articles.list', {
          ...(status === undefined ? {} : { status }),
          trashed,
          sort: 'updated-desc',
          limit: limits.listPage,
          ...(articles.length === 0 ? {} : { after: { updatedAt: articles[articles.length - 1]!.updatedAt, id: articles[articles.length - 1]!.id } }),
        });
        articles.push(...page);
        if (page.length < limits.listPage) break;
      }
    } finally {
      backend.close();
    }

    if (json) {
      context.writeJson(articles.map(({ id, headline, status: articleStatus, updatedAt }) => ({ id, headline, status: articleStatus, updatedAt })));
      return;
    }
    if (articles.length === 0) {
      context.stdout.write(trashed ? 'The trash is empty.\n' : 'No articles.\n');
      return;
    }
    context.stdout.write(
      formatTable(
        ['ID', 'STATUS', 'UPDATED', 'HEADLINE'],
        articles.map((article) => [String(article.id), article.status, article.updatedAt, article.headline === '' ? '(no headline)' : article.headline]),
      ),
    );
  },
});

/**
 * Search benchmark (issue 3, point 6). Generates 100,000 Vietnamese articles, builds the search
 * index, then measures p50 and p95 latency of five query kinds (a rare name, a phrase, two terms
 * with AND, a prefix, a very common word; several queries of each, 100 runs per kind) through the
 * real search service, snippets included, and the same queries as a naive LIKE scan over
 * headline, lead and plain text (5 runs per kind). Prints a table and writes
 * bench/results/search-latest.json and a dated copy.
 *
 * Corpus: 100,000 articles of about 200 syllables each (headline 10-16, lead 25-40, body 110-190
 * plus a few names), ~20 million syllables, from a seeded generator: Zipf-distributed frequent
 * words and compounds of news prose, generated rarer syllables, personal names, and five rare
 * names in a handful of articles each. Real articles are 3-4 times longer; this size keeps the
 * whole run under a minute on two cores (generation ~10 s, index build ~15 s). The generated
 * articles (not the index) are cached in the system temp folder, keyed by the generator version
 * and the count, so a second run skips generation; a clean clone generates them.
 * NEWSDESK_BENCH_ARTICLES overrides the count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSearchService, rankedCandidates } from '../electron/backend/search/search-service';
import { rebuildSearchIndex } from '../electron/backend/search/search-index';
import { parseSearchQuery, toMatchExpression } from '../electron/backend/search/search-query';
import { openDatabase } from '../electron/backend/store/database';
import { migrate } from '../electron/backend/store/migrations/runner';
import { Queries, sql, sqlFragment, sqlJoin } from '../electron/backend/store/sql';
import { benchTempFolder, percentile, writeBenchResult } from './bench-results';

/** Bump when the generator's output changes, so that a stale cached corpus is not reused. */
const generatorVersion = 4;
const articleCount = Number(process.env.NEWSDESK_BENCH_ARTICLES ?? 100_000);
const searchRepetitions = 100;
const likeRepetitions = 5;
const targetP95Milliseconds = 25;

// ---------------------------------------------------------------------------------------------
// Deterministic generator

/** mulberry32: a small seeded pseudo-random generator, so every run builds the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Frequent Vietnamese words of news prose, most frequent first (one or more syllables each).
 * Their frequencies follow Zipf's law by rank, as word frequencies do.
 */
const frequentWords = `và|của|các|có|được|trong|là|cho|người|những|với|đã|không|một|này|để|khi|năm|từ|đến|
  theo|về|tại|cũng|ra|nhiều|như|đồng chí|thành phố|phát triển|công tác|thực hiện|đơn vị|nhân dân|
  hội nghị|quận ủy|địa phương|tổ chức|cán bộ|đảng viên|kinh tế|xã hội|hoạt động|chính quyền|
  người dân|trên|sẽ|còn|đó|nên|nhưng|vào|lại|đang|hơn|sau|bị|thì|mà|do|rằng|tỉnh|huyện|xã|phường|
  quận|Thành ủy|Đảng ủy|ban|chủ tịch|bí thư|phó|thường trực|ủy ban|nhân dân|mặt trận|tổ quốc|
  đoàn thể|hội quần chúng|thanh niên|phụ nữ|cựu chiến binh|nông dân|công đoàn|giáo dục|y tế|
  văn hóa|thể thao|du lịch|đầu tư|hạ tầng|giao thông|đô thị|môi trường|an ninh|quốc phòng|
  trật tự|an toàn|chuyển đổi số|doanh nghiệp|sản xuất|nông nghiệp|công nghiệp|dịch vụ|thương mại|
  ngân sách|nguồn lực|chính sách|kế hoạch|chương trình|dự án|công trình|nhiệm vụ|giải pháp|
  kết quả|chỉ tiêu|tăng trưởng|ổn định|nâng cao|chất lượng|hiệu quả|đổi mới|cải cách|hành chính|
  thủ tục|trực tuyến|dữ liệu|hệ thống|triển khai|tăng cường|lãnh đạo|chỉ đạo|kiểm tra|giám sát|
  tuyên truyền|vận động|tham gia|đóng góp|hỗ trợ|quan tâm|chăm lo|an sinh|gia đình|học sinh|
  sinh viên|trường học|bệnh viện|khu phố|tổ dân phố|hẻm|nhà ở|đất đai|quy hoạch|xây dựng|
  sửa chữa|nâng cấp|mở rộng|tiếp tục|tổng kết|sơ kết|đánh giá|báo cáo|phát biểu|ghi nhận|
  biểu dương|khen thưởng|trao tặng|bằng khen|giấy khen|tập thể|cá nhân|thành tích|xuất sắc|
  tiêu biểu|chiều|sáng|ngày|tháng|tuần|quý|đợt|lần|buổi|hôm nay|vừa qua|thời gian|giai đoạn|
  thời kỳ|tới|mới|lớn|nhỏ|cao|thấp|tốt|khó khăn|thuận lợi|hạn chế|tồn tại|nguyên nhân|bài học|
  kinh nghiệm|định hướng|mục tiêu|phấn đấu|hoàn thành|vượt|đạt|tỷ lệ|phần trăm|tỷ đồng|triệu đồng|
  hộ|gia đình chính sách|người cao tuổi|trẻ em|khuyết tật|hộ nghèo|cận nghèo|việc làm|lao động|
  thu nhập|đời sống|vật chất|tinh thần|phong trào|thi đua|học tập|làm theo|tư tưởng|đạo đức|
  phong cách|Hồ Chí Minh|Nghị quyết|Chỉ thị|Kết luận|Trung ương|Bộ Chính trị|Ban Bí thư|
  Chính phủ|Quốc hội|Hội đồng nhân dân|Ủy ban nhân dân|Sở|Ban dân vận|Ban tuyên giáo|Ban tổ chức|
  Ủy ban kiểm tra|Văn phòng|Mặt trận Tổ quốc|Thành đoàn|Hội Liên hiệp Phụ nữ|Liên đoàn Lao động|
  Hội Cựu chiến binh|Hội Nông dân|Hội Chữ thập đỏ|Hội Khuyến học|Thành phố Hồ Chí Minh|TP.HCM|
  Quận 1|Quận 3|Quận 5|Quận 10|Bình Thạnh|Gò Vấp|Thủ Đức|Tân Bình|Phú Nhuận|Củ Chi|Hóc Môn|
  Bình Chánh|Nhà Bè|Cần Giờ|hòa bình|khỏe mạnh|thủy lợi|ủy viên|tùy theo|xóa đói|giảm nghèo|
  hòa nhập|thỏa thuận|khỏe|họa sĩ|lũy kế|quy định|quy chế|quy trình|huy động|tuyên dương|
  chuyên môn|chuyên đề|nghiệp vụ|đào tạo|bồi dưỡng|năng lực|trình độ|cơ sở|cấp ủy|chi bộ|
  đảng bộ|sinh hoạt|kết nạp|đảng|nhiệm kỳ|đại hội|bầu cử|ứng cử|đại biểu|tiếp xúc|cử tri|kiến nghị|
  giải quyết|khiếu nại|tố cáo|tiếp dân|đối thoại|lắng nghe|chia sẻ|đồng hành|trách nhiệm|
  gương mẫu|đi đầu|nêu gương|kỷ luật|kỷ cương|phòng chống|tham nhũng|lãng phí|tiêu cực|minh bạch`
  .split('|')
  .map((word) => word.trim())
  .filter((word) => word.length > 0);

const onsets = ['b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x', ''];
/** Rhymes with the index of the vowel that carries the tone mark. */
const rhymes: Array<[string, number]> = [
  ['a', 0], ['ai', 0], ['an', 0], ['ang', 0], ['anh', 0], ['ao', 0], ['at', 0], ['ăm', 0], ['ăn', 0], ['âm', 0],
  ['ân', 0], ['âu', 0], ['em', 0], ['en', 0], ['êm', 0], ['ên', 0], ['iêm', 1], ['iên', 1], ['im', 0], ['in', 0],
  ['inh', 0], ['o', 0], ['oa', 1], ['oan', 1], ['oang', 1], ['oi', 0], ['om', 0], ['on', 0], ['ong', 0], ['ô', 0],
  ['ôi', 0], ['ôn', 0], ['ông', 0], ['ơ', 0], ['ơi', 0], ['ơn', 0], ['u', 0], ['ui', 0], ['un', 0], ['ung', 0],
  ['uy', 1], ['uyên', 2], ['ư', 0], ['ưa', 0], ['ưng', 0], ['ươn', 1], ['ương', 1], ['yên', 1],
];
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

function syllable(random: () => number): string {
  const onset = onsets[Math.floor(random() * onsets.length)]!;
  const [rhyme, toneAt] = rhymes[Math.floor(random() * rhymes.length)]!;
  const tone = toneMarks[Math.floor(random() * toneMarks.length)]!;
  const characters = [...rhyme];
  characters[toneAt] = `${characters[toneAt]}${tone}`;
  return `${onset}${characters.join('')}`.normalize('NFC');
}

/** Frequent words first, then generated rarer one- and two-syllable words. */
function buildVocabulary(random: () => number): string[] {
  const words = new Set(frequentWords);
  while (words.size < frequentWords.length + 6000) {
    words.add(random() < 0.5 ? syllable(random) : `${syllable(random)} ${syllable(random)}`);
  }
  return [...words];
}

/** Samples words by Zipf's law (probability ∝ 1 / rank). */
function zipfSampler(vocabulary: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let sum = 0;
  vocabulary.forEach((_, rank) => {
    sum += 1 / (rank + 1);
    cumulative.push(sum);
  });
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
}

const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middleNames = ['Văn', 'Thị', 'Thành', 'Minh', 'Hồng', 'Quốc', 'Thanh', 'Ngọc', 'Hữu', 'Đức'];
const givenNames = ['Nam', 'Hường', 'Vân', 'Ngọc', 'Hùng', 'Lan', 'Tuấn', 'Hà', 'Dũng', 'Mai', 'Sơn', 'Phương', 'Long', 'Hải', 'Thảo'];

/** Names that appear in only a handful of articles: the "rare name" queries look for them. */
const rareNames = ['Tôn Nữ Diễm Kiều', 'Hứa Vĩnh Khiêm', 'Âu Dương Thục Nghi', 'Khổng Tường Vi', 'Lạc Thiên Hựu'];

interface GeneratedArticle {
  headline: string;
  sapo: string;
  body: string;
  status: string;
  updatedAt: string;
}

function* generateArticles(count: number): Generator<GeneratedArticle> {
  const random = seededRandom(20240329);
  const word = zipfSampler(buildVocabulary(random), random);
  const name = () => `${surnames[Math.floor(random() * surnames.length)]} ${middleNames[Math.floor(random() * middleNames.length)]} ${givenNames[Math.floor(random() * givenNames.length)]}`;
  const sentence = (syllables: number) => {
    const words: string[] = [];
    let length = 0;
    while (length < syllables) {
      const next = random() < 0.03 ? name() : word();
      words.push(next);
      length += next.split(' ').length;
    }
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  };
  const text = (syllables: number) => {
    const sentences: string[] = [];
    let remaining = syllables;
    while (remaining > 0) {
      const length = Math.min(remaining, 12 + Math.floor(random() * 14));
      sentences.push(`${sentence(length)}.`);
      remaining -= length;
    }
    return sentences.join(' ');
  };
  const rareEvery = Math.max(1, Math.floor(count / 6));
  const statuses = ['draft', 'submitted', 'approved', 'exported'];
  const start = Date.UTC(2020, 0, 1);
  for (let index = 0; index < count; index += 1) {
    let body = text(110 + Math.floor(random() * 80));
    if (index % rareEvery === rareEvery - 1) {
      const rare = rareNames[Math.floor(random() * rareNames.length)]!;
      body = `${body} Bà ${rare} phát biểu tại hội nghị.`;
    }
    yield {
      headline: sentence(10 + Math.floor(random() * 7)),
      sapo: text(25 + Math.floor(random() * 16)),
      body,
      status: statuses[Math.floor(random() * statuses.length)]!,
      updatedAt: new Date(start + index * 15 * 60_000).toISOString(),
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Corpus database

function cachedCorpusPath(): string {
  return path.join(os.tmpdir(), 'newsdesk-bench', `search-corpus-v${generatorVersion}-${articleCount}.sqlite`);
}

/**
 * The generated articles in a plain SQLite file (cached between runs). Inserted with SQL in one
 * transaction: going through the article service would record 100,000 revisions and sync the
 * disk 100,000 times, which measures something else.
 */
function ensureCorpus(): { path: string; generatedSeconds: number | null } {
  const corpusPath = cachedCorpusPath();
  if (fs.existsSync(corpusPath)) return { path: corpusPath, generatedSeconds: null };
  fs.mkdirSync(path.dirname(corpusPath), { recursive: true });
  const partialPath = `${corpusPath}.partial`;
  fs.rmSync(partialPath, { force: true });
  const started = performance.now();
  const database = openDatabase(partialPath);
  try {
    migrate(database);
    database.pragma('synchronous = OFF');
    const queries = new Queries(database);
    queries.transaction(() => {
      for (const article of generateArticles(articleCount)) {
        const paragraphs = article.body.split('. ').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
        const words = `${article.headline} ${article.sapo} ${article.body}`.split(/\s+/u).length;
        const { lastInsertRowid } = queries.run(sql`
          INSERT INTO articles (headline, sapo, body_json, word_count, status, created_at, updated_at)
          VALUES (${article.headline}, ${article.sapo}, ${JSON.stringify({ type: 'doc', content: paragraphs })}, ${words},
                  ${article.status}, ${article.updatedAt}, ${article.updatedAt})`);
        queries.run(sql`INSERT INTO article_plain_texts (article_id, plain_text) VALUES (${lastInsertRowid}, ${article.body})`);
      }
    });
    database.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    database.close();
  }
  fs.renameSync(partialPath, corpusPath);
  return { path: corpusPath, generatedSeconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Measurement

interface QueryKind {
  kind: string;
  queries: string[];
  /** The same search as LIKE patterns, all of which must match (ANDed). */
  likePatterns: (query: string) => string[];
}

const words = (query: string) => query.replace(/["*]/gu, '').split(/\s+/u).filter((word) => word.length > 0);
const queryKinds: QueryKind[] = [
  {
    kind: 'rare name',
    queries: [...rareNames, 'ton nu diem kieu', 'hua vinh khiem'],
    likePatterns: (query) => [`%${query}%`],
  },
  {
    kind: 'phrase',
    queries: ['"hội quần chúng"', '"quận ủy"', '"chuyển đổi số"', '"thành phố"', '"người cao tuổi"'],
    likePatterns: (query) => [`%${query.replaceAll('"', '')}%`],
  },
  {
    kind: 'two terms (AND)',
    queries: ['giáo dục đầu tư', 'y tế môi trường', 'khen thưởng thanh niên', 'đất đai quy hoạch', 'dang uy phuong'],
    likePatterns: (query) => words(query).map((word) => `%${word}%`),
  },
  {
    kind: 'prefix',
    queries: ['nguy*', 'chuy*', 'thanh*', 'ph*', 'tuyên*'],
    likePatterns: (query) => [`%${query.replace('*', '')}%`],
  },
  {
    kind: 'very common term',
    queries: ['và', 'của', 'các', 'có', 'được'],
    likePatterns: (query) => [`%${query}%`],
  },
];

interface Latency {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((left, right) => left - right);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted.at(-1)!), runs: sorted.length };
}

/** Runs the queries in turn `repetitions` times in all, after one untimed run of the first `warmUp`. */
function measure(repetitions: number, warmUp: number, queries: readonly string[], runQuery: (query: string) => unknown): Latency {
  for (const query of queries.slice(0, warmUp)) runQuery(query);
  const samples: number[] = [];
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    const query = queries[repetition % queries.length]!;
    const started = performance.now();
    runQuery(query);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

/** The same search as LIKE scans: every pattern in the headline, lead or plain text (one statement per pattern count, cached by Queries). */
function naiveLikeSearch(queries: Queries): (query: string, kind: QueryKind) => number {
  return (query, kind) => {
    const condition = sqlJoin(
      kind.likePatterns(query).map((pattern) => sqlFragment`(headline LIKE ${pattern} OR sapo LIKE ${pattern} OR plain_text LIKE ${pattern})`),
      sqlFragment` AND `,
    );
    return queries.all(sql`
      SELECT id FROM articles JOIN article_plain_texts ON article_plain_texts.article_id = articles.id
      WHERE trashed_at IS NULL AND ${condition} ORDER BY updated_at DESC`).length;
  };
}

/** How many articles match a query (not timed; the service reports null above rankedCandidates). */
function countMatches(queries: Queries, query: string): number {
  const expression = toMatchExpression(parseSearchQuery(query));
  if (expression === null) return 0;
  return queries.get<{ matches: number }>(sql`SELECT count(*) AS matches FROM articles_fts WHERE articles_fts MATCH ${expression}`)!.matches;
}

function fileSize(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** Runs the benchmark; resolves to the results it also writes as JSON. */
export async function run(): Promise<Record<string, unknown>> {
  const corpus = ensureCorpus();
  const workFolder = benchTempFolder('search');
  const databasePath = path.join(workFolder, 'bench.sqlite');
  fs.copyFileSync(corpus.path, databasePath);
  const database = openDatabase(databasePath);
  try {
    migrate(database);
    const sizeWithoutIndex = fileSize(databasePath);

    const buildStarted = performance.now();
    const queries = new Queries(database);
    const indexed = rebuildSearchIndex(queries);
    const buildSeconds = (performance.now() - buildStarted) / 1000;
    database.pragma('wal_checkpoint(TRUNCATE)');
    const sizeWithIndex = fileSize(databasePath);

    const search = createSearchService({ queries });
    const like = naiveLikeSearch(queries);
    const rows: Array<Record<string, unknown>> = [];
    for (const kind of queryKinds) {
      const example = search.articles({ query: kind.queries[0]! });
      const searchLatency = measure(searchRepetitions, kind.queries.length, kind.queries, (query) => search.articles({ query }));
      const likeLatency = measure(likeRepetitions, 1, kind.queries, (query) => like(query, kind));
      rows.push({
        kind: kind.kind,
        queries: kind.queries,
        exampleTotal: example.total,
        exampleMatches: countMatches(queries, kind.queries[0]!),
        exampleResults: example.results.length,
        search: searchLatency,
        like: likeLatency,
        meetsTarget: searchLatency.p95 <= targetP95Milliseconds,
      });
    }

    const result = {
      loadAverage: os.loadavg().map((value) => Math.round(value * 100) / 100),
      corpus: {
        articles: articleCount,
        indexedArticles: indexed,
        generatorVersion,
        syllablesPerArticle: 'headline 10-16, lead 25-40, body 110-190 (about 200 in all)',
        generatedSeconds: corpus.generatedSeconds,
        cachedAt: corpus.path,
      },
      index: {
        buildSeconds: Math.round(buildSeconds * 100) / 100,
        databaseBytesWithoutIndex: sizeWithoutIndex,
        databaseBytes: sizeWithIndex,
        indexBytes: sizeWithIndex - sizeWithoutIndex,
      },
      rankedCandidates,
      targetP95Milliseconds,
      repetitions: { search: searchRepetitions, like: likeRepetitions },
      queries: rows,
    };
    printTable(result.index, rows, articleCount);
    const written = writeBenchResult('search', result);
    process.stdout.write(`(milliseconds; written to ${path.relative(process.cwd(), written)} and search-latest.json)\n`);
    return result;
  } finally {
    database.close();
    fs.rmSync(workFolder, { recursive: true, force: true });
  }
}

function printTable(index: { buildSeconds: number; databaseBytes: number; indexBytes: number }, rows: Array<Record<string, unknown>>, articles: number): void {
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const lines = [
    `search: ${articles.toLocaleString('en')} articles; index built in ${index.buildSeconds} s; database ${megabytes(index.databaseBytes)} (index ${megabytes(index.indexBytes)})`,
    `${'kind'.padEnd(18)} ${'matches'.padStart(8)} ${'fts p50'.padStart(9)} ${'fts p95'.padStart(9)} ${'like p50'.padStart(10)} ${'like p95'.padStart(10)}  target p95 <= ${targetP95Milliseconds} ms`,
  ];
  for (const row of rows) {
    const search = row.search as Latency;
    const like = row.like as Latency;
    lines.push(
      `${String(row.kind).padEnd(18)} ${String(row.exampleMatches).padStart(8)} ${search.p50.toFixed(2).padStart(9)} ${search.p95.toFixed(2).padStart(9)} ${like.p50.toFixed(1).padStart(10)} ${like.p95.toFixed(1).padStart(10)}  ${row.meetsTarget ? 'ok' : 'MISSED'}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

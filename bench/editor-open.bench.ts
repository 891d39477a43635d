import { writeBenchResult } from './bench-results';
import {
  heapMegabytes,
  launchChromium,
  loadAverage,
  longArticleHeadline,
  openApp,
  openArticleInPage,
  openPlainPage,
  round,
  seedEditorDatabase,
  setPlainHtmlInPage,
  shortArticleHeadline,
  startServe,
  summarise,
} from './editor-bench-support';

const rounds = Number(process.env.NEWSDESK_BENCH_OPEN_ROUNDS ?? 20);
const warmupRounds = 2;
const targets = { p50Milliseconds: 300, ratioToPlain: 2, heapMegabytes: 150 };

/**
 * Opening a 20,000-word article with 20 figures in the browser edition (`newsdesk serve`, Chromium):
 * from the click on its row in the list, with a short article open, until its body is editable,
 * holds every block (figures drawn by their node views) and the next frame is painted. The
 * baseline, in the same browser and alternating with it: setting the same HTML (the editor's own
 * DOM) into a plain element of a page on the same origin with the app's stylesheets, until the next
 * paint. The JS heap of the app's page is read after each open.
 */
export async function run() {
  const seeded = await seedEditorDatabase('editor-open');
  const serve = await startServe(seeded.folder, seeded.databasePath);
  const browser = await launchChromium();
  try {
    const app = await openApp(browser, serve.openUrl);
    const { topLevelNodes, figures, shortTopLevelNodes } = seeded.article;
    await openArticleInPage(app, longArticleHeadline, topLevelNodes, figures);
    const { html, stylesheets, width } = await app.evaluate(() => ({
      html: document.querySelector('.ProseMirror')!.innerHTML,
      stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => link.href),
      width: document.querySelector<HTMLElement>('.ProseMirror')!.clientWidth,
    }));
    const plain = await openPlainPage(browser, serve.origin, stylesheets, html, width);

    const editorSamples: number[] = [];
    const plainSamples: number[] = [];
    const heapUsed: number[] = [];
    for (let index = 0; index < warmupRounds + rounds; index += 1) {
      await openArticleInPage(app, shortArticleHeadline, shortTopLevelNodes, 0);
      const opened = await openArticleInPage(app, longArticleHeadline, topLevelNodes, figures);
      const set = await setPlainHtmlInPage(plain);
      if (index < warmupRounds) continue;
      editorSamples.push(opened);
      plainSamples.push(set);
      heapUsed.push((await heapMegabytes(app)).used);
    }
    const heapAtEnd = await heapMegabytes(app);
    const editor = summarise(editorSamples);
    const baseline = summarise(plainSamples);
    const ratio = { p50: round(editor.p50 / baseline.p50), max: round(editor.max / baseline.max) };
    const heapMax = Math.max(...heapUsed, heapAtEnd.used);
    const met = editor.p50 <= targets.p50Milliseconds && ratio.p50 <= targets.ratioToPlain && heapMax <= targets.heapMegabytes;
    const result = {
      article: seeded.article,
      rounds,
      warmupRounds,
      loadAverage: loadAverage(),
      openMilliseconds: editor,
      plainSetHtmlMilliseconds: baseline,
      ratio,
      heapMegabytes: { maxUsedAfterOpen: heapMax, usedAfterGcAtEnd: heapAtEnd.usedAfterGc },
      samples: { open: editorSamples.map(round), plain: plainSamples.map(round) },
      targets,
      targetsMet: met,
    };
    console.log(`article: ${seeded.article.words} words, ${figures} figures, ${topLevelNodes} blocks; load average ${result.loadAverage.join(' ')}`);
    console.log(`open from the list until editable and painted: p50 ${editor.p50} ms, max ${editor.max} ms (${rounds} opens)`);
    console.log(`plain element, same HTML set and painted:     p50 ${baseline.p50} ms, max ${baseline.max} ms`);
    console.log(`ratio of p50s ${ratio.p50}x; JS heap max ${heapMax} MB (${heapAtEnd.usedAfterGc} MB after GC)  (targets: p50 <= ${targets.p50Milliseconds} ms, ratio <= ${targets.ratioToPlain}, heap <= ${targets.heapMegabytes} MB)  ${met ? 'MET' : 'MISSED'}`);
    console.log(`written to ${writeBenchResult('editor-open', result)}`);
    return result;
  } finally {
    await browser.close();
    await serve.stop();
  }
}

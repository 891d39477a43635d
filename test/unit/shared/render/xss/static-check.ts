import { JSDOM } from 'jsdom';

let parser: DOMParser | undefined;
let parsed = 0;

/** Parses an exported document as a browser would (jsdom's parse5), without running anything. */
export function parseExport(html: string): Document {
  // A DOMParser document is inert (no scripts, no loads) and much cheaper than a new JSDOM; a
  // window is replaced now and then, as parsing slows down as its documents pile up.
  if (parser === undefined || parsed % 50 === 0) parser = new new JSDOM('').window.DOMParser();
  parsed += 1;
  return parser.parseFromString(html, 'text/html');
}

/** Elements that must never appear in an export, whatever was typed. */
const forbiddenElements = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'template',
  'noscript',
  'isindex',
  'keygen',
  'marquee',
  'xmp',
  'listing',
  'plaintext',
]);

/** Attributes whose value a browser loads or navigates to. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'cite',
  'srcset',
  'ping',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'archive',
  'manifest',
  'icon',
  'profile',
  'usemap',
]);

/** `<meta http-equiv>` values an export may use; refresh, set-cookie, link and the rest may not. */
const allowedHttpEquiv = new Set(['content-security-policy', 'content-type']);

/** `<link rel>` values that make a browser fetch something. */
const fetchingLinkRels = new Set(['import', 'stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender', 'manifest', 'icon']);

/**
 * A URL as a browser reads its scheme: entities already decoded by the parser, then ASCII tab and
 * newlines removed anywhere, leading and trailing C0 controls and spaces trimmed (WHATWG URL), and
 * for good measure every other control, space or invisible separator, lower-cased.
 */
export function schemeView(url: string): string {
  // eslint-disable-next-line no-control-regex -- the controls a browser skips are exactly what is matched
  return url.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/gu, '').toLowerCase();
}

/** The dangerous scheme a URL starts with, or null. */
export function dangerousScheme(url: string): string | null {
  const view = schemeView(url);
  for (const scheme of ['javascript:', 'vbscript:', 'livescript:', 'mocha:', 'data:', 'blob:', 'filesystem:']) {
    if (view.startsWith(scheme)) return scheme;
  }
  return null;
}

/**
 * The attributes each element of an export may carry (besides `class` in the body): everything
 * the renderer writes, nothing an input could bring along.
 */
const allowedAttributes: Readonly<Record<string, readonly string[]>> = {
  html: ['lang'],
  meta: ['charset', 'name', 'content', 'property', 'http-equiv'],
  script: ['type'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start', 'type'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};

/** Elements of the head (and the root), where not even a class is written. */
const headElements = new Set(['html', 'head', 'meta', 'title', 'style', 'script', 'body']);

/** The class names the export stylesheet defines: the only ones an export may use. */
export function stylesheetClasses(stylesheet: string): Set<string> {
  return new Set([...stylesheet.matchAll(/\.([a-z][a-z0-9-]*)/gu)].map((match) => match[1]!));
}

/** Classes the renderer writes without styling them (hooks for a portal's own stylesheet). */
const unstyledRendererClasses = ['caption', 'place'];

/** Class names used in `document` that are neither styled by the export stylesheet nor the renderer's own hooks (an editor's or an input's). */
export function foreignClasses(document: Document, stylesheet: string): string[] {
  const known = new Set([...stylesheetClasses(stylesheet), ...unstyledRendererClasses]);
  const used = [...document.querySelectorAll('[class]')].flatMap((element) => [...element.classList]);
  return [...new Set(used.filter((name) => !known.has(name)))];
}

/** The characters a JSON-LD script must never hold raw. */
const rawInScript = /[<>&]/u;

export interface StaticExpectations {
  /** The headline as the <title> must show it. */
  title: string;
  /** The sapo as the meta description must hold it. */
  description: string;
}

/**
 * Every way the exported `html` could run code or load something: script elements other than the
 * one JSON-LD, event handler and style attributes, javascript:/vbscript:/data: URLs (data:image/
 * only as an <img> src), frames, plugins, forms, <base>, meta refresh, SVG and MathML. Also checks
 * that <title> and the meta description hold exactly the text given. A 'fragment' (the body as
 * "Sao chép HTML" copies it, parsed inside a <body>) may hold no script at all. Returns the problems found.
 */
export function staticProblems(document: Document, expectations?: StaticExpectations, kind: 'document' | 'fragment' = 'document'): string[] {
  const problems: string[] = [];

  const scripts = [...document.querySelectorAll('script')];
  const expectedScripts = kind === 'document' ? 1 : 0;
  if (scripts.length !== expectedScripts) problems.push(`expected ${expectedScripts} <script>, found ${scripts.length}`);
  for (const script of scripts) {
    const type = script.getAttribute('type');
    if (type !== 'application/ld+json') problems.push(`a <script> of type ${JSON.stringify(type)}`);
    if (script.attributes.length !== 1) problems.push(`a <script> with attributes ${[...script.attributes].map((a) => a.name).join(', ')}`);
    const source = script.textContent ?? '';
    const raw = rawInScript.exec(source);
    if (raw) problems.push(`the JSON-LD holds a raw ${JSON.stringify(raw[0])} at ${raw.index}: …${source.slice(Math.max(0, raw.index - 20), raw.index + 20)}…`);
    if (type === 'application/ld+json') {
      try {
        JSON.parse(source);
      } catch (error) {
        problems.push(`the JSON-LD does not parse: ${(error as Error).message}`);
      }
    }
  }

  for (const element of document.getElementsByTagName('*')) {
    const name = element.localName;
    const namespace = element.namespaceURI;
    if (namespace !== 'http://www.w3.org/1999/xhtml') problems.push(`an element <${name}> in namespace ${namespace}`);
    if (forbiddenElements.has(name)) problems.push(`a <${name}> element`);
    if (name === 'meta') {
      const httpEquiv = element.getAttribute('http-equiv');
      if (httpEquiv !== null && !allowedHttpEquiv.has(httpEquiv.trim().toLowerCase())) problems.push(`a <meta http-equiv=${JSON.stringify(httpEquiv)}>`);
    }
    if (name === 'link') {
      const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
      const fetching = rels.find((rel) => fetchingLinkRels.has(rel));
      if (fetching) problems.push(`a <link rel=${JSON.stringify(fetching)}>`);
    }
    if (name === 'style' && element.parentElement?.localName !== 'head') problems.push('a <style> outside <head>');
    const allowed = allowedAttributes[name] ?? [];
    for (const attribute of element.attributes) {
      const attributeName = attribute.name.toLowerCase();
      if (!allowed.includes(attributeName) && !(attributeName === 'class' && !headElements.has(name))) {
        problems.push(`an attribute ${attribute.name}=${JSON.stringify(attribute.value.slice(0, 40))} on <${name}>, which the renderer never writes`);
      }
      if (attributeName.startsWith('on')) problems.push(`an event handler attribute ${attribute.name} on <${name}>`);
      if (attributeName === 'style') problems.push(`a style attribute on <${name}>`);
      if (attributeName === 'srcdoc') problems.push(`a srcdoc attribute on <${name}>`);
      if (urlAttributes.has(attributeName)) {
        const scheme = dangerousScheme(attribute.value);
        const imageData = name === 'img' && attributeName === 'src' && schemeView(attribute.value).startsWith('data:image/');
        if (scheme && !imageData) problems.push(`a ${scheme} URL in ${attribute.name} of <${name}>: ${JSON.stringify(attribute.value.slice(0, 80))}`);
      }
    }
  }
  const styles = document.querySelectorAll('style');
  if (styles.length > 1) problems.push(`${styles.length} <style> elements`);

  if (expectations) {
    const title = document.querySelector('head > title')?.textContent;
    if (title !== expectations.title) problems.push(`<title> is ${JSON.stringify(title)}, expected ${JSON.stringify(expectations.title)}`);
    const descriptions = document.querySelectorAll('meta[name="description"]');
    if (descriptions.length !== 1) problems.push(`${descriptions.length} meta descriptions`);
    const description = descriptions[0]?.getAttribute('content');
    if (description !== expectations.description) problems.push(`the meta description is ${JSON.stringify(description)}, expected ${JSON.stringify(expectations.description)}`);
  }
  return problems;
}

/**
 * The element structure of a document: every element (tag and sorted attribute names) with its
 * depth, in document order. Text typed into a field must never change it.
 */
export function elementShape(document: Document): string[] {
  const shape: string[] = [];
  const visit = (element: Element, depth: number) => {
    const attributes = [...element.attributes].map((attribute) => attribute.name).sort();
    shape.push(`${'  '.repeat(depth)}<${element.localName}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}>`);
    for (const child of element.children) visit(child, depth + 1);
  };
  visit(document.documentElement, 0);
  return shape;
}

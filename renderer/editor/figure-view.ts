import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView, NodeView, ViewMutationRecord } from '@tiptap/pm/view';
import type { FigureAttributes } from '../../shared/schema/figure';
import { isPasteInput, toneStyleAfterEdit, toneStyleOnLeave } from '../articles/tone-placement-field';
import type { Messages } from '../i18n/vi';
import type { FigureEditingOptions } from './figure-editing-options';

type FigureField = 'caption' | 'credit' | 'alt';

const figureFields: ReadonlyArray<{ name: FigureField; label: (t: Messages) => string }> = [
  { name: 'caption', label: (t) => t.figureCaption },
  { name: 'credit', label: (t) => t.figureCredit },
  { name: 'alt', label: (t) => t.figureAlt },
];

const featuredPositions = new WeakMap<ProseMirrorNode, number>();

/**
 * The position of the featured figure: the one chosen, else the first; -1 when there is none.
 * Found once per document: every figure's view asks after each transaction.
 */
export function featuredPosition(document: ProseMirrorNode): number {
  const known = featuredPositions.get(document);
  if (known !== undefined) return known;
  let first = -1;
  let chosen = -1;
  document.descendants((node, position) => {
    if (node.type.name === 'figure') {
      if (first === -1) first = position;
      if (chosen === -1 && node.attrs.featured === true) chosen = position;
      return false;
    }
    return !node.isTextblock;
  });
  const found = chosen === -1 ? first : chosen;
  featuredPositions.set(document, found);
  return found;
}

/** True for an event or DOM change inside one of a figure's own fields or buttons, which ProseMirror must leave alone. */
export function isInsideFigureControl(target: EventTarget | Node | null): boolean {
  const element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  return element?.closest('[data-figure-control]') != null;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

function button(): HTMLButtonElement {
  const created = element('button', 'button button-quiet');
  created.type = 'button';
  return created;
}

/** The figure views of each editor, told about every state change (selection, editability, language). */
const viewsByEditor = new WeakMap<EditorView, Set<FigureView>>();

/** Redraws what every figure of `view` derives from outside its own node: featured mark, editability, language. */
export function refreshFigureViews(view: EditorView): void {
  viewsByEditor.get(view)?.forEach((figure) => figure.refresh());
}

interface FigureViewProps {
  editor: Editor;
  view: EditorView;
  node: ProseMirrorNode;
  getPos: () => number | undefined;
  options: FigureEditingOptions;
}

/**
 * A figure in the body, drawn as plain DOM (opening a long article pays for no React root per
 * figure): the image (or a placeholder when it could not be read), its caption, photo credit and
 * alt text as real text boxes, and its actions. The fields change the node's attributes through
 * transactions, so the editor's undo and redo cover them.
 */
export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  private readonly editor: Editor;
  private readonly view: EditorView;
  private readonly getPos: () => number | undefined;
  private readonly options: FigureEditingOptions;
  private node: ProseMirrorNode;
  private readonly figure: HTMLElement;
  private readonly imageBox: HTMLElement;
  private readonly caption: HTMLElement;
  private controlsMounted = false;
  private readonly cancelMount: () => void;
  private image: HTMLImageElement | null = null;
  private missingImage: HTMLElement | null = null;
  private badge: HTMLElement | null = null;
  private readonly fieldLabels = new Map<FigureField, HTMLElement>();
  private readonly inputs = new Map<FigureField, HTMLInputElement>();
  private actions: {
    box: HTMLElement;
    featured: HTMLButtonElement;
    replace: HTMLButtonElement;
    up: HTMLButtonElement;
    down: HTMLButtonElement;
    remove: HTMLButtonElement;
    file: HTMLInputElement;
  } | null = null;
  private messages: Messages;
  private editable: boolean;
  private featured = false;
  private selected = false;
  private replacing = false;

  constructor({ editor, view, node, getPos, options }: FigureViewProps) {
    this.editor = editor;
    this.view = view;
    this.node = node;
    this.getPos = getPos;
    this.options = options;
    this.messages = options.messages();
    this.editable = view.editable;

    this.dom = element('div', 'node-figure');
    const wrapper = this.dom.appendChild(element('div', 'figure-node-view'));
    wrapper.setAttribute('data-node-view-wrapper', '');
    this.figure = wrapper.appendChild(element('figure'));
    this.imageBox = this.figure.appendChild(element('div', 'figure-image'));
    this.imageBox.setAttribute('data-drag-handle', '');
    this.caption = this.figure.appendChild(element('figcaption', 'figure-fields'));

    this.featured = this.isFeatured();
    this.render();
    // Opening a long article draws the figures' frames, images and captions at once; their fields and
    // buttons come when the browser is idle, or sooner when the figure is pointed at, focused or selected.
    const mount = () => this.mountControls();
    this.dom.addEventListener('pointerenter', mount, { once: true });
    this.dom.addEventListener('focusin', mount, { once: true });
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(mount, { timeout: 1000 });
      this.cancelMount = () => cancelIdleCallback(idle);
    } else {
      const timer = setTimeout(mount, 0);
      this.cancelMount = () => clearTimeout(timer);
    }
    let views = viewsByEditor.get(view);
    if (!views) viewsByEditor.set(view, (views = new Set()));
    views.add(this);
  }

  private get attributes(): FigureAttributes {
    return this.node.attrs as FigureAttributes;
  }

  private position(): number | null {
    const value = this.getPos();
    return typeof value === 'number' ? value : null;
  }

  private isFeatured(): boolean {
    const at = this.position();
    return at !== null && featuredPosition(this.view.state.doc) === at;
  }

  private updateAttributes(changes: Partial<Omit<FigureAttributes, 'featured'>>): void {
    const at = this.position();
    if (at !== null) this.editor.commands.updateFigure(at, changes);
  }

  private move(direction: 'up' | 'down'): void {
    const at = this.position();
    if (at !== null) this.editor.chain().setNodeSelection(at).moveFigure(direction).focus().run();
  }

  private mountControls(): void {
    if (this.controlsMounted) return;
    this.controlsMounted = true;
    this.cancelMount();
    this.caption.replaceChildren(...figureFields.map(({ name }) => this.createField(name)));
    this.renderFields();
    this.renderActions();
  }

  /** Before its fields are drawn, the figure shows its caption and credit as text. */
  private renderCaptionText(): void {
    const { caption, credit } = this.attributes;
    const text = [caption, credit].filter((part) => part !== '').join(' · ');
    if (this.caption.textContent !== text) this.caption.textContent = text;
  }

  private createField(name: FigureField): HTMLElement {
    const label = element('label', 'figure-field');
    label.setAttribute('data-figure-control', '');
    const text = label.appendChild(element('span', 'figure-field-label'));
    const input = label.appendChild(element('input', 'text-input figure-input'));
    input.type = 'text';
    input.draggable = false;
    input.spellcheck = true;
    input.lang = 'vi';
    input.addEventListener('input', (event) => this.change(name, input, event as InputEvent));
    input.addEventListener('blur', () => this.leave(name));
    input.addEventListener('keydown', (event) => this.fieldKeyDown(event));
    this.fieldLabels.set(name, text);
    this.inputs.set(name, input);
    return label;
  }

  // Undo and redo in a field are the editor's: the fields are attributes of the document.
  private fieldKeyDown(event: KeyboardEvent): void {
    const modifier = event.ctrlKey || event.metaKey;
    if (!modifier || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.editor.commands.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.editor.commands.redo();
    }
  }

  // Completed words are written in the house tone style, as in the article's other text fields.
  private change(name: FigureField, input: HTMLInputElement, event: Partial<InputEvent>): void {
    const length = input.value.length;
    const current = { value: input.value, selectionStart: input.selectionStart ?? length, selectionEnd: input.selectionEnd ?? length };
    const style = this.options.toneStyle();
    const rewritten = style === null || event.isComposing ? null : toneStyleAfterEdit(this.attributes[name], current, style, isPasteInput(event.inputType ?? ''));
    if (rewritten) {
      input.value = rewritten.value;
      input.setSelectionRange(rewritten.selectionStart, rewritten.selectionEnd, input.selectionDirection ?? undefined);
    }
    this.updateAttributes({ [name]: rewritten?.value ?? current.value });
    // The field shows the attribute, as a controlled field: a change the document did not take is undone.
    this.renderFields();
  }

  private leave(name: FigureField): void {
    const style = this.options.toneStyle();
    const rewritten = style === null ? null : toneStyleOnLeave(this.attributes[name], style);
    if (rewritten !== null) this.updateAttributes({ [name]: rewritten });
  }

  private async replace(file: File | undefined): Promise<void> {
    if (!file) return;
    this.replacing = true;
    this.renderActions();
    try {
      const hash = await this.options.uploadImage(file);
      if (hash !== null) this.updateAttributes({ hash });
    } finally {
      this.replacing = false;
      this.renderActions();
    }
  }

  private createActions(): NonNullable<FigureView['actions']> {
    const box = element('div', 'figure-actions');
    box.setAttribute('data-figure-control', '');
    const featured = box.appendChild(button());
    featured.addEventListener('click', () => {
      const at = this.position();
      if (at !== null) this.editor.commands.setFeaturedFigure(at, !this.attributes.featured);
    });
    const replace = box.appendChild(button());
    const up = box.appendChild(button());
    up.textContent = '↑';
    up.addEventListener('click', () => this.move('up'));
    const down = box.appendChild(button());
    down.textContent = '↓';
    down.addEventListener('click', () => this.move('down'));
    const remove = box.appendChild(button());
    remove.addEventListener('click', () => {
      const at = this.position();
      if (at !== null) this.editor.chain().deleteFigure(at).focus().run();
    });
    const file = box.appendChild(element('input'));
    file.type = 'file';
    file.accept = 'image/*';
    file.hidden = true;
    file.tabIndex = -1;
    file.addEventListener('change', () => {
      const chosen = file.files?.[0];
      file.value = '';
      void this.replace(chosen);
    });
    replace.addEventListener('click', () => file.click());
    return { box, featured, replace, up, down, remove, file };
  }

  private renderImage(): void {
    const t = this.messages;
    const { hash, alt } = this.attributes;
    if (hash === '') {
      this.image?.remove();
      this.image = null;
      if (!this.missingImage) {
        this.missingImage = element('div', 'figure-missing-image');
        this.missingImage.setAttribute('data-missing-image', '');
        this.missingImage.setAttribute('role', 'note');
        this.imageBox.prepend(this.missingImage);
      }
      this.missingImage.textContent = t.missingImage;
    } else {
      this.missingImage?.remove();
      this.missingImage = null;
      if (!this.image) {
        this.image = element('img');
        this.image.draggable = false;
        // Set before the source, so the image out of view is not fetched at once.
        this.image.loading = 'lazy';
        this.image.decoding = 'async';
        this.imageBox.prepend(this.image);
      }
      const source = this.options.mediaUrl(hash);
      if (this.image.getAttribute('src') !== source) this.image.src = source;
      if (this.image.alt !== alt) this.image.alt = alt;
    }
    if (this.featured) {
      this.badge ??= this.imageBox.appendChild(element('span', 'figure-featured-badge'));
      this.badge.setAttribute('aria-hidden', 'true');
      this.badge.textContent = t.featuredImage;
    } else {
      this.badge?.remove();
      this.badge = null;
    }
  }

  private renderFields(): void {
    if (!this.controlsMounted) {
      this.renderCaptionText();
      return;
    }
    for (const { name, label } of figureFields) {
      this.fieldLabels.get(name)!.textContent = label(this.messages);
      const input = this.inputs.get(name)!;
      const value = this.attributes[name];
      if (input.value !== value) input.value = value;
      input.readOnly = !this.editable;
    }
  }

  private renderActions(): void {
    if (!this.controlsMounted) return;
    if (!this.editable) {
      this.actions?.box.remove();
      this.actions = null;
      return;
    }
    if (!this.actions) {
      this.actions = this.createActions();
      this.figure.append(this.actions.box);
    }
    const t = this.messages;
    const { featured, replace, up, down, remove, file } = this.actions;
    featured.textContent = t.featuredImage;
    featured.setAttribute('aria-pressed', String(this.featured));
    replace.textContent = t.replaceImage;
    replace.disabled = this.replacing;
    up.setAttribute('aria-label', t.moveImageUp);
    up.title = t.moveImageUp;
    down.setAttribute('aria-label', t.moveImageDown);
    down.title = t.moveImageDown;
    remove.textContent = t.deleteImage;
    file.setAttribute('aria-label', t.replaceImage);
  }

  private render(): void {
    const t = this.messages;
    const { hash, caption } = this.attributes;
    this.figure.className = `figure-node${this.selected ? ' is-selected' : ''}${this.featured ? ' is-featured' : ''}`;
    this.figure.setAttribute('data-media-hash', hash);
    this.figure.setAttribute('aria-label', caption === '' ? t.figure : `${t.figure}: ${caption}`);
    this.renderImage();
    this.renderFields();
    this.renderActions();
  }

  /** Called after every state change of the editor: redraws only when the featured mark, editability or language changed. */
  refresh(): void {
    const featured = this.isFeatured();
    const editable = this.view.editable;
    const messages = this.options.messages();
    if (featured === this.featured && editable === this.editable && messages === this.messages) return;
    this.featured = featured;
    this.editable = editable;
    this.messages = messages;
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    if (node === this.node) return true;
    this.node = node;
    this.render();
    return true;
  }

  selectNode(): void {
    this.mountControls();
    this.selected = true;
    this.dom.classList.add('ProseMirror-selectednode');
    this.figure.classList.add('is-selected');
  }

  deselectNode(): void {
    this.selected = false;
    this.dom.classList.remove('ProseMirror-selectednode');
    this.figure.classList.remove('is-selected');
  }

  stopEvent(event: Event): boolean {
    return isInsideFigureControl(event.target);
  }

  // ProseMirror must see selection changes (else the caret can stick inside the figure); the rest is the view's own.
  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return isInsideFigureControl(mutation.target) || mutation.type !== 'selection';
  }

  destroy(): void {
    this.cancelMount();
    viewsByEditor.get(this.view)?.delete(this);
  }
}

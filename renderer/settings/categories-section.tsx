import { useId, useState } from 'react';
import type { Category } from '../../shared/model/category';
import { api } from '../api/client';
import { useCategories } from '../articles/use-categories';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { LabelledEntry } from './labelled-entry';

/** Cài đặt › Chuyên mục: the portal's categories, added, renamed and deleted here. */
export function CategoriesSection() {
  const t = useT();
  const titleId = useId();
  const { categories, reload } = useCategories();
  const [newName, setNewName] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
    await reload();
  };

  const add = () =>
    run(async () => {
      if (newName.trim() === '') return;
      await api['categories.create']({ name: newName });
      setNewName('');
    });

  return (
    <section className="field" aria-labelledby={titleId}>
      <h3 id={titleId} className="field-label">{t.categories}</h3>
      {categories.length === 0 ? (
        <p className="field-hint">{t.noCategories}</p>
      ) : (
        <ul className="category-list">
          {categories.map((category) => (
            <CategoryRow key={`${category.id}-${category.name}`} category={category} onRename={(name) => run(() => api['categories.rename']({ id: category.id, name }))}
              onDelete={() => run(() => api['categories.delete']({ id: category.id }))} />
          ))}
        </ul>
      )}
      <div className="field-inline">
        <LabelledEntry label={t.newCategory} value={newName} onChange={setNewName} onEnter={() => void add()} />
        <button type="button" className="button" onClick={() => void add()}>{t.addCategory}</button>
      </div>
      {failure !== null && <p className="field-error" role="alert">{t.categoryFailed(describeError(failure, t))}</p>}
    </section>
  );
}

function CategoryRow({ category, onRename, onDelete }: { category: Category; onRename: (name: string) => Promise<void>; onDelete: () => Promise<void> }) {
  const t = useT();
  const [name, setName] = useState(category.name);
  const commit = () => {
    if (name.trim() !== '' && name !== category.name) void onRename(name);
    else setName(category.name);
  };
  return (
    <li className="category-row">
      <input
        className="text-input"
        type="text"
        lang="vi"
        aria-label={t.categoryName(category.name)}
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <span className="category-count">{t.categoryArticles(category.articleCount)}</span>
      <button type="button" className="button button-quiet" aria-label={t.deleteCategory(category.name)} title={t.deleteCategory(category.name)}
        disabled={category.articleCount > 0} onClick={() => void onDelete()}>
        ×
      </button>
    </li>
  );
}

import { AtTabs } from 'taro-ui';
import { callOrder } from '../../api/client';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';

interface CategoryTabsProps {
  /** The chosen category, or null for all. */
  current: string | null;
  onChange: (category: string | null) => void;
}

/** "全部" plus one tab per category the server lists; just "全部" until they arrive. */
export function CategoryTabs({ current, onChange }: CategoryTabsProps) {
  const { data } = useRequest(() => callOrder('listCategories', {}), 'categories');
  const names = data ? data.categories.map((category) => category.name) : [];
  const tabs = [t.catalog.all, ...names];
  const index = current === null ? 0 : names.indexOf(current) + 1;

  return (
    <AtTabs
      className="catalog__tabs"
      current={Math.max(index, 0)}
      scroll
      tabList={tabs.map((title) => ({ title }))}
      onClick={(next: number) => onChange(next === 0 ? null : (names[next - 1] ?? null))}
    />
  );
}

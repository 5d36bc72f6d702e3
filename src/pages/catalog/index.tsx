import { View } from '@tarojs/components';
import { useState } from 'react';
import { AtSearchBar } from 'taro-ui';
import { callOrder } from '../../api/client';
import { DealerOnly } from '../../components/dealer-only';
import { PagedFooter } from '../../components/paged-footer';
import { ProductCard } from '../../components/product-card';
import { StatusView } from '../../components/status-view';
import { usePagedList } from '../../hooks/use-paged-list';
import { t } from '../../locale';
import { openProduct } from '../../routes';
import { CategoryTabs } from './category-tabs';
import './index.scss';

// Not yet: brand staff browsing at base prices; listProducts prices for the calling dealer only.
/** The catalogue: category tabs, a search box, and products paged in as the dealer scrolls. */
export default function CatalogPage() {
  const [category, setCategory] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [keyword, setKeyword] = useState('');

  // A search looks through the whole catalogue; a category picked earlier would hide results.
  const search = () => {
    setKeyword(draft.trim());
    setCategory(null);
  };

  const list = usePagedList(
    (cursor) =>
      callOrder('listProducts', {
        ...(category ? { category } : {}),
        ...(keyword ? { keyword } : {}),
        cursor,
      }),
    `${category ?? ''}|${keyword}`,
  );

  return (
    <DealerOnly>
      <View className="catalog">
        <AtSearchBar
          className="catalog__search"
          value={draft}
          placeholder={t.catalog.searchPlaceholder}
          actionName={t.catalog.searchAction}
          onChange={(value: string) => setDraft(value)}
          onConfirm={search}
          onActionClick={search}
          onClear={() => {
            setDraft('');
            setKeyword('');
          }}
        />
        <CategoryTabs current={category} onChange={setCategory} />
        <StatusView
          loading={list.loading}
          error={list.items.length === 0 ? list.error : null}
          empty={list.items.length === 0}
          emptyText={t.catalog.empty}
          onRetry={list.reload}
        >
          <View className="catalog__list">
            {list.items.map((product) => (
              <ProductCard key={product._id} product={product} onOpen={openProduct} />
            ))}
          </View>
          <PagedFooter list={list} />
        </StatusView>
      </View>
    </DealerOnly>
  );
}

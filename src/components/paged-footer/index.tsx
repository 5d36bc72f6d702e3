import { AtLoadMore } from 'taro-ui';
import { errorMessage } from '../../api/api-error';
import type { PagedList } from '../../hooks/use-paged-list';
import { t } from '../../locale';

/** The end of a paged list: a button for the next page, a spinner, a retry, or "no more". */
export function PagedFooter<T>({ list }: { list: PagedList<T> }) {
  const failed = Boolean(list.error);
  const status = list.loadingMore ? 'loading' : failed || list.hasMore ? 'more' : 'noMore';
  const moreText = failed
    ? `${errorMessage(list.error, t.common.networkError)} ${t.common.retry}`
    : t.common.loadMore;

  return (
    <AtLoadMore
      className={`paged-footer paged-footer--${failed ? 'error' : status}`}
      status={status}
      moreText={moreText}
      loadingText={t.common.loading}
      noMoreText={t.common.noMore}
      onClick={list.loadMore}
    />
  );
}

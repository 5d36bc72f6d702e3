import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { AtActivityIndicator, AtButton } from 'taro-ui';
import { errorMessage } from '../../api/api-error';
import { t } from '../../locale';
import './index.scss';

interface StatusViewProps {
  loading: boolean;
  error: unknown;
  /** True when loading finished with nothing to show. */
  empty?: boolean;
  emptyText?: string;
  /** An action under the empty text, such as "去挑选商品". */
  emptyAction?: ReactNode;
  onRetry: () => void;
  children?: ReactNode;
}

/** Shows a page's loading, error (with retry) or empty state, or its content once it has some. */
export function StatusView(props: StatusViewProps) {
  const { loading, error, empty = false, emptyText, emptyAction, onRetry, children } = props;

  if (loading) {
    return (
      <View className="status-view status-view--loading">
        <AtActivityIndicator content={t.common.loading} mode="center" />
      </View>
    );
  }

  if (error) {
    return (
      <View className="status-view status-view--error">
        <Text className="status-view__text">{errorMessage(error, t.common.serverError)}</Text>
        <AtButton className="status-view__retry" size="small" onClick={onRetry}>
          {t.common.retry}
        </AtButton>
      </View>
    );
  }

  if (empty) {
    return (
      <View className="status-view status-view--empty">
        <Text className="status-view__text">{emptyText ?? t.common.empty}</Text>
        {emptyAction}
      </View>
    );
  }

  return <>{children}</>;
}

import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import { callAcademy } from '../api/client';
import { DealerOnly } from '../components/dealer-only';
import { StatusView } from '../components/status-view';
import { useRequest } from '../hooks/use-request';
import { t } from '../locale';
import { backTo } from '../routes';
import { FinanceForm } from './components/finance-form';
import './finance.scss';

function Finance() {
  const { data, loading, error, reload } = useRequest(() => callAcademy('features', {}), 'f');
  const state = data?.features.find((f) => f.feature === 'supply_chain_finance');
  const unlocked = state?.unlocked ?? false;

  return (
    <>
      <View className="finance__intro">
        <Text className="finance__title">{t.finance.title}</Text>
        {t.finance.intro.map((paragraph) => (
          <Text key={paragraph} className="finance__paragraph">
            {paragraph}
          </Text>
        ))}
      </View>
      <StatusView loading={loading} error={error} onRetry={reload}>
        {data && (
          <View className={`finance__state finance__state--${unlocked ? 'open' : 'locked'}`}>
            <Text className="finance__state-title">
              {unlocked ? t.finance.unlockedTitle : t.finance.lockedTitle}
            </Text>
            {!unlocked && <Text className="finance__state-message">{state?.message ?? ''}</Text>}
            {!unlocked && (
              <AtButton
                className="finance__to-academy"
                size="small"
                onClick={() => backTo('academy')}
              >
                {t.finance.toAcademy}
              </AtButton>
            )}
          </View>
        )}
        {unlocked && <FinanceForm />}
      </StatusView>
    </>
  );
}

/** The supply-chain finance programme: what it is, and the application once learning opens it. */
export default function FinancePage() {
  return (
    <View className="finance">
      <DealerOnly>
        <Finance />
      </DealerOnly>
    </View>
  );
}

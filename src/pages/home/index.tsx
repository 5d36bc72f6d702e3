import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import type { Me } from '../../../types/functions/user';
import { type Shortcut, ShortcutGrid } from '../../components/shortcut-grid';
import { StatusView } from '../../components/status-view';
import { t } from '../../locale';
import { ROUTES, openPage, openTab } from '../../routes';
import { loadMe, useSession } from '../../store/session';
import { CreditSummary } from './credit-summary';
import './index.scss';

function shortcutsFor(me: Me): Shortcut[] {
  if (me.role === 'staff') {
    return [
      { key: 'queue', label: t.home.toQueue, onOpen: () => openPage('staffQueue') },
      { key: 'import', label: t.home.toImport, onOpen: () => openPage('staffImport') },
      { key: 'learning', label: t.home.toLearning, onOpen: () => openPage('staffLearning') },
    ];
  }

  if (me.role !== 'dealer') {
    return [];
  }

  return [
    { key: 'catalog', label: t.home.toCatalog, onOpen: () => openTab('catalog') },
    { key: 'cart', label: t.home.toCart, onOpen: () => openTab('cart') },
    { key: 'orders', label: t.home.toOrders, onOpen: () => openTab('orders') },
    { key: 'academy', label: t.home.toAcademy, onOpen: () => openPage('academy') },
  ];
}

/** Greeting, tier and credit at a glance, and the shortcuts this role needs. */
export default function HomePage() {
  const { me, loading, error, reload } = useSession();

  // Credit moves with every order; refresh it whenever the dealer comes back here.
  useDidShow(() => {
    if (me) {
      void loadMe();
    }
  });

  useEffect(() => {
    if (me?.role === 'guest') {
      void Taro.reLaunch({ url: ROUTES.login });
    }
  }, [me]);

  const shortcuts = me ? shortcutsFor(me) : [];
  return (
    <View className="home">
      <StatusView loading={loading && !me} error={me ? null : error} onRetry={reload}>
        {me && (
          <>
            <View className="home__hero">
              <Text className="home__greeting">{t.home.greeting(me.displayName)}</Text>
              <Text className="home__tier">
                {me.dealer ? `${me.dealer.name} · ${t.tier[me.dealer.tier]}` : t.role[me.role]}
              </Text>
            </View>
            {me.dealer && <CreditSummary dealer={me.dealer} />}
            {me.role === 'mentor' && <Text className="section-title">{t.home.mentorNote}</Text>}
            {shortcuts.length > 0 && (
              <>
                <Text className="section-title">{t.home.shortcuts}</Text>
                <ShortcutGrid shortcuts={shortcuts} />
              </>
            )}
          </>
        )}
      </StatusView>
    </View>
  );
}

import { View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { callAcademy, callBadges } from '../api/client';
import { DealerOnly } from '../components/dealer-only';
import { StatusView } from '../components/status-view';
import { useRequest } from '../hooks/use-request';
import { t } from '../locale';
import { badgePath } from '../routes';
import { BadgeCard } from './components/badge-card';
import { orderBadges, reachNote } from './components/badge-reach';
import './badges.scss';

/** The badge a share button was tapped for: WeChat passes the button, with its data set. */
function sharedBadgeId(target: object | undefined): string | undefined {
  const dataset = (target as { dataset?: { badgeId?: unknown } } | undefined)?.dataset;
  return typeof dataset?.badgeId === 'string' ? dataset.badgeId : undefined;
}

/** The dealer's badges, and the courses on their path to tell which badges are within reach. */
async function loadBadges() {
  const [mine, path] = await Promise.all([callBadges('mine', {}), callAcademy('listCourses', {})]);
  return { badges: orderBadges(mine.badges), courseIds: path.courses.map((course) => course._id) };
}

function Badges({ picked }: { picked: string }) {
  const { data, loading, error, reload } = useRequest(loadBadges, 'mine');

  useShareAppMessage(({ target }) => {
    const id = sharedBadgeId(target) ?? picked;
    const badge = data?.badges.find((b) => b._id === id && b.awarded);
    if (!badge) return { title: t.titles.academy };
    return { title: t.academy.badges.shareTitle(badge.name), path: badgePath(badge._id) };
  });

  return (
    <StatusView
      loading={loading}
      error={error}
      empty={data?.badges.length === 0}
      emptyText={t.academy.badges.empty}
      onRetry={reload}
    >
      {data?.badges.map((badge) => (
        <BadgeCard
          key={badge._id}
          badge={badge}
          picked={badge._id === picked}
          reachNote={reachNote(badge, data.courseIds)}
        />
      ))}
    </StatusView>
  );
}

/** Every badge, awarded or not, with its criteria; awarded ones can be shared to a chat. */
export default function BadgesPage() {
  const picked = useRouter().params.id ?? '';

  return (
    <View className="badges">
      <DealerOnly>
        <Badges picked={picked} />
      </DealerOnly>
    </View>
  );
}

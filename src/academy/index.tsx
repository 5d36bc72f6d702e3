import { View } from '@tarojs/components';
import { callAcademy, callPoints } from '../api/client';
import { DealerOnly } from '../components/dealer-only';
import { StatusView } from '../components/status-view';
import { useRefreshOnShow } from '../hooks/use-refresh-on-show';
import { useRequest } from '../hooks/use-request';
import { t } from '../locale';
import { AcademyEntries } from './components/academy-entries';
import { CoursePath } from './components/course-path';
import { PointsBar } from './components/points-bar';
import { RecommendationList } from './components/recommendation-list';
import './index.scss';

/** Everything the path page shows, asked for at once. */
async function loadOverview() {
  const [path, wallet, recommendations, features] = await Promise.all([
    callAcademy('listCourses', {}),
    callPoints('balance', {}),
    callAcademy('recommendations', {}),
    callAcademy('features', {}),
  ]);
  return { courses: path.courses, wallet, recommendations: recommendations.items, features };
}

function Overview() {
  const { data, loading, error, reload } = useRequest(loadOverview, 'overview');

  // A passed level, a review or a redemption changes the path and the balance.
  useRefreshOnShow(reload);

  const finance = data?.features.features.find((f) => f.feature === 'supply_chain_finance');
  return (
    <StatusView loading={loading && !data} error={data ? null : error} onRetry={reload}>
      {data && (
        <>
          <PointsBar wallet={data.wallet} />
          <AcademyEntries finance={finance} />
          <RecommendationList items={data.recommendations} />
          <View className="section-title">{t.academy.path}</View>
          <StatusView
            loading={false}
            error={null}
            empty={data.courses.length === 0}
            emptyText={t.academy.emptyPath}
            onRetry={reload}
          >
            {data.courses.map((course) => (
              <CoursePath key={course._id} course={course} />
            ))}
          </StatusView>
        </>
      )}
    </StatusView>
  );
}

/** The dealer's learning path: points and streak, recommendations, courses as levels. */
export default function AcademyPage() {
  return (
    <View className="academy">
      <DealerOnly>
        <Overview />
      </DealerOnly>
    </View>
  );
}

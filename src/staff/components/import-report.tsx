import { Text, View } from '@tarojs/components';
import type { ImportReport as Report } from '../../../types/functions/order';
import { t } from '../../locale';

/** What an import did, and every row that was wrong: row number, field, and why. */
export function ImportReport({ report }: { report: Report }) {
  return (
    <View className="import-report">
      <Text className="import-report__summary">
        {t.import.summary(report.totalRows, report.validRows)}
      </Text>
      <Text
        className={`import-report__outcome import-report__outcome--${report.applied ? 'applied' : 'rejected'}`}
      >
        {report.applied ? t.import.applied(report.created, report.updated) : t.import.notApplied}
      </Text>
      {report.errors.length > 0 && (
        <View className="import-report__table">
          <View className="import-report__row import-report__row--head">
            <Text className="import-report__cell import-report__cell--row">{t.import.row}</Text>
            <Text className="import-report__cell import-report__cell--field">{t.import.field}</Text>
            <Text className="import-report__cell">{t.import.message}</Text>
          </View>
          {report.errors.map((error) => (
            <View
              key={`${error.row}-${error.field}-${error.message}`}
              className="import-report__row import-report__row--error"
            >
              <Text className="import-report__cell import-report__cell--row">{error.row}</Text>
              <Text className="import-report__cell import-report__cell--field">{error.field}</Text>
              <Text className="import-report__cell">{error.message}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AtActivityIndicator, AtButton } from 'taro-ui';
import type { ImportReport as Report } from '../../../types/functions/order';
import { errorMessage } from '../../api/api-error';
import { callOrder } from '../../api/client';
import { isSpreadsheetName, pickSpreadsheet, uploadSpreadsheet } from '../../api/files';
import { t } from '../../locale';
import { ImportReport } from '../components/import-report';
import { StaffOnly } from '../components/staff-only';
import './index.scss';

interface Uploaded {
  fileID: string;
  fileName: string;
}

function Importer() {
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function run(work: () => Promise<void>): Promise<void> {
    if (busy) {
      return;
    }

    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (error) {
      setProblem(errorMessage(error, t.common.failed));
    } finally {
      setBusy(false);
    }
  }

  const pickAndCheck = () =>
    run(async () => {
      const file = await pickSpreadsheet();
      if (!file) {
        return;
      }

      if (!isSpreadsheetName(file.name)) {
        setProblem(t.import.wrongType);
        return;
      }

      setReport(null);
      const next = { fileID: await uploadSpreadsheet(file), fileName: file.name };
      setUploaded(next);
      setReport(await callOrder('importCatalog', next));
    });

  // Only ever after the user saw the report: a file with errors changes nothing by itself.
  const applyValidRows = () =>
    run(async () => {
      if (uploaded) {
        setReport(await callOrder('importCatalog', { ...uploaded, applyValidRows: true }));
      }
    });

  const canApplyValid =
    report && !report.applied && report.errors.length > 0 && report.validRows > 0;
  return (
    <View className="staff-import__body">
      <Text className="staff-import__intro">{t.import.intro}</Text>
      <AtButton
        className="staff-import__pick"
        type="primary"
        disabled={busy}
        onClick={() => void pickAndCheck()}
      >
        {t.import.pick}
      </AtButton>
      {uploaded && <Text className="staff-import__file">{uploaded.fileName}</Text>}
      {busy && <AtActivityIndicator mode="center" content={t.import.uploading} />}
      {problem && <Text className="staff-import__problem">{problem}</Text>}
      {report && <ImportReport report={report} />}
      {canApplyValid && (
        <AtButton
          className="staff-import__apply-valid"
          disabled={busy}
          onClick={() => void applyValidRows()}
        >
          {t.import.applyValid}
        </AtButton>
      )}
    </View>
  );
}

/** Staff import the catalogue and price list from .xlsx or .csv and see a row-by-row report. */
export default function StaffImportPage() {
  return (
    <View className="staff-import">
      <StaffOnly>
        <Importer />
      </StaffOnly>
    </View>
  );
}

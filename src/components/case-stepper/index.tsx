import { Text, View } from '@tarojs/components';
import { AtInputNumber } from 'taro-ui';
import { casesIn } from '../../format/quantity';
import { t } from '../../locale';
import './index.scss';

/** Far above any real order; the cart rules, not the stepper, say when a quantity is too much. */
const MAX_CASES = 9999;

interface CaseStepperProps {
  /** Bottles; the stepper shows and changes whole cases of `caseSize`. */
  quantity: number;
  caseSize: number;
  onChange: (bottles: number) => void;
  disabled?: boolean;
  className?: string;
}

/** A quantity stepper that counts cases, because dealers order by the case. */
export function CaseStepper({
  quantity,
  caseSize,
  onChange,
  disabled,
  className,
}: CaseStepperProps) {
  const cases = casesIn(quantity, caseSize);

  return (
    <View className={`case-stepper ${className ?? ''}`}>
      <AtInputNumber
        type="number"
        min={1}
        max={MAX_CASES}
        step={1}
        value={cases}
        disabled={disabled}
        onChange={(value: number) => onChange(Math.max(1, Math.floor(value)) * caseSize)}
      />
      <Text className="case-stepper__unit">
        {t.common.cases(cases)} · {t.common.bottles(quantity)}
      </Text>
    </View>
  );
}

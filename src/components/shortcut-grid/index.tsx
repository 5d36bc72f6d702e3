import { Text, View } from '@tarojs/components';
import './index.scss';

export interface Shortcut {
  /** Stable name, also the BEM modifier a browser test finds it by. */
  key: string;
  label: string;
  onOpen: () => void;
}

/** Large tap targets for the few things a user comes to the home page to do. */
export function ShortcutGrid({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <View className="shortcut-grid">
      {shortcuts.map((shortcut) => (
        <View
          key={shortcut.key}
          className={`shortcut-grid__item shortcut-grid__item--${shortcut.key}`}
          onClick={shortcut.onOpen}
        >
          <Text className="shortcut-grid__label">{shortcut.label}</Text>
        </View>
      ))}
    </View>
  );
}

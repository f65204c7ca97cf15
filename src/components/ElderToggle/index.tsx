import { Text, View } from '@tarojs/components';
import { markElderModeOffered, setElderMode, useElderMode } from '../../core/settings/elderMode';
import { Pressable } from '../Pressable';
import './index.scss';

export { ElderOffer } from './ElderOffer';

/** The visible switch to 长辈版 the MIIT guideline asks for, on every top-level page. */
export function ElderToggle() {
  const elder = useElderMode();
  return (
    <View className="yk-elder-toggle">
      <Pressable
        className="yk-elder-toggle__switch"
        role="switch"
        checked={elder}
        testId="elder-toggle"
        onTap={() => {
          setElderMode(!elder);
          markElderModeOffered();
        }}
      >
        <Text>{elder ? '长辈版：已开启' : '长辈版'}</Text>
      </Pressable>
    </View>
  );
}

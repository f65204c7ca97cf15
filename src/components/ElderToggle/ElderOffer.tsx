import { Text, View } from '@tarojs/components';
import { answerElderModeOffer, useElderModeOffer } from '../../core/settings/elderMode';
import { Pressable } from '../Pressable';

/**
 * First launch: 长辈版 offered once, inline on the first screen (not a pop-up), with both answers
 * side by side; remembered either way. The switch above stays for changing one's mind later.
 */
export function ElderOffer() {
  const show = useElderModeOffer();
  if (!show) return null;
  return (
    <View className="yk-elder-offer" role="region" aria-label="长辈版" data-testid="elder-offer">
      <Text className="yk-elder-offer__text">字太小、按钮不好点？可以换成长辈版：字更大，常办的事放在最前面。以后也可以随时在右上角切换。</Text>
      <View className="yk-elder-offer__actions">
        <Pressable className="yk-button yk-button--primary" testId="elder-offer-accept" onTap={() => answerElderModeOffer(true)}>
          开启长辈版
        </Pressable>
        <Pressable className="yk-button yk-button--ghost" testId="elder-offer-decline" onTap={() => answerElderModeOffer(false)}>
          不用了
        </Pressable>
      </View>
    </View>
  );
}

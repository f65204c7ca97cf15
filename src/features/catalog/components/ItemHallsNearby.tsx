import Taro from '@tarojs/taro';
import { HallCard } from '../../halls/components/HallCard';
import { ROUTES } from '../../../routes';
import { NearestItemHalls } from './NearestItemHalls';

const LOOK = { line: 'yk-guide__line', alert: 'yk-guide__line', actions: 'yk-guide__actions' };
const FRAME = { className: 'yk-item-halls', promptTestId: 'item-halls-prompt', hallsTestId: 'item-halls' };

/**
 * "Which hall near me can do this, and is it open now?" — the guide's tie to 就近办. Uses the
 * place the citizen already chose on the nearby tab; asks for one only when there is none.
 */
export function ItemHallsNearby({ itemId }: { itemId: string }) {
  const openHall = (id: string) => void Taro.navigateTo({ url: ROUTES.hallDetail(id) });
  return (
    <NearestItemHalls itemId={itemId} look={LOOK} frame={FRAME} prompt="告诉我们您在哪里，列出离您最近、能办理此事项的大厅。" emptyHint="可以在网上申请，或换个地点查找。">
      {(halls) => halls.map((h) => <HallCard key={h.id} hall={h} onOpen={() => openHall(h.id)} />)}
    </NearestItemHalls>
  );
}

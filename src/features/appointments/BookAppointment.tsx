import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Pressable } from '../../components/Pressable';
import { ROUTES } from '../../routes';
import './appointments.scss';

export interface BookAppointmentProps {
  itemId: string;
  /** the application the visit is for, when there is one */
  applicationId?: string;
}

/**
 * For an item that needs a visit (到现场次数 ≥ 1): the way to book a slot at a hall that handles
 * it, and to the bookings already made.
 */
export function BookAppointment({ itemId, applicationId }: BookAppointmentProps) {
  return (
    <View className="yk-book-entry" data-testid="book-appointment">
      <Text className="yk-book-entry__note">此事项需要到大厅办理。预约后按时到场，凭预约码优先办理。</Text>
      <View className="yk-book-entry__actions">
        <Pressable className="yk-button yk-button--primary yk-button--small" testId="book-open" onTap={() => void Taro.navigateTo({ url: ROUTES.book(itemId, applicationId) })}>
          预约到大厅办理
        </Pressable>
        <Pressable className="yk-link" role="link" onTap={() => void Taro.navigateTo({ url: ROUTES.appointments })}>
          我的预约
        </Pressable>
      </View>
    </View>
  );
}

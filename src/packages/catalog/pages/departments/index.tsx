import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { useAsync } from '../../../../core/hooks/useAsync';
import { catalogService } from '../../../../features/catalog/catalogService';
import { ROUTES } from '../../../../routes';
import '../search/index.scss';

/** Every implementing department with how many items it handles. */
export default function DepartmentsPage() {
  const departments = useAsync(() => catalogService.departments(), []);
  return (
    <Page className="yk-search">
      {departments.status === 'loading' && <StateView kind="loading" label="正在加载部门…" />}
      {departments.status === 'error' && <StateView kind="error" error={departments.error} onRetry={departments.retry} />}
      {departments.status === 'success' && (
        <View role="list" aria-label="部门列表">
          {departments.data.map((d) => (
            <View key={d.key} role="listitem">
              <Pressable
                className="yk-search__suggestion"
                role="link"
                testId="department"
                onTap={() => void Taro.navigateTo({ url: ROUTES.itemSearch({ department: d.key, title: d.name }) })}
              >
                <Text>{d.name}</Text>
              </Pressable>
            </View>
          ))}
        </View>
      )}
    </Page>
  );
}

import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Pressable } from '../../../components/Pressable';
import { StateView } from '../../../components/StateView';
import { useCursorList } from '../../../core/hooks/useCursorList';
import type { ItemSummary } from '../../../shared/api/catalog';
import { ROUTES } from '../../../routes';
import { catalogService } from '../catalogService';
import { ItemRow } from './ItemRow';

/** On a hall's page: what can be done there, searchable, so nobody travels for nothing. */
export function HallItems({ hallId }: { hallId: string }) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const list = useCursorList<ItemSummary>((cursor) => catalogService.hallItems(hallId, q || undefined, cursor), JSON.stringify([hallId, q]));
  return (
    <View data-testid="hall-items">
      <View className="yk-hall-items__bar" role="search">
        <Input
          className="yk-hall-items__input"
          maxlength={50}
          value={text}
          confirmType="search"
          placeholder="搜索本大厅可办事项"
          aria-label="搜索本大厅可办事项"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={(e) => setQ(e.detail.value.trim())}
          data-testid="hall-items-input"
        />
        <Pressable className="yk-button yk-button--ghost yk-button--small" onTap={() => setQ(text.trim())}>
          搜索
        </Pressable>
      </View>
      {list.status === 'loading' && <StateView kind="loading" label="正在加载可办事项…" />}
      {list.status === 'error' && <StateView kind="error" error={list.error} onRetry={() => void list.reload()} />}
      {list.status === 'success' && list.items.length === 0 && <StateView kind="empty" title={q ? `本大厅没有与“${q}”相关的事项` : '本大厅暂无可办事项'} />}
      {list.status === 'success' && list.items.length > 0 && (
        <>
          <Text className="yk-hall__line">共 {list.total ?? list.items.length} 项</Text>
          {list.items.map((item) => (
            <ItemRow key={item.id} item={item} onOpen={(i) => void Taro.navigateTo({ url: ROUTES.guide(i.id) })} />
          ))}
          {list.hasMore && (
            <Pressable className="yk-link" onTap={() => void list.loadMore()}>
              {list.more === 'loading' ? '正在加载…' : list.more === 'error' ? '加载失败，点此重试' : '加载更多'}
            </Pressable>
          )}
        </>
      )}
    </View>
  );
}

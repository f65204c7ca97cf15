import { Input, Text, View } from '@tarojs/components';
import Taro, { useReachBottom, useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useState } from 'react';
import { Page } from '../../../../components/Page';
import { Pressable } from '../../../../components/Pressable';
import { StateView } from '../../../../components/StateView';
import { userMessageOf } from '../../../../core/http/errors';
import { oneOf } from '../../../../core/values';
import { Highlighted } from '../../../../features/catalog/components/Highlighted';
import { ItemRow } from '../../../../features/catalog/components/ItemRow';
import { useRecentSearches } from '../../../../features/catalog/deviceLists';
import { ITEM_TYPE_LABEL } from '../../../../features/catalog/labels';
import { useItemList } from '../../../../features/catalog/useItemList';
import { useSuggestions } from '../../../../features/catalog/useSuggestions';
import { currentPlace, rememberedPlace } from '../../../../features/place/placeStore';
import { AUDIENCES, ITEM_TYPES, type ItemListQuery, type ItemType } from '../../../../shared/api/catalog';
import { HALL_LEVELS } from '../../../../shared/api/halls';
import { ROUTES } from '../../../../routes';
import './index.scss';

/** What people most often look for, in their own words. */
const POPULAR = ['社保卡', '身份证', '公积金提取', '开公司', '驾照换证', '上户口', '结婚登记', '护照', '低保', '过户'];

const decode = (v: string | undefined) => (v ? decodeURIComponent(v) : undefined);

/**
 * Search and browse in one page: type in everyday words, pinyin or initials with suggestions as
 * you type; or arrive with a theme / department / level filter. Recent searches stay on the device.
 */
export default function ItemSearchPage() {
  const { params } = useRouter();
  const filter = useMemo(
    () => ({
      theme: decode(params.theme),
      department: decode(params.department),
      level: oneOf(HALL_LEVELS, params.level),
      audience: oneOf(AUDIENCES, params.audience),
    }),
    [params.theme, params.department, params.level, params.audience],
  );
  const browsing = Boolean(filter.theme || filter.department || filter.level);
  const title = decode(params.title);
  const [text, setText] = useState(decode(params.q) ?? '');
  const [submitted, setSubmitted] = useState(decode(params.q) ?? '');
  const [type, setType] = useState<ItemType | undefined>(oneOf(ITEM_TYPES, params.type));
  const { recent, remember, clear } = useRecentSearches();
  // One row per item, shown as the instance that serves the citizen's own place when known.
  const near = useMemo(() => (currentPlace() ?? rememberedPlace())?.divisionCode, []);
  const suggestions = useSuggestions(text !== submitted ? text : '', near);

  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);

  const query: ItemListQuery | null =
    submitted.trim() || browsing ? { q: submitted.trim() || undefined, type, ...filter, group: 'basic', near } : null;
  const list = useItemList(query);
  useReachBottom(() => {
    if (list.hasMore) void list.loadMore();
  });

  const submit = (q: string) => {
    setText(q);
    setSubmitted(q);
    remember(q);
  };
  const openItem = (id: string) => void Taro.navigateTo({ url: ROUTES.guide(id) });

  return (
    <Page className="yk-search">
      <View className="yk-search__bar" role="search">
        <Input
          className="yk-search__input"
          maxlength={50}
          value={text}
          focus={!browsing && !submitted}
          confirmType="search"
          placeholder={browsing ? `在“${title ?? '当前分类'}”中搜索` : '事项名称、常用说法或拼音首字母'}
          aria-label="搜索办事事项"
          onInput={(e) => setText(e.detail.value)}
          onConfirm={(e) => submit(e.detail.value)}
          data-testid="search-input"
        />
        <Pressable className="yk-button yk-button--primary yk-button--small" onTap={() => submit(text)} testId="search-submit">
          搜索
        </Pressable>
      </View>

      {suggestions.length > 0 && (
        <View className="yk-search__suggest" role="listbox" aria-label="搜索建议">
          {suggestions.map((s) => (
            <Pressable key={s.id} className="yk-search__suggestion" testId="suggestion" onTap={() => openItem(s.id)}>
              <Highlighted text={s.name} ranges={s.highlight} />
            </Pressable>
          ))}
        </View>
      )}

      {query && (
        <View className="yk-search__types" role="group" aria-label="按事项类型筛选">
          {[undefined, ...ITEM_TYPES].map((t) => (
            <Pressable key={t ?? 'all'} className={`yk-chip ${type === t ? 'yk-chip--on' : ''}`} pressed={type === t} onTap={() => setType(t)}>
              <Text>{t ? ITEM_TYPE_LABEL[t] : '全部类型'}</Text>
            </Pressable>
          ))}
        </View>
      )}

      {!query && (
        <View className="yk-card">
          {recent.length > 0 && (
            <>
              <View className="yk-search__head">
                <Text className="yk-section-title" role="heading" aria-level={2}>
                  最近搜索
                </Text>
                <Pressable className="yk-link" onTap={clear}>
                  清空
                </Pressable>
              </View>
              <View className="yk-search__words">
                {recent.map((w) => (
                  <Pressable key={w} className="yk-chip" onTap={() => submit(w)} testId="recent-search">
                    <Text>{w}</Text>
                  </Pressable>
                ))}
              </View>
            </>
          )}
          <Text className="yk-section-title" role="heading" aria-level={2}>
            大家都在搜
          </Text>
          <View className="yk-search__words">
            {POPULAR.map((w) => (
              <Pressable key={w} className="yk-chip" onTap={() => submit(w)}>
                <Text>{w}</Text>
              </Pressable>
            ))}
          </View>
        </View>
      )}

      {query && list.status === 'loading' && <StateView kind="loading" label="正在查找事项…" />}
      {query && list.status === 'error' && <StateView kind="error" title="事项加载失败" error={list.error} onRetry={() => void list.reload()} />}
      {query && list.status === 'success' && list.items.length === 0 && (
        <View className="yk-card yk-search__none" role="status" data-testid="no-result">
          <Text className="yk-section-title">{submitted ? `没有找到与“${submitted}”相关的事项` : '这里暂时没有事项'}</Text>
          <Text className="yk-search__tip">· 检查是否有错别字，或换个说法，如“社保卡”“开公司”</Text>
          <Text className="yk-search__tip">· 可以输入拼音首字母，如“sbk”</Text>
          <Text className="yk-search__tip">· 也可以回到“办事”，按主题或部门查找</Text>
          <View className="yk-search__words">
            {POPULAR.slice(0, 6).map((w) => (
              <Pressable key={w} className="yk-chip" onTap={() => submit(w)}>
                <Text>{w}</Text>
              </Pressable>
            ))}
          </View>
        </View>
      )}
      {query && list.status === 'success' && list.items.length > 0 && (
        <View data-testid="item-results">
          <Text className="yk-search__count" role="status">
            共 {list.total ?? list.items.length} 项
          </Text>
          {list.items.map((item) => (
            <ItemRow key={item.id} item={item} onOpen={(i) => openItem(i.id)} />
          ))}
          <View className="yk-search__foot">
            {list.more === 'loading' && <Text role="status">正在加载更多…</Text>}
            {list.more === 'error' && (
              <Pressable className="yk-link" onTap={() => void list.loadMore()}>
                {userMessageOf(list.moreError)}，点此重试
              </Pressable>
            )}
            {list.more === 'idle' && list.hasMore && (
              <Pressable className="yk-link" onTap={() => void list.loadMore()} testId="load-more">
                加载更多
              </Pressable>
            )}
            {!list.hasMore && <Text>已显示全部</Text>}
          </View>
        </View>
      )}
    </Page>
  );
}

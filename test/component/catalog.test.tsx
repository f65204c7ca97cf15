import { fireEvent, render, screen, within } from '@testing-library/react';
import { GuideFacts } from '../../src/features/catalog/components/GuideFacts';
import { ItemRow } from '../../src/features/catalog/components/ItemRow';
import { SituationChecklist } from '../../src/features/catalog/components/SituationChecklist';
import { guideNamed, itemsPage } from '../fixtures/catalog';

describe('which situation is yours? (一次告知)', () => {
  const guide = guideNamed('居民身份证换领');
  const namesOf = (situationIndex: number) => {
    const byId = new Map(guide.materials.map((m) => [m.id, m.name]));
    return guide.situations[situationIndex].materialIds.map((id) => byId.get(id));
  };

  it('asks first, and lists no materials before a situation is chosen', () => {
    render(<SituationChecklist guide={guide} />);
    expect(screen.getAllByTestId('situation')).toHaveLength(guide.situations.length);
    expect(screen.queryByTestId('checklist')).toBeNull();
    expect(screen.getByText('选择您的情形，只列出您需要的材料。')).toBeTruthy();
  });

  it('lists exactly the chosen situation’s materials, in order, and follows a change of mind', () => {
    expect(guide.situations.length).toBeGreaterThan(1);
    render(<SituationChecklist guide={guide} />);
    fireEvent.click(screen.getAllByTestId('situation')[1]);
    const rows = () => within(screen.getByTestId('checklist')).getAllByTestId('material').map((r) => r.textContent ?? '');
    expect(rows()).toHaveLength(namesOf(1).length);
    rows().forEach((text, i) => expect(text).toContain(namesOf(1)[i]));
    expect(screen.getAllByTestId('situation')[1].getAttribute('aria-checked')).toBe('true');

    fireEvent.click(screen.getAllByTestId('situation')[0]);
    expect(rows()).toHaveLength(namesOf(0).length);
    rows().forEach((text, i) => expect(text).toContain(namesOf(0)[i]));
    expect(screen.getAllByTestId('situation')[1].getAttribute('aria-checked')).toBe('false');
  });

  it('says when a material comes from a shared e-certificate, so nothing is uploaded twice', () => {
    const shared = guide.materials.find((m) => m.source === 'shared_certificate');
    const index = guide.situations.findIndex((s) => shared && s.materialIds.includes(shared.id));
    expect(index).toBeGreaterThanOrEqual(0);
    render(<SituationChecklist guide={guide} />);
    fireEvent.click(screen.getAllByTestId('situation')[index]);
    const row = screen.getAllByTestId('material').find((r) => r.textContent?.includes(shared!.name));
    expect(row?.textContent).toContain('电子证照共享，免提交');
  });

  it('picks the only situation for the citizen', () => {
    const single = { situations: guide.situations.slice(0, 1), materials: guide.materials };
    render(<SituationChecklist guide={single} />);
    expect(screen.getByTestId('checklist')).toBeTruthy();
  });
});

describe('a search result row', () => {
  it('marks the part of the name that matched and shows how it can be done', () => {
    const [item] = itemsPage({ q: 'sbk', group: 'basic' });
    expect(item.name).toBe('社会保障卡申领');
    const onOpen = jest.fn();
    const { container } = render(<ItemRow item={item} onOpen={onOpen} />);
    const marked = Array.from(container.querySelectorAll('.yk-hl')).map((e) => e.textContent).join('');
    expect(marked).toBe(item.name.slice(item.highlight![0][0], item.highlight![0][1]));
    expect(container.textContent).toContain('零跑动');
    fireEvent.click(screen.getByTestId('item-row'));
    expect(onOpen).toHaveBeenCalledWith(item);
  });

  it('says in how many places a grouped district item can be done', () => {
    const [item] = itemsPage({ type: 'licensing', level: 'district', group: 'basic' });
    render(<ItemRow item={item} onOpen={() => undefined} />);
    expect(screen.getByTestId('item-row').textContent).toContain('38 个区县可办理');
  });

  it('marks nothing when nothing was searched', () => {
    const [item] = itemsPage({ level: 'city' });
    const { container } = render(<ItemRow item={item} onOpen={() => undefined} />);
    expect(container.querySelector('.yk-hl')).toBeNull();
    expect(container.textContent).toContain(item.name);
  });
});

describe('every standard field of a guide is on the page', () => {
  const NAMED = ['社会保障卡申领', '居民身份证换领', '企业设立登记', '超限运输车辆行驶公路许可', '最低生活保障申请', '普通护照签发'];
  const LABELS = ['事项类型', '实施主体', '行使层级', '服务对象', '主题分类', '办件类型', '法定时限', '承诺时限', '中介服务', '基本编码', '实施编码', '网上办理深度', '窗口办理', '预约办理', '自助终端', '网上支付', '快递送达', '到现场次数', '办理结果'];

  it.each(NAMED)('%s: identity, limits, channels and result, each with a value', (name) => {
    const guide = guideNamed(name);
    render(<GuideFacts guide={guide} />);
    const rows = screen.getAllByTestId('guide-fact').map((r) => r.textContent ?? '');
    expect(rows.map((r) => LABELS.find((l) => r.startsWith(l)))).toEqual(LABELS);
    rows.forEach((r, i) => expect(r.length).toBeGreaterThan(LABELS[i].length));
    expect(rows.join('')).toContain(guide.basicCode);
    expect(rows.join('')).toContain(guide.department);
  });

  it('says 无 when an item needs no intermediary service, rather than leaving the field out', () => {
    const guide = { ...guideNamed('居民身份证换领'), intermediaryServices: [] };
    render(<GuideFacts guide={guide} />);
    expect(screen.getAllByTestId('guide-fact').find((r) => r.textContent?.startsWith('中介服务'))?.textContent).toBe('中介服务无');
  });
});

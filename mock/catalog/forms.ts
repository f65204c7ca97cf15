/** Printable HTML of a blank form or its filled sample (fictional 张三, masked numbers). */
import type { FormDef } from './spec';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function renderForm(form: FormDef, kind: 'blank' | 'sample'): string {
  const title = `${form.title}${kind === 'sample' ? '（填写示例）' : ''}`;
  const rows = form.fields
    .map(([label, sample]) => `<tr><th scope="row">${escape(label)}</th><td>${kind === 'sample' ? escape(sample) : '&nbsp;'}</td></tr>`)
    .join('\n');
  const banner = kind === 'sample' ? '<p class="sample">示例样表：以下内容为虚构人员的填写示范，请按本人真实情况填写。</p>' : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;max-width:760px;margin:24px auto;padding:0 16px;line-height:1.5}
h1{text-align:center;font-size:22px}table{width:100%;border-collapse:collapse}th,td{border:1px solid #333;padding:10px;text-align:left;height:28px}
th{width:34%;background:#f5f5f5}.sample{color:#b00;font-weight:bold}.sign{margin-top:24px;display:flex;justify-content:space-between}
@media print{.sample{color:#000}}</style></head>
<body><h1>${escape(title)}</h1>${banner}
<table>${rows}</table>
<p>${escape(form.note)}</p>
<div class="sign"><span>申请人（签名或盖章）：${kind === 'sample' ? '张三' : '__________'}</span><span>日期：${kind === 'sample' ? '2026年3月4日' : '____年__月__日'}</span></div>
</body></html>`;
}

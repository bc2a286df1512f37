<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/dialogs.py" line="+160"/>
        <source>About LLM TCO Advisor</source>
        <translation>关于 LLM TCO 顾问</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/actions.py" line="+56"/>
        <source>&amp;New Analysis…</source>
        <translation>新建分析(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;Project…</source>
        <translation>编辑项目(&amp;P)…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Export &amp;PDF Report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the recommendation report as a PDF file</source>
        <translation>将推荐报告写成 PDF 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Start Page</source>
        <translation>起始页(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Catalogs…</source>
        <translation>数据目录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where every price comes from; edit, import and calibrate the catalogs</source>
        <translation>查看每个价格的来源；编辑、导入和校准数据目录</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>LLM TCO Advisor &amp;Help</source>
        <translation>LLM TCO 顾问帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;About LLM TCO Advisor</source>
        <translation>关于 LLM TCO 顾问(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear Recent Projects</source>
        <translation>清除最近的项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No examples installed</source>
        <translation>未安装示例</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/dialogs.py" line="+113"/>
        <source>Calibration: {file}</source>
        <translation>校准：{file}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input/output tokens</source>
        <translation>输入/输出令牌数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measured tokens/s</source>
        <translation>实测令牌/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fitted tokens/s</source>
        <translation>拟合令牌/秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile {id}: {params}. Median error {median:.1%}, worst ratio {worst:.2f}.</source>
        <translation>配置文件 {id}：{params}。误差中位数 {median:.1%}，最差比值 {worst:.2f}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the shipped id (e.g. vllm) to replace it everywhere</source>
        <translation>使用内置 ID（如 vllm）可在所有地方替换它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as profile</source>
        <translation>保存为配置文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile name:</source>
        <translation>配置文件名称：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved {name}; evaluations now use it.</source>
        <translation>已保存 {name}；之后的评估将使用它。</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/browser.py" line="+106"/>
        <location line="+164"/>
        <source>Catalogs</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU offers</source>
        <translation>GPU 租用报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API offers</source>
        <translation>API 报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning offers</source>
        <translation>微调报价</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit...</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add...</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset entry</source>
        <translation>重置条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Import API prices (LiteLLM)...</source>
        <translation>导入 API 价格（LiteLLM）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import GPU offers (CSV)...</source>
        <translation>导入 GPU 租用报价（CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibrate from benchmark...</source>
        <translation>根据基准测试校准…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stale after</source>
        <translation>过期期限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warnings: {w}</source>
        <translation>警告：{w}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Select an entry first.</source>
        <translation>请先选择一个条目。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{id} is shipped data; nothing to reset.</source>
        <translation>{id} 是内置数据，无需重置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove all your catalog overrides and return to the shipped data?</source>
        <translation>要删除您对数据目录的所有修改并恢复为内置数据吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>LiteLLM price table</source>
        <translation>LiteLLM 价格表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GPU offers CSV</source>
        <translation>GPU 租用报价 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmark CSV</source>
        <translation>基准测试 CSV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Framework profile to refit:</source>
        <translation>要重新拟合的框架配置：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export catalogs to</source>
        <translation>将数据目录导出到</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import API prices</source>
        <translation>导入 API 价格</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Import GPU offers</source>
        <translation>导入 GPU 租用报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import {n} offers ({added} new, {replaced} replacing existing ones)?</source>
        <translation>要导入 {n} 条报价吗（新增 {added} 条，替换现有 {replaced} 条）？</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+52"/>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported {n} files to {folder}</source>
        <translation>已将 {n} 个文件导出到 {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/model.py" line="+60"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name / provider</source>
        <translation>名称 / 提供商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key numbers</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>drives recommendation</source>
        <translation>影响推荐结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overridden</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open {url}</source>
        <translation>打开 {url}</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/browser.py" line="-331"/>
        <source>Search id, name, numbers, source...</source>
        <translation>搜索 ID、名称、数值、来源…</translation>
    </message>
</context>
<context>
    <name>CatalogWindowController</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_window.py" line="+53"/>
        <source>The catalogs cannot be shown: {reason}</source>
        <translation>无法显示数据目录：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalogs — LLM TCO Advisor</source>
        <translation>数据目录 — LLM TCO 顾问</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The edited catalogs cannot be loaded: {reason}</source>
        <translation>无法加载编辑后的数据目录：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalogs changed; the results are being updated.</source>
        <translation>数据目录已更改，正在更新结果。</translation>
    </message>
</context>
<context>
    <name>Catalogs</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/dialogs.py" line="-82"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental prices</source>
        <translation>GPU 租用价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tuning prices</source>
        <translation>微调价格</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/charts/common.py" line="+387"/>
        <source>Cost ({currency} per month)</source>
        <translation>成本（{currency}/月）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost ({currency})</source>
        <translation>成本（{currency}）</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/charts/cost_charts.py" line="+45"/>
        <source>Monthly cost vs volume</source>
        <translation>月度成本与请求量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (requests per day, log scale)</source>
        <translation>请求量（请求/天，对数刻度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/llm_tco/gui/charts/quality_charts.py" line="+50"/>
        <source>Cost ({currency} per month, log scale)</source>
        <translation>成本（{currency}/月，对数刻度）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}
{volume} requests/day: {cost}</source>
        <translation>{name}
{volume} 请求/天：{cost}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>today</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Break-even at {volume} requests/day ({tokens} tokens/month, {cost} per month):
{a} is cheaper below, {b} above</source>
        <translation>盈亏平衡点：{volume} 请求/天（{tokens} 令牌/月，每月 {cost}）：
低于此量时 {a} 更便宜，高于此量时 {b} 更便宜</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>break-even</source>
        <translation>盈亏平衡点</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cost breakdown (average month)</source>
        <translation>成本构成（月均）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cumulative cost over the horizon</source>
        <translation>规划期内的累计成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>{name}
after month {month}: {cost}</source>
        <translation>{name}
第 {month} 个月后：{cost}</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>{name}
upfront capital: {cost}</source>
        <translation>{name}
前期资本支出：{cost}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/charts/quality_charts.py" line="-1"/>
        <source>Cost vs quality</source>
        <translation>成本与质量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality index (%)</source>
        <translation>质量指数（%）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>#{rank} {name}
{cost} per month · quality {q}</source>
        <translation>#{rank} {name}
每月 {cost} · 质量 {q}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Latency vs throughput</source>
        <translation>延迟与吞吐量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency vs throughput: {name}</source>
        <translation>延迟与吞吐量：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replica throughput (output tokens/s)</source>
        <translation>副本吞吐量（输出令牌/秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed per user (output tokens/s)</source>
        <translation>每用户速度（输出令牌/秒）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a self-hosted option in the table to see its latency and throughput.</source>
        <translation>在表格中选择一个自托管方案，即可查看其延迟与吞吐量。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>speed per user</source>
        <translation>每用户速度</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} concurrent requests
{tot} tokens/s total · {user} tokens/s per user
TTFT {ttft} ms</source>
        <translation>{n} 个并发请求
总计 {tot} 令牌/秒 · 每用户 {user} 令牌/秒
首字延迟 {ttft} 毫秒</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>target speed per user</source>
        <translation>每用户目标速度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>operating point</source>
        <translation>工作点</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/charts/risk_charts.py" line="+65"/>
        <source>Sensitivity (tornado)</source>
        <translation>敏感性分析（龙卷风图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity of {name}</source>
        <translation>{name} 的敏感性分析</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+100"/>
        <source>Total cost over the horizon ({currency})</source>
        <translation>规划期总成本（{currency}）</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>driver low</source>
        <translation>因素取低值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>driver high</source>
        <translation>因素取高值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>winner changes</source>
        <translation>最优方案改变</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{driver}
{lo}: {lc}
{hi}: {hc}</source>
        <translation>{driver}
{lo}：{lc}
{hi}：{hc}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recommendation changes: {low} (low) / {high} (high)</source>
        <translation>推荐方案会改变：{low}（低值）/ {high}（高值）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Monte Carlo cost distribution</source>
        <translation>蒙特卡洛成本分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monte Carlo cost distribution ({n} samples)</source>
        <translation>蒙特卡洛成本分布（{n} 个样本）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Share of samples (%)</source>
        <translation>样本占比（%）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name}
P10 {p10} · P50 {p50} · P90 {p90} {cur}</source>
        <translation>{name}
P10 {p10} · P50 {p50} · P90 {p90} {cur}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Probability of being the best choice</source>
        <translation>成为最优选择的概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%)</source>
        <translation>概率（%）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>probability of being best</source>
        <translation>成为最优的概率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: best in {pct} % of samples</source>
        <translation>{name}：在 {pct}% 的样本中最优</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../desktop/llm_tco/cli/__init__.py" line="+49"/>
        <source>LLM TCO Advisor: which way to run a language model, and what it costs.</source>
        <translation>LLM TCO 顾问：大语言模型该用哪种方式运行，要花多少钱。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start offscreen, evaluate and export, exit</source>
        <translation>以无界面方式启动，评估并导出后退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>llm-tco COMMAND --help shows its options</source>
        <translation>llm-tco COMMAND --help 显示该命令的选项</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/bench.py" line="+30"/>
        <source>time the engine on the example projects</source>
        <translation>在示例项目上为计算引擎计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each example project: the candidate count; the first evaluation (cold: enumerates candidates and runs the performance model); a ranking as after a what-if edit (warm: median wall time, best wall time and median CPU time of this process, since other processes only add wall time); a full evaluation with break-even, tornado and weight flips; the break-even + tornado pass alone; and a 10,000-sample Monte Carlo.</source>
        <translation>对每个示例项目给出：候选方案数；首次评估（冷启动：枚举候选方案并运行性能模型）；假设分析修改后的一次排名（热启动：实际耗时中位数、最短实际耗时，以及本进程 CPU 时间中位数，因为其他进程只会增加实际耗时）；包含盈亏平衡、龙卷风图和权重翻转的完整评估；单独的盈亏平衡 + 龙卷风图计算；以及 10,000 个样本的蒙特卡洛模拟。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>runs per measurement (default 7)</source>
        <translation>每项测量的运行次数（默认 7）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project files (default: the shipped examples)</source>
        <translation>项目文件（默认：内置示例）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>rank: warm ranking, median wall; best: fastest wall; cpu: median CPU of this process. Medians of {repeat} runs; load average {load} on {cpus} CPUs.</source>
        <translation>rank：热启动排名，实际耗时中位数；best：最短实际耗时；cpu：本进程 CPU 时间中位数。取 {repeat} 次运行的中位数；{cpus} 个 CPU 上的平均负载为 {load}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>targets: ranking &gt;= 5,000 candidates &lt; {rank_ms} ms; Monte Carlo &lt; {mc_ms} ms</source>
        <translation>目标：对 5,000 个以上候选方案排名 &lt; {rank_ms} 毫秒；蒙特卡洛 &lt; {mc_ms} 毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/calibrate.py" line="+149"/>
        <source>Calibrated {framework} to {file} ({rows} rows)</source>
        <translation>已按 {file}（{rows} 行）校准 {framework}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in/out</source>
        <translation>输入/输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fitted</source>
        <translation>拟合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>误差</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>parameters (before -&gt; after):</source>
        <translation>参数（校准前 -&gt; 校准后）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>median |error| {error}, worst ratio {ratio}</source>
        <translation>|误差| 中位数 {error}，最差比值 {ratio}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>saved calibrated profile to {file}</source>
        <translation>已将校准后的配置保存到 {file}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>refit a framework profile to your own benchmark CSV</source>
        <translation>按你自己的基准测试 CSV 重新拟合推理服务框架配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a benchmark CSV (the calibration format of ../shared/calibration or vLLM benchmark_serving-style columns: model_id, tensor_parallel_size, random_input_len, random_output_len, max_concurrency, output_throughput, mean_ttft_ms, mean_tpot_ms), refits the profile&apos;s efficiency numbers, prints fitted against measured output tokens/s per row, and with --save NAME stores the calibrated profile in the user data directory, where every evaluation picks it up (--save vllm replaces the shipped vLLM profile).</source>
        <translation>读取基准测试 CSV（../shared/calibration 的校准格式，或 vLLM benchmark_serving 风格的列：model_id、tensor_parallel_size、random_input_len、random_output_len、max_concurrency、output_throughput（输出吞吐量）、mean_ttft_ms、mean_tpot_ms），重新拟合配置中的效率参数，逐行打印拟合值与实测的输出令牌/秒；使用 --save NAME 时把校准后的配置保存到用户数据目录，之后每次评估都会使用它（--save vllm 会替换内置的 vLLM 配置）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>benchmark CSV (calibration or vLLM benchmark columns)</source>
        <translation>基准测试 CSV（校准格式或 vLLM 基准测试的列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile to start from (default vllm)</source>
        <translation>作为起点的配置（默认 vllm）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>comma-separated parameters to fit (default: chosen by rows); any of {names}</source>
        <translation>要拟合的参数，以逗号分隔（默认：按行数选择）；可选 {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>model for rows without a model column</source>
        <translation>用于没有 model 列的行的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU for rows without a gpu column</source>
        <translation>用于没有 gpu 列的行的 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store the calibrated profile as NAME</source>
        <translation>将校准后的配置保存为 NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/llm_tco/cli/catalog.py" line="+198"/>
        <location line="+7"/>
        <location line="+10"/>
        <location filename="../../desktop/llm_tco/cli/estimate.py" line="+60"/>
        <source>print JSON (English)</source>
        <translation>输出 JSON（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/catalog.py" line="-180"/>
        <location filename="../../desktop/llm_tco/cli/evaluate.py" line="+172"/>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>as of {date}</source>
        <translation>数据日期 {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} entries (* overridden, ! older than {days} days)</source>
        <translation>共 {total} 个条目，显示 {shown} 个（* 已修改，! 超过 {days} 天）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no entry with id {id} in any catalog</source>
        <translation>所有数据目录中都没有 id 为 {id} 的条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read {count} entries from {file}</source>
        <translation>从 {file} 读取了 {count} 个条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched to catalog models: {count}</source>
        <translation>与目录中模型匹配的：{count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>would import: {count} offers ({added} added, {changed} changed); {unchanged} unchanged</source>
        <translation>将导入：{count} 个报价（新增 {added} 个，变更 {changed} 个）；{unchanged} 个未变</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>imported: {count} offers ({added} added, {changed} changed); {unchanged} unchanged</source>
        <translation>已导入：{count} 个报价（新增 {added} 个，变更 {changed} 个）；{unchanged} 个未变</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped by reason:</source>
        <translation>按原因跳过的：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. {examples}</source>
        <translation>例如 {examples}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>would import {count} GPU offers from {file}</source>
        <translation>将从 {file} 导入 {count} 个 GPU 报价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported {count} GPU offers from {file}</source>
        <translation>已从 {file} 导入 {count} 个 GPU 报价</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>wrote {count} files to {folder}</source>
        <translation>已将 {count} 个文件写入 {folder}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>removed {count} overridden entries</source>
        <translation>已删除 {count} 个修改项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give an entry id to reset, or --all</source>
        <translation>请给出要重置的条目 id，或使用 --all</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{id} is not overridden; nothing to reset</source>
        <translation>{id} 没有被修改，无需重置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reset {id} in {catalogs}</source>
        <translation>已在 {catalogs} 中重置 {id}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>entries of one catalog</source>
        <translation>一个数据目录中的条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only entries whose id, name or numbers contain TEXT</source>
        <translation>只显示 id、名称或数值中包含 TEXT 的条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>staleness age, days</source>
        <translation>过期期限，天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one entry in full (JSON)</source>
        <translation>一个条目的全部内容（JSON）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry id</source>
        <translation>条目 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API prices from a LiteLLM price table</source>
        <translation>从 LiteLLM 价格表导入 API 价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the changes, write nothing</source>
        <translation>只显示变更，不写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date of the prices (default: the file&apos;s date)</source>
        <translation>价格的数据日期（默认：文件的日期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU rental prices from a CSV file</source>
        <translation>从 CSV 文件导入 GPU 租金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV columns: {columns}</source>
        <translation>CSV 列：{columns}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check the file, write nothing</source>
        <translation>只检查文件，不写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source URL for rows without a source column</source>
        <translation>用于没有 source 列的行的来源网址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged catalogs and JSON Schemas into a folder</source>
        <translation>把合并后的数据目录和 JSON Schema 导出到文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder to write to</source>
        <translation>要写入的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop user overrides (one entry or all)</source>
        <translation>删除用户修改项（一个条目或全部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id of the entry to reset</source>
        <translation>要重置的条目 id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop every override</source>
        <translation>删除所有修改项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>browse catalogs, import prices, export, reset overrides</source>
        <translation>浏览数据目录、导入价格、导出、重置修改项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse the catalogs, import prices, export them, reset your overrides.</source>
        <translation>浏览数据目录、导入价格、导出数据目录、重置你的修改项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/estimate.py" line="-27"/>
        <source>fit, throughput and latency of one self-hosted configuration</source>
        <translation>单个自托管配置能否装下、吞吐量和延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--model and --gpu take a catalog id or the path of a JSON file holding one entry in the catalog&apos;s schema. Without --concurrency the answer is the maximum throughput that memory and the latency targets allow. Bad input prints one line on stderr and exits with code 2; a configuration that does not fit is a valid answer (exit 0, fits false, reason says why).</source>
        <translation>--model 和 --gpu 接受目录 id，或一个按目录格式包含单个条目的 JSON 文件路径。不指定 --concurrency 时，结果是显存和延迟目标所允许的最大吞吐量。错误的输入会在 stderr 上打印一行并以代码 2 退出；装不下的配置也是有效结果（退出代码 0，fits 为 false，reason 说明原因）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model id from the catalog, or a JSON file with one entry</source>
        <translation>目录中的模型 id，或包含单个条目的 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU id from the catalog, or a JSON file with one entry</source>
        <translation>目录中的 GPU id，或包含单个条目的 JSON 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs in the configuration (default 1)</source>
        <translation>配置中的 GPU 数量（默认 1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tensor-parallel size per replica (default: --gpus)</source>
        <translation>每个副本的张量并行规模（默认：--gpus）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights: {choices}</source>
        <translation>权重精度：{choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV cache: {choices}</source>
        <translation>KV 缓存精度：{choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt tokens per request</source>
        <translation>每个请求的提示词令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output tokens per request</source>
        <translation>每个请求的输出令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests in flight (offered load)</source>
        <translation>处理中的请求数（施加的负载）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as many as memory and targets allow (default)</source>
        <translation>显存和目标允许的最大数量（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time-to-first-token target, ms</source>
        <translation>首字延迟目标，毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time-per-output-token target, ms</source>
        <translation>每输出令牌时间目标，毫秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trtllm, vllm or llamacpp</source>
        <translation>trtllm、vllm 或 llamacpp</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+143"/>
        <source>{option} is required</source>
        <translation>必须提供 {option}</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{option} must be a number, got {value}</source>
        <translation>{option} 必须是数字，而不是 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{option} must be between {lo} and {hi}, got {value}</source>
        <translation>{option} 必须在 {lo} 和 {hi} 之间，而不是 {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{option} must be a whole number, got {value}</source>
        <translation>{option} 必须是整数，而不是 {value}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{option} is required (a catalog id or a JSON file)</source>
        <translation>必须提供 {option}（目录 id 或 JSON 文件）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file}: larger than {limit} bytes</source>
        <translation>{file}：超过 {limit} 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: cannot read as UTF-8 JSON ({problem})</source>
        <translation>{file}：无法作为 UTF-8 JSON 读取（{problem}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file}: expected exactly one entry, found {count}</source>
        <translation>{file}：应恰好包含一个条目，实际有 {count} 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: not a valid {kind} entry: {field}: {problem}</source>
        <translation>{file}：不是有效的 {kind} 条目：{field}：{problem}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{model} on {gpus} x {gpu} (tp {tp}, {replicas} replica(s)), {precision} weights, {kv_precision} KV, {framework}</source>
        <translation>{model}，{gpus} x {gpu}（张量并行 {tp}，{replicas} 个副本），权重 {precision}，KV 缓存 {kv_precision}，{framework}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not fit: {reason}</source>
        <translation>装不下：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory-bound</source>
        <translation>受显存带宽限制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>compute-bound</source>
        <translation>受算力限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights per GPU</source>
        <translation>每块 GPU 的权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{gb} GB</source>
        <translation>{gb} GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KV cache per replica</source>
        <translation>每个副本的 KV 缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gb} GB (up to {sequences} sequences)</source>
        <translation>{gb} GB（最多 {sequences} 个序列）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running batch</source>
        <translation>运行中的批处理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sequences</source>
        <translation>{n} 个序列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output tokens/s</source>
        <translation>输出令牌/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total} ({per_gpu} per GPU)</source>
        <translation>{total}（每块 GPU {per_gpu}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time to first token</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time per token</source>
        <translation>每输出令牌时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ms} ms ({bound})</source>
        <translation>{ms} 毫秒（{bound}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meets latency target</source>
        <translation>满足延迟目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--concurrency and --max-throughput exclude each other</source>
        <translation>--concurrency 和 --max-throughput（最大吞吐量）不能同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/evaluate.py" line="-147"/>
        <source>rank deployment options for a project file</source>
        <translation>为项目文件中的需求给部署方案排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints a table of the top recommendations (or, with --json, the documented object of docs/cli_evaluate.md, in English). A bad project file prints one line on stderr and exits with code 2.</source>
        <translation>打印排名靠前的推荐方案表（使用 --json 时输出 docs/cli_evaluate.md 中说明的英文对象）。项目文件有误时在 stderr 上打印一行并以代码 2 退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>path to a .llmtco project file</source>
        <translation>.llmtco 项目文件的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the documented JSON object</source>
        <translation>输出文档中说明的 JSON 对象（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendations to show (default 5)</source>
        <translation>显示的推荐方案数量（默认 5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip the Monte Carlo pass</source>
        <translation>跳过蒙特卡洛模拟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also write the PDF report</source>
        <translation>同时写出 PDF 报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF page size</source>
        <translation>PDF 纸张大小</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{project}: {candidates} candidates, {feasible} feasible ({currency}, {months} months)</source>
        <translation>{project}：{candidates} 个候选方案，{feasible} 个可行（{currency}，{months} 个月）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>option</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symbol}/month</source>
        <translation>{symbol}/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{symbol}/M tokens</source>
        <translation>{symbol}/百万令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cheapest (cost only):</source>
        <translation>最便宜的方案（仅看成本）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Closest excluded options:</source>
        <translation>最接近的已排除方案：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{option} ({cost}/month): {reasons}</source>
        <translation>{option}（每月 {cost}）：{reasons}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Break-even:</source>
        <translation>盈亏平衡：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{catalog} {date}</source>
        <translation>{catalog} {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogs as of: {dates}</source>
        <translation>数据目录的数据日期：{dates}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rate: {rate}</source>
        <translation>汇率：{rate}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the project file {file} does not exist; check the name</source>
        <translation>项目文件 {file} 不存在，请检查文件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder, not a project file; give a .llmtco file</source>
        <translation>{file} 是文件夹，不是项目文件；请给出 .llmtco 文件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--top must be at least 1</source>
        <translation>--top 至少为 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>llm-tco evaluate: wrote {file}</source>
        <translation>llm-tco evaluate：已写出 {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/language.py" line="+108"/>
        <source>unsupported language {value}; use one of {choices}</source>
        <translation>不支持语言 {value}；请使用 {choices} 之一</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>language of the output and of the PDF report: en or zh_CN (default: the system language)</source>
        <translation>输出和 PDF 报告的语言：en 或 zh_CN（默认：系统语言）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>expected %s argument(s)</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可以匹配 %(matches)s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>必须提供参数 %s 之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/screenshots.py" line="+32"/>
        <source>save PNG screenshots of every view (offscreen)</source>
        <translation>保存每个视图的 PNG 截图（无界面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open each example project offscreen and save PNGs of every view, with the interface in the language of --language.</source>
        <translation>以无界面方式打开每个示例项目，保存每个视图的 PNG 截图，界面语言由 --language 决定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder for the PNG files (created when missing)</source>
        <translation>存放 PNG 文件的文件夹（不存在时自动创建）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only this example (file name without .llmtco); repeat for several</source>
        <translation>只截取这个示例（不带 .llmtco 的文件名）；可重复指定多个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>main window size in pixels, WIDTHxHEIGHT</source>
        <translation>主窗口大小，单位像素，格式为 宽x高</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also write a small curated set, about 1200 px wide, to DIR (docs/screenshots)</source>
        <translation>另外把精选的一小组截图（约 1200 像素宽）写入 DIR（docs/screenshots）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>saved {count} screenshots in {folder}</source>
        <translation>已在 {folder} 中保存 {count} 张截图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--size must look like 1400x900, not {value}</source>
        <translation>--size 的格式应类似 1400x900，而不是 {value}</translation>
    </message>
</context>
<context>
    <name>DailyProfile</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_workload.py" line="+25"/>
        <source>Only the peak load below</source>
        <translation>只使用下方的峰值负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat: the same load every hour</source>
        <translation>平稳：每小时负载相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office hours: busy 08:00–18:00</source>
        <translation>办公时间：08:00–18:00 繁忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evening peak: busy 18:00–23:00</source>
        <translation>晚间高峰：18:00–23:00 繁忙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom pattern from the project file</source>
        <translation>项目文件中的自定义负载曲线</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_constraints.py" line="+29"/>
        <source>Any vendor&apos;s service</source>
        <translation>任何供应商的服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendors that keep nothing and never train on our data</source>
        <translation>不保留任何数据、也从不用我们的数据训练的供应商</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only inside our own cloud account</source>
        <translation>仅限我们自己的云账户内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only on our own premises</source>
        <translation>仅限本地部署（我们自己的机房）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Air-gapped: no network connection at all</source>
        <translation>物理隔离：完全不联网</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Every public API and hosting service qualifies.</source>
        <translation>所有公共 API 和托管服务都符合要求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public APIs qualify only with zero retention and no training.</source>
        <translation>公共 API 仅在零数据保留且不用于训练时才符合要求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cloud AI services in your tenancy or GPUs you rent in your account.</source>
        <translation>您云租户中的云 AI 服务，或在您账户中租用的 GPU。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only GPUs you own, in your own building.</source>
        <translation>仅限您自有的、放在自己机房里的 GPU。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owned GPUs with no outside connection, updated by hand.</source>
        <translation>自有 GPU，与外部网络完全隔离，手动更新。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/detail_pane.py" line="+21"/>
        <source>Recommendation details</source>
        <translation>推荐方案详情</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a recommendation to see its details.</source>
        <translation>选择一个推荐方案以查看详情。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{monthly} per month, {total} over {months} months</source>
        <translation>每月 {monthly}，{months} 个月合计 {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why it ranks here</source>
        <translation>排名依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What would change it</source>
        <translation>什么会改变结论</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(capital)</source>
        <translation>（资本支出）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Upfront capital: {cost}</source>
        <translation>前期资本支出：{cost}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GPU utilisation (useful work / paid capacity): {u}</source>
        <translation>GPU 利用率（有效工作量 / 付费算力）：{u}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost breakdown (average month)</source>
        <translation>成本构成（月均）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assumptions used</source>
        <translation>所用假设</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>as of {date}</source>
        <translation>数据日期 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(old price)</source>
        <translation>（价格已过期）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources of the prices and figures that drove it</source>
        <translation>影响该结果的价格和数据的来源</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/dialogs.py" line="+30"/>
        <source>LLM TCO Advisor</source>
        <translation>LLM TCO 顾问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide how to run a large language model, and what it will cost.</source>
        <translation>决定如何运行大语言模型，以及需要花费多少。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catalog prices and specifications as of:</source>
        <translation>数据目录中价格和规格的日期：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no catalog loaded</source>
        <translation>未加载数据目录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogs: not available ({reason})</source>
        <translation>数据目录：不可用（{reason}）</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Using LLM TCO Advisor</source>
        <translation>使用 LLM TCO 顾问</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new analysis with File &gt; New Analysis, or open an example from the start page. The wizard asks about your project, use case, traffic, data rules, hardware, tuning and priorities; every question has a short explanation.</source>
        <translation>通过“文件 &gt; 新建分析”开始新的分析，或在起始页打开一个示例。向导会依次询问项目、使用场景、流量、数据规则、硬件、微调和优先级；每个问题都附有简短说明。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The results view ranks every way of running a model that fits your answers, explains the ranking and shows what would change it. Change an assumption and the ranking updates immediately.</source>
        <translation>结果视图会对所有符合您回答的模型运行方式进行排名，解释排名的原因，并指出什么会改变结论。修改任一假设，排名都会立即更新。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projects are saved as .llmtco files. Unsaved work is autosaved every few minutes and offered for recovery after a crash.</source>
        <translation>项目保存为 .llmtco 文件。未保存的工作每隔几分钟自动保存一次，程序崩溃后可以恢复。</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/document.py" line="+69"/>
        <source>Untitled analysis</source>
        <translation>未命名分析</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../desktop/llm_tco/engine/breakeven.py" line="+168"/>
        <source>{who} is cheaper than {other} at every volume from {low} to {high} requests/day</source>
        <translation>在 {low} 到 {high} 请求/天的所有用量下，{who} 都比 {other} 便宜</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{winner} becomes cheaper than {loser} above {volume} requests/day ({tokens} B tokens/month)</source>
        <translation>用量超过 {volume} 请求/天（每月 {tokens} 十亿令牌）时，{winner} 比 {loser} 便宜</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/catalog_export.py" line="+56"/>
        <source>closed_api</source>
        <translation>闭源 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud_tenancy</source>
        <translation>云租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted_open</source>
        <translation>托管的开放权重模型</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{params}B params, {context} tokens context</source>
        <translation>{params}B 参数，上下文 {context} 令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{context} tokens context</source>
        <translation>上下文 {context} 令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{memory} GB, {bandwidth} GB/s, {tflops} TFLOPS bf16</source>
        <translation>显存 {memory} GB，带宽 {bandwidth} GB/s，bf16 算力 {tflops} TFLOPS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{count}x {gpu}, {plan}, {region}: {hourly} USD/h ({per_gpu} per GPU-hour)</source>
        <translation>{count}× {gpu}，{plan}，{region}：{hourly} USD/小时（每 GPU 小时 {per_gpu}）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{input} in / {output} out USD per M tokens ({route})</source>
        <translation>输入 {input} / 输出 {output} USD 每百万令牌（{route}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{price} USD per M training tokens</source>
        <translation>每百万训练令牌 {price} USD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{price} USD per training hour</source>
        <translation>每训练小时 {price} USD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{training}; tuned {input} in / {output} out</source>
        <translation>{training}；调优后输入 {input} / 输出 {output}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot export to {path}: {problem}</source>
        <translation>无法导出到 {path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/evaluate.py" line="+420"/>
        <source>performance from {source}</source>
        <translation>性能数据来自 {source}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no candidate passes every constraint; see the closest excluded options</source>
        <translation>没有候选方案满足所有约束；请查看最接近的已排除方案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} feasible candidates use models without a published quality index; they are not checked against the quality floor</source>
        <translation>{count} 个可行的候选方案使用了未公布质量指数的模型；没有按质量最低要求检查它们</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>prices older than a year drive recommendations: {entries}</source>
        <translation>超过一年的旧价格影响了推荐结果：{entries}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/explain.py" line="+56"/>
        <source>pay-per-token API, no servers to run</source>
        <translation>按令牌付费的 API，无需运维服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted open-weights model, pay per token, no servers to run</source>
        <translation>托管的开放权重模型，按令牌付费，无需运维服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>model served inside your own cloud tenancy</source>
        <translation>模型在您自己的云租户内提供服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open weights on rented GPUs you operate</source>
        <translation>在您自行运维的租用 GPU 上运行开放权重模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open weights on your own hardware</source>
        <translation>在您自有的硬件上运行开放权重模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any vendor</source>
        <translation>任意供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero retention vendor</source>
        <translation>零数据保留的供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own cloud tenancy</source>
        <translation>自有云租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on premises</source>
        <translation>本地部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air gapped</source>
        <translation>物理隔离环境</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+57"/>
        <source>costs {cost}/month on average</source>
        <translation>平均每月 {cost}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>costs {cost}/month, about the same as {other}</source>
        <translation>每月 {cost}，与 {other} 大致相同</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>costs {cost}/month, {share} less than {other}</source>
        <translation>每月 {cost}，比 {other} 低 {share}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quality index not published: check it clears the floor</source>
        <translation>质量指数未公布：请核实它达到最低要求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quality index {quality} clears the floor of {floor}</source>
        <translation>质量指数 {quality}，达到最低要求 {floor}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>provider-managed latency (not measured in the catalogs)</source>
        <translation>延迟由提供商管理（数据目录中未测量）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fast enough: {speed} tokens/s per user, first token {first} s</source>
        <translation>速度足够：每用户 {speed} 令牌/秒，首字延迟 {first} 秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data can stay within: {level}</source>
        <translation>数据可保留在：{level}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simple to operate: {route}</source>
        <translation>运维简便：{route}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor independence: {route}</source>
        <translation>供应商独立性：{route}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>costs {cost}/month ({times}x the cost of {other})</source>
        <translation>每月 {cost}（是 {other} 成本的 {times} 倍）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>costs {cost}/month ({share} more than {other})</source>
        <translation>每月 {cost}（比 {other} 高 {share}）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>pay per token: no idle capacity to pay for at any volume</source>
        <translation>按令牌付费：任何用量下都无需为闲置算力付费</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GPU busy {share} of paid time (1 GPU at peak)</source>
        <translation>GPU 在付费时间中 {share} 处于忙碌状态（峰值时 1 块 GPU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPUs busy {share} of paid time ({gpus} at peak)</source>
        <translation>GPU 在付费时间中 {share} 处于忙碌状态（峰值时 {gpus} 块 GPU）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {cost} of hardware up front</source>
        <translation>需要前期投入 {cost} 购买硬件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hardware already paid: only power, hosting, maintenance and staff count</source>
        <translation>硬件已付清：只计电力、托管、维护和人员成本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team cannot rent cloud GPUs</source>
        <translation>团队不能租用云 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this pricing plan is not allowed</source>
        <translation>不允许使用此计费方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the team cannot buy hardware</source>
        <translation>团队不能购买硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine-tuning is not available here (no vendor fine-tuning offer, or too few owned GPUs to hold full fine-tuning state)</source>
        <translation>此处无法微调（供应商不提供微调服务，或自有 GPU 太少，容纳不下全参数微调的状态）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no cost can be computed (no capacity or no price)</source>
        <translation>无法计算成本（没有可用算力或没有价格）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>data must stay {need}; this route only guarantees {got}</source>
        <translation>数据必须保留在 {need}；此部署路线只能保证 {got}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>provider lacks required certification(s) {certifications}</source>
        <translation>提供商缺少所需认证：{certifications}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>region {region} ({macro}) is outside the allowed {allowed}</source>
        <translation>地区 {region}（{macro}）不在允许的 {allowed} 之内</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>provider {provider} is not allowed</source>
        <translation>不允许使用提供商 {provider}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>needs {gpus} GPUs at peak; the quota is {quota}</source>
        <translation>峰值时需要 {gpus} 块 GPU；配额为 {quota}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hardware costs {cost}; the purchase budget is {budget}</source>
        <translation>硬件需要 {cost}；采购预算为 {budget}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>needs {gpus} GPUs at peak; you own {owned}</source>
        <translation>峰值时需要 {gpus} 块 GPU；您拥有 {owned} 块</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>context window {context} tokens &lt; {need} needed</source>
        <translation>上下文窗口 {context} 令牌，少于所需的 {need}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quality index {quality} is below the floor of {floor}</source>
        <translation>质量指数 {quality} 低于最低要求 {floor}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>does not fit in memory: {why}</source>
        <translation>显存放不下：{why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no room for KV cache</source>
        <translation>没有空间容纳 KV 缓存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the provider&apos;s rate limit is below the peak load</source>
        <translation>提供商的速率限制低于峰值负载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>costs up to {worst} in its most expensive month; the budget is {budget}/month</source>
        <translation>最贵的月份成本高达 {worst}；预算为每月 {budget}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>licence terms: {limits}</source>
        <translation>许可证条款：{limits}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage cap exceeded or no commercial use</source>
        <translation>超出使用上限或不允许商用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{speed} tokens/s per user (target {target})</source>
        <translation>每用户 {speed} 令牌/秒（目标 {target}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>first token {first} s (target {target} s)</source>
        <translation>首字延迟 {first} 秒（目标 {target} 秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>misses the latency target: {parts}</source>
        <translation>未达到延迟目标：{parts}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/messages.py" line="+48"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Field required</source>
        <translation>缺少此字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra inputs are not permitted</source>
        <translation>不允许有多余的字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be greater than {value}</source>
        <translation>值必须大于 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be greater than or equal to {value}</source>
        <translation>值必须大于或等于 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be less than {value}</source>
        <translation>值必须小于 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be less than or equal to {value}</source>
        <translation>值必须小于或等于 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be a valid integer</source>
        <translation>值必须是整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>值必须是整数，无法将该字符串解析为整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>值必须是整数，实际是带小数部分的数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be a valid number</source>
        <translation>值必须是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>值必须是数字，无法将该字符串解析为数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be a finite number</source>
        <translation>值必须是有限的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid string</source>
        <translation>值必须是字符串</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid boolean</source>
        <translation>值必须是布尔值（true/false）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>值必须是布尔值（true/false），无法识别输入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should be a valid list</source>
        <translation>值必须是列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid dictionary</source>
        <translation>值必须是对象（字典）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid dictionary or instance of {value}</source>
        <translation>值必须是对象（字典）或 {value} 的实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Input should be {value}</source>
        <translation>值必须是 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>String should have at least {value} characters</source>
        <translation>文本至少需要 {value} 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>String should have at most {value} characters</source>
        <translation>文本最多只能有 {value} 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Input should have timezone info</source>
        <translation>值必须带有时区信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input should be a valid date</source>
        <translation>值必须是有效的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value error, {value}</source>
        <translation>取值错误：{value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assertion failed, {value}</source>
        <translation>校验失败：{value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>String should have at least 1 character</source>
        <translation>文本至少需要 1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>String should have at most 1 character</source>
        <translation>文本最多只能有 1 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at least one priority weight must be above zero</source>
        <translation>至少要有一项优先级权重大于零</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily_profile needs 24 non-negative hourly values, not all zero</source>
        <translation>daily_profile 需要 24 个非负的每小时数值，且不能全部为零</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency {currency} not supported; use one of {known}</source>
        <translation>不支持货币 {currency}；请使用以下之一：{known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open-weights model needs {fields}</source>
        <translation>开放权重模型需要填写 {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>params_active_b cannot exceed params_total_b</source>
        <translation>params_active_b 不能大于 params_total_b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs usd_per_m_training_tokens or usd_per_training_hour</source>
        <translation>需要填写 usd_per_m_training_tokens 或 usd_per_training_hour</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{first} or {rest}</source>
        <translation>{first} 或 {rest}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/montecarlo.py" line="+140"/>
        <source>lognormal, median x1, sigma {sigma}</source>
        <translation>对数正态分布，中位数 x1，sigma {sigma}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>uniform, today&apos;s share -/+ {spread}</source>
        <translation>均匀分布，当前占比 -/+ {spread}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/results.py" line="+63"/>
        <source>closed api</source>
        <translation>闭源 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cloud tenancy</source>
        <translation>云租户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted open</source>
        <translation>托管的开放权重模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self hosted rented</source>
        <translation>自托管，租用 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>self hosted owned</source>
        <translation>自托管，自有 GPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>per_token</source>
        <translation>按令牌计费</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>on_demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved_1y</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reserved_3y</source>
        <translation>3 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spot</source>
        <translation>竞价实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serverless</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buy</source>
        <translation>购买硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owned</source>
        <translation>自有硬件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>always_on</source>
        <translation>常驻运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autoscaled</source>
        <translation>自动扩缩容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per_second</source>
        <translation>按秒计费</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>{model} via {provider} ({route})</source>
        <translation>{model}，由 {provider} 提供（{route}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{model} on {hardware}, {provider} {plan}, {scaling}</source>
        <translation>{model}，运行于 {hardware}，{provider} {plan}，{scaling}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{model} on {hardware}, {plan}, {scaling}</source>
        <translation>{model}，运行于 {hardware}，{plan}，{scaling}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/sensitivity.py" line="+25"/>
        <source>requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens per request</source>
        <translation>每请求令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU prices (rent and purchase)</source>
        <translation>GPU 价格（租用和购买）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token prices</source>
        <translation>API 令牌价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>throughput per GPU (utilisation, efficiency)</source>
        <translation>每 GPU 吞吐量（利用率、效率）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>staff cost</source>
        <translation>人员成本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cached prompt share (absolute -/+ 0.3)</source>
        <translation>提示词缓存占比（绝对值 -/+ 0.3）</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/perf_adapter.py" line="+178"/>
        <source>weights {weights} GB do not fit in {tp} x {memory} GB</source>
        <translation>权重 {weights} GB 放不进 {tp} x {memory} GB 显存</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/perf_memory.py" line="+146"/>
        <source>tensor parallel {tp} does not divide the model&apos;s {heads} attention heads and {kv} KV heads</source>
        <translation>张量并行度 {tp} 无法整除模型的 {heads} 个注意力头和 {kv} 个 KV 头</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tensor parallel {tp} &gt; {most} GPUs per node of {gpu}</source>
        <translation>张量并行度 {tp} 超过 {gpu} 每节点 {most} 块 GPU 的上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prompt + output exceed the model&apos;s context of {context} tokens</source>
        <translation>提示词加输出超出模型 {context} 令牌的上下文窗口</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>weights {weights} GB &gt; {room} GB usable on {where}</source>
        <translation>权重 {weights} GB，超过 {where} 上可用的 {room} GB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KV cache for one sequence ({held} tokens) needs {need} GB but only {left} GB is left on {where}</source>
        <translation>一个序列（{held} 令牌）的 KV 缓存需要 {need} GB，但 {where} 上只剩 {left} GB</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/catalog.py" line="+58"/>
        <source>{path}: {warning}</source>
        <translation>{path}：{warning}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown {kind} id {id}; did you mean {ids}?</source>
        <translation>未知的 {kind} id {id}；您是指 {ids} 吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown {kind} id {id}; see {command}</source>
        <translation>未知的 {kind} id {id}；请查看 {command}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no catalog named {name}; known: {names}</source>
        <translation>没有名为 {name} 的数据目录；已知的有：{names}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../desktop/llm_tco/engine/import_gpu_offers.py" line="+275"/>
        <source>... and {count} more</source>
        <translation>……另有 {count} 个问题</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>catalog file</source>
        <translation>数据目录文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: expected a JSON object with {first} and {second}</source>
        <translation>{path}：应为包含 {first} 和 {second} 的 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: field {field} must be one of {choices}</source>
        <translation>{path}：字段 {field} 必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: {field} {value} is not supported (expected {expected})</source>
        <translation>{path}：不支持 {field} {value}（应为 {expected}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: field {field} must be a list</source>
        <translation>{path}：字段 {field} 必须是列表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path}: entry {entry}: {problems}</source>
        <translation>{path}：条目 {entry}：{problems}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: duplicate id {id} in {catalog}</source>
        <translation>{path}：{catalog} 中的 id {id} 重复</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>shipped catalog {path} is missing; reinstall the application</source>
        <translation>内置数据目录 {path} 缺失；请重新安装本程序</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path}: declares catalog {declared}, expected {name}</source>
        <translation>{path}：声明的数据目录是 {declared}，应为 {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{problem} (file skipped)</source>
        <translation>{problem}（已跳过该文件）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>entry {entry}: {field} {value} not in {catalog}</source>
        <translation>条目 {entry}：{field} {value} 不在 {catalog} 中</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/overrides.py" line="+55"/>
        <source>cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{catalog} entry {entry}: {problems}</source>
        <translation>{catalog} 条目 {entry}：{problems}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{catalog} entry {entry}: {field} {value} is not in {target}; add that entry first</source>
        <translation>{catalog} 条目 {entry}：{field} {value} 不在 {target} 中；请先添加该条目</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>{path}: profile {profile}: {problems}</source>
        <translation>{path}：配置 {profile}：{problems}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/perf.py" line="+72"/>
        <source>input tokens must be between 0 and 10 million, got {value}</source>
        <translation>输入令牌数必须在 0 到 1000 万之间，实际为 {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output tokens must be between 1 and 10 million, got {value}</source>
        <translation>输出令牌数必须在 1 到 1000 万之间，实际为 {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>concurrency must be positive and finite</source>
        <translation>并发数必须是有限的正数</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>request rate must be finite and not negative</source>
        <translation>请求速率必须是有限的非负数</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{gpus_option} ({gpus}) must be a positive multiple of {tp_option} ({tp})</source>
        <translation>{gpus_option}（{gpus}）必须是 {tp_option}（{tp}）的正整数倍</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/perf_config.py" line="+125"/>
        <source>models, gpus, tp, precisions and framework must be equally long</source>
        <translation>models、gpus、tp、precisions 和 framework 的长度必须相同</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>unknown framework profile {name}; known: {known}</source>
        <translation>未知的框架配置 {name}；已知的有：{known}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>model {model} has no {field}; cannot estimate self-hosting</source>
        <translation>模型 {model} 缺少 {field}；无法估算自托管</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown precision {value}; use one of {choices}</source>
        <translation>未知的精度 {value}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown KV precision {value}; use one of {choices}</source>
        <translation>未知的 KV 精度 {value}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tensor parallel size must be between 1 and 1024, got {value}</source>
        <translation>张量并行规模必须在 1 到 1024 之间，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/profiles.py" line="+110"/>
        <source>{path}: cannot read framework profiles ({detail})</source>
        <translation>{path}：无法读取框架配置（{detail}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: expected a JSON object with a {field} list</source>
        <translation>{path}：应为包含 {field} 列表的 JSON 对象</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: profile {profile}: {field}: {problem}</source>
        <translation>{path}：配置 {profile}：{field}：{problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path}: duplicate profile id {id}</source>
        <translation>{path}：配置 id {id} 重复</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/safe_json.py" line="+32"/>
        <source>Fix the file or remove it.</source>
        <translation>请修正该文件或将其删除。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the key {key} appears twice in the same object</source>
        <translation>键 {key} 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the number {number} is too large to represent</source>
        <translation>数字 {number} 太大，无法表示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an integer has {digits} digits (at most {limit} allowed)</source>
        <translation>有一个整数长达 {digits} 位（最多允许 {limit} 位）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is not a number JSON allows (NaN and Infinity are refused)</source>
        <translation>{name} 不是 JSON 允许的数字（不接受 NaN 和 Infinity）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is UTF-16 text; save it as UTF-8</source>
        <translation>这是 UTF-16 文本；请另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not UTF-8 text (invalid byte at offset {offset})</source>
        <translation>不是 UTF-8 文本（偏移量 {offset} 处有无效字节）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it contains a NUL byte at character {offset} (binary data?)</source>
        <translation>第 {offset} 个字符处有 NUL 字节（是二进制数据吗？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is nested {depth} levels deep (at most {limit} allowed)</source>
        <translation>嵌套深度为 {depth} 层（最多允许 {limit} 层）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line {line}, column {column}</source>
        <translation>第 {line} 行，第 {column} 列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it ends too early ({where}); the file looks truncated</source>
        <translation>文件提前结束（{where}）；文件似乎不完整</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid JSON ({where}: {detail})</source>
        <translation>不是有效的 JSON（{where}：{detail}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is nested too deeply</source>
        <translation>嵌套层数过深</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot read {what} {source}: it is larger than the {limit} byte limit. {remedy}</source>
        <translation>无法读取{what} {source}：文件超过 {limit} 字节的上限。{remedy}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Cannot read {what} {source}: {problem}. {remedy}</source>
        <translation>无法读取{what} {source}：{problem}。{remedy}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Cannot read {what} {source}: it is {size} bytes, larger than the {limit} byte limit. {remedy}</source>
        <translation>无法读取{what} {source}：文件大小为 {size} 字节，超过 {limit} 字节的上限。{remedy}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/project/autosave.py" line="+59"/>
        <source>Discard it.</source>
        <translation>请将其丢弃。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>autosave file</source>
        <translation>自动保存文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read autosave file {path}: wrong format. {remedy}</source>
        <translation>无法读取自动保存文件 {path}：格式不正确。{remedy}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/project/files.py" line="+25"/>
        <source>Free some space or save to another drive.</source>
        <translation>请释放一些空间，或保存到其他驱动器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Save As to choose a folder you can write to.</source>
        <translation>请使用“另存为”选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name, or remove it from the recent files.</source>
        <translation>请检查文件名，或将其从最近文件中移除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the owner for read access, or copy it elsewhere.</source>
        <translation>请向文件所有者申请读取权限，或将其复制到其他位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a .llmtco file.</source>
        <translation>请选择一个 .llmtco 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the drive is read-only</source>
        <translation>驱动器是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Save As to choose another drive.</source>
        <translation>请使用“另存为”选择其他驱动器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Save As to choose an existing folder.</source>
        <translation>请使用“另存为”选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder has that name</source>
        <translation>已有同名的文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use Save As to choose another name.</source>
        <translation>请使用“另存为”选择其他名称。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open project file {path}: it is {size} bytes, larger than the {limit} byte limit for project files. {remedy}</source>
        <translation>无法打开项目文件 {path}：文件大小为 {size} 字节，超过项目文件 {limit} 字节的上限。{remedy}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open project file {path}: {problem}.</source>
        <translation>无法打开项目文件 {path}：{problem}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open project file {path}: {problem}. {remedy}</source>
        <translation>无法打开项目文件 {path}：{problem}。{remedy}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open project file {path}: the name is invalid.</source>
        <translation>无法打开项目文件 {path}：文件名无效。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot save project file {path}: {problem}. Any previous version is unchanged.</source>
        <translation>无法保存项目文件 {path}：{problem}。之前的版本保持不变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save project file {path}: {problem}. {remedy} Any previous version is unchanged.</source>
        <translation>无法保存项目文件 {path}：{problem}。{remedy}之前的版本保持不变。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save project file {path}: the name is invalid. Choose another.</source>
        <translation>无法保存项目文件 {path}：文件名无效。请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/project/format.py" line="+34"/>
        <source>project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another file, or restore the previous version from the backup next to it (same name ending in {suffix}).</source>
        <translation>请打开其他文件，或从同一文件夹中的备份（同名、以 {suffix} 结尾）恢复之前的版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and {count} more problem(s)</source>
        <translation>另有 {count} 个问题</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot save the project: it holds a value JSON cannot store ({detail}). Check the catalog overrides for non-JSON values.</source>
        <translation>无法保存项目：其中有 JSON 无法保存的值（{detail}）。请检查数据目录修改项中是否有非 JSON 值。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot save the project: a catalog override holds {value}, which JSON cannot store. Replace it with a number or remove it.</source>
        <translation>无法保存项目：某个数据目录修改项的值为 {value}，JSON 无法保存。请将其改为数字或删除。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save the project: it holds a value JSON cannot store ({detail}). Check the catalog overrides for NaN, infinity or non-JSON values.</source>
        <translation>无法保存项目：其中有 JSON 无法保存的值（{detail}）。请检查数据目录修改项中是否有 NaN、无穷大或非 JSON 值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save the project: a text field holds a character UTF-8 cannot store (a lone surrogate). Retype the text that was pasted last.</source>
        <translation>无法保存项目：某个文本字段中有 UTF-8 无法保存的字符（孤立的代理字符）。请重新输入最后粘贴的文本。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot save the project: it could not be opened again ({detail}). Remove large or deeply nested catalog overrides; nothing was written.</source>
        <translation>无法保存项目：保存后的内容无法再次打开（{detail}）。请删除过大或嵌套过深的数据目录修改项；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open project file {source}: it has invalid content ({detail}). Correct the named field in a text editor, or restore the backup ({backup}) next to the file.</source>
        <translation>无法打开项目文件 {source}：内容无效（{detail}）。请在文本编辑器中更正所指的字段，或从同一文件夹中的备份（{backup}）恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/project/lock.py" line="+57"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{host} 上的 {user}（进程 {pid}），自 {since} 起</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lock file</source>
        <translation>锁文件</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>another program (the lock file is unreadable)</source>
        <translation>另一个程序（无法读取锁文件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{project} is already open: {who}. Open it read-only, or close it there first (if that program has crashed, delete {lock}).</source>
        <translation>{project} 已被打开：{who}。请以只读方式打开，或先在那里关闭它（如果那个程序已崩溃，请删除 {lock}）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the lock file {path}: {problem}. Check that the folder is writable; the project can still be opened read-only.</source>
        <translation>无法创建锁文件 {path}：{problem}。请检查文件夹是否可写；项目仍可以只读方式打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/project/migrations.py" line="+90"/>
        <source>{field} is {value}; expected one of {choices}</source>
        <translation>{field} 为 {value}；应为以下之一：{choices}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{field} must be a list</source>
        <translation>{field} 必须是列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} must have only gpu, n and paid</source>
        <translation>{field} 只能包含 gpu、n 和 paid</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{field} is {value}; expected a number</source>
        <translation>{field} 为 {value}；应为数字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field} must use only {choices}</source>
        <translation>{field} 只能使用 {choices}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field} is {value}; expected {pattern}</source>
        <translation>{field} 为 {value}；应为 {pattern}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown top-level field(s) {fields}</source>
        <translation>未知的顶层字段：{fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} must be an object</source>
        <translation>{field} 必须是对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field(s) {fields}</source>
        <translation>未知的字段：{fields}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open a .llmtco project file instead.</source>
        <translation>请改为打开 .llmtco 项目文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-save it.</source>
        <translation>请重新保存该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open project file {source}: {problem}. {remedy}</source>
        <translation>无法打开项目文件 {source}：{problem}。{remedy}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the top level is a JSON {kind}, not an object</source>
        <translation>顶层是 JSON {kind}，不是对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not an LLM TCO Advisor project (no {field})</source>
        <translation>这不是 LLM TCO 顾问的项目（没有 {field}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a {kind} file, not a project</source>
        <translation>这是 {kind} 文件，不是项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} {value} is not a version number</source>
        <translation>{field} {value} 不是版本号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it was made by a newer version {app} of LLM TCO Advisor (file format {version}; this version reads formats up to {newest})</source>
        <translation>它由更新版本 {app} 的 LLM TCO 顾问创建（文件格式 {version}；本版本最多能读取格式 {newest}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was made by a newer version of LLM TCO Advisor (file format {version}; this version reads formats up to {newest})</source>
        <translation>它由更新版本的 LLM TCO 顾问创建（文件格式 {version}；本版本最多能读取格式 {newest}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update the app to open it.</source>
        <translation>请更新本程序后再打开。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>file format {version} is no longer supported</source>
        <translation>已不再支持文件格式 {version}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it cannot be upgraded from file format {version} ({detail})</source>
        <translation>无法从文件格式 {version} 升级（{detail}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct the named field in a text editor or re-enter the answers.</source>
        <translation>请在文本编辑器中更正所指的字段，或重新输入答案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the upgrade from format {version} failed</source>
        <translation>从格式 {version} 升级失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report this bug.</source>
        <translation>请报告此错误。</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/cli/calibrate.py" line="-136"/>
        <source>no framework profile {name}; known: {known}</source>
        <translation>没有名为 {name} 的框架配置；已知的有：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/calibration.py" line="+130"/>
        <source>{path} row {row}</source>
        <translation>{path} 第 {row} 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: column {column} is not a number: {value}</source>
        <translation>{where}：列 {column} 的值不是数字：{value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: column {column} must be positive, got {value}</source>
        <translation>{where}：列 {column} 必须为正数，实际为 {value}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: needs model, gpu and measured output tokens/s</source>
        <translation>{where}：需要模型（model）、GPU（gpu）和实测的输出令牌/秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: unsupported metric {metric}</source>
        <translation>{where}：不支持的指标 {metric}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{path}: cannot read benchmark CSV ({problem})</source>
        <translation>{path}：无法读取基准测试 CSV（{problem}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: no rows</source>
        <translation>{path}：没有数据行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>benchmark row {row}: unknown model {model}</source>
        <translation>基准测试行 {row}：未知的模型 {model}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>benchmark row {row}: unknown GPU {gpu}</source>
        <translation>基准测试行 {row}：未知的 GPU {gpu}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>benchmark row {row}: GPUs must be a multiple of TP</source>
        <translation>基准测试行 {row}：GPU 数量必须是张量并行（TP）度的整数倍</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>cannot fit {names}; fittable: {fittable}</source>
        <translation>无法拟合 {names}；可拟合的参数：{fittable}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} rows are too few to fit {count} parameters</source>
        <translation>{rows} 行数据太少，不足以拟合 {count} 个参数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot model the benchmark rows: {problem}</source>
        <translation>无法为这些基准测试行建模：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/import_gpu_offers.py" line="-179"/>
        <source>Cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: larger than the {limit} byte limit</source>
        <translation>{path}：超过 {limit} 字节的大小上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{path}：不是 UTF-8 文本（偏移量 {offset} 处有无效字节）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} line {line}: {problem}</source>
        <translation>{path} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path}: the file is empty; expected a header row</source>
        <translation>{path}：文件为空；应有一行表头</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} line 1: missing column(s) {missing}; expected {expected}[, source]</source>
        <translation>{path} 第 1 行：缺少列 {missing}；应有的列为 {expected}[, source]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{count} fields, header has {header}</source>
        <translation>有 {count} 个字段，而表头有 {header} 个</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown GPU {gpu}; known ids: {known}</source>
        <translation>未知的 GPU {gpu}；已知的 ID：{known}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plan {plan} is not one of {plans}</source>
        <translation>计费方式 {plan} 不在可选值之中：{plans}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{column} {value} is not a number</source>
        <translation>{column} 的值 {value} 不是数字</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>count {value} is not a whole number</source>
        <translation>count 的值 {value} 不是整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date {value} is not an ISO date (YYYY-MM-DD)</source>
        <translation>日期 {value} 不是 ISO 日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no source URL: add a {column} column or give a default source</source>
        <translation>没有来源网址：请添加 {column} 列，或指定默认来源</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>same offer as line {first} ({id})</source>
        <translation>与第 {first} 行是同一条报价（{id}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data rows after the header</source>
        <translation>表头之后没有数据行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path}: {count} problem(s), nothing imported:
{lines}</source>
        <translation>{path}：发现 {count} 个问题，未导入任何内容：
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/engine/import_litellm.py" line="+230"/>
        <source>LiteLLM price table</source>
        <translation>LiteLLM 价格表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use LiteLLM&apos;s {file}.</source>
        <translation>请使用 LiteLLM 的 {file}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: expected a JSON object of model keys, got {found}</source>
        <translation>{path}：应为以模型键为键的 JSON 对象，实际为 {found}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no entry has a {field} field; this is not a LiteLLM price table</source>
        <translation>{path}：没有任何条目包含 {field} 字段；这不是 LiteLLM 价格表</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/report/pdf.py" line="+203"/>
        <source>page size {size} not supported; use {choices}</source>
        <translation>不支持页面尺寸 {size}；请使用 {choices}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qt could not start a PDF page (QPainter.begin failed)</source>
        <translation>Qt 无法开始 PDF 页面（QPainter.begin 失败）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qt could not add page {page} to the PDF</source>
        <translation>Qt 无法向 PDF 添加第 {page} 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qt could not finish the PDF (QPainter.end failed)</source>
        <translation>Qt 无法完成 PDF（QPainter.end 失败）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the PDF report needs a {needed}, not a {found}</source>
        <translation>PDF 报告需要 {needed}，而不是 {found}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>folder {folder} does not exist; choose another place</source>
        <translation>文件夹 {folder} 不存在；请选择其他位置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>could not write the report to {path}: {problem}</source>
        <translation>无法将报告写入 {path}：{problem}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not create the report {name}: {problem}</source>
        <translation>无法生成报告 {name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/report/translation.py" line="+31"/>
        <source>report language {language} not supported; use {choices}</source>
        <translation>不支持报告语言 {language}；请使用 {choices}</translation>
    </message>
</context>
<context>
    <name>EntryFormDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/entry_form.py" line="+91"/>
        <source>Edit {id}</source>
        <translation>编辑 {id}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry to {catalog}</source>
        <translation>向 {catalog} 添加条目</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Saved as your override; the shipped data is never changed.</source>
        <translation>已保存为您的修改项；内置数据不会被更改。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>not valid JSON: {error}</source>
        <translation>不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{ref} is not in {target}</source>
        <translation>{target} 中没有 {ref}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{id} already exists; select it and use Edit</source>
        <translation>{id} 已存在；请选中它并使用“编辑”</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/start_page.py" line="+37"/>
        <source>High-volume batch summarisation</source>
        <translation>大规模批量摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A media-monitoring company summarises about 3 million news articles, posts and transcripts a day (6,000 tokens in, 500 out) for overnight client digests. Results may arrive hours later (batch APIs allowed); steady volume growing 2 % a month; a platform team already runs GPU workloads in the cloud. Cost per summary decides; a mid-size open model is good enough.</source>
        <translation>一家媒体监测公司每天为约 300 万篇新闻文章、帖子和文字记录生成摘要（输入 6,000 令牌，输出 500 令牌），用于次日清晨发给客户的简报。结果可以延迟数小时返回（允许使用批量 API）；业务量稳定，每月增长 2%；平台团队已经在云上运行 GPU 工作负载。每条摘要的成本是决定因素；中等规模的开放权重模型已经足够。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code assistant with a LoRA fine-tune</source>
        <translation>基于 LoRA 微调的代码助手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A software company (600 developers) wants an in-IDE code assistant that knows its internal frameworks: a LoRA fine-tune on 40 M tokens of internal code and reviews, 3 epochs, retrained every 3 months. About 100 requests per developer per working day with large file context; completions must start within a second and stream at 30 tokens/s. Source code may go to a vendor only with zero retention.</source>
        <translation>一家软件公司（600 名开发人员）希望在 IDE 中使用了解其内部框架的代码助手：用 4000 万令牌的内部代码和评审记录做 LoRA 微调，训练 3 轮，每 3 个月重新训练一次。每名开发人员每个工作日约 100 次请求，带有较大的文件上下文；补全必须在 1 秒内开始，并以 30 令牌/秒的速度流式输出。源代码只能在零数据保留的前提下交给供应商。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enterprise RAG assistant (on premises)</source>
        <translation>企业 RAG 助手（本地部署）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A European manufacturer (8,000 staff) builds an internal assistant over its engineering documents and contracts. Works-council and customer contracts require that prompts and documents never leave the company&apos;s own data centre. It already owns one 8 x A100 80GB SXM server (paid off) and has a quote for an 8 x H100 SXM server at about $270,000 (SemiAnalysis estimate of a DGX H100 sale price, cited in github.com/epoch-research/training-cost-trends), i.e. $33,750 per GPU slot; it may buy up to $600,000 of hardware. About 2,500 daily users x 8 questions; RAG over 300 M tokens re-indexed quarterly.</source>
        <translation>一家欧洲制造企业（8,000 名员工）基于其工程文档和合同构建内部助手。劳资委员会和客户合同要求提示词和文档绝不能离开公司自己的数据中心。公司已拥有一台 8 x A100 80GB SXM 服务器（已付清），并获得一台 8 x H100 SXM 服务器约 $270,000 的报价（SemiAnalysis 对 DGX H100 售价的估计，见 github.com/epoch-research/training-cost-trends），即每个 GPU 位 $33,750；最多可购买 $600,000 的硬件。每天约 2,500 名用户，每人 8 个问题；对 3 亿令牌的文档做检索增强生成（RAG），每季度重建索引。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Startup support chatbot</source>
        <translation>初创公司客服聊天机器人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A 12-person SaaS start-up adds a support chatbot to its product: about 1,000 conversations turns a day at launch, growing 10 % a month, answers in a chat window. No rules on where data is processed beyond a reputable vendor; one engineer part-time; cost and simplicity matter most. The question from the public debate: is a dedicated GPU worth it at this volume?</source>
        <translation>一家 12 人的 SaaS 初创公司为产品添加客服聊天机器人：上线时每天约 1,000 轮对话，每月增长 10%，在聊天窗口中作答。除选用信誉良好的供应商外，对数据处理位置没有要求；一名工程师兼职负责；成本和简便性最重要。公开讨论中的问题是：在这样的业务量下，专用 GPU 值得吗？</translation>
    </message>
</context>
<context>
    <name>ExcludedView</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/excluded_view.py" line="+34"/>
        <source>Candidate</source>
        <translation>候选方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route</source>
        <translation>部署路线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly cost if allowed</source>
        <translation>若允许时的月度成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded candidates</source>
        <translation>已排除的候选方案</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No candidate was excluded.</source>
        <translation>没有候选方案被排除。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n candidate(s) excluded by hard constraints.</source>
        <translation>
            <numerusform>有 %n 个候选方案因硬性约束被排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them only narrowly (marked ●).</source>
        <translation>
            <numerusform>其中 %n 个只是略微不达标（标记为 ●）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the closest {n}.</source>
        <translation>显示最接近的 {n} 个。</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/actions.py" line="+37"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>关闭前要保存对“{name}”的更改吗？</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>LLM TCO Advisor projects (*.llmtco);;All files (*)</source>
        <translation>LLM TCO 顾问项目 (*.llmtco);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}” no longer exists; it was removed from the recent list.</source>
        <translation>“{path}”已不存在，已将其从最近列表中移除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is already open: {holder}. Open a read-only copy?</source>
        <translation>“{name}”已被打开：{holder}。要以只读方式打开副本吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LLM TCO Advisor did not close properly. Recover the unsaved changes to “{name}” autosaved at {time}?</source>
        <translation>LLM TCO 顾问上次未正常关闭。要恢复“{name}”于 {time} 自动保存的未保存更改吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot recover project</source>
        <translation>无法恢复项目</translation>
    </message>
</context>
<context>
    <name>GpuPlan</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_constraints.py" line="-121"/>
        <source>On demand (pay by the hour)</source>
        <translation>按需（按小时付费）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved for 1 year</source>
        <translation>1 年预留实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved for 3 years</source>
        <translation>3 年预留实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spot (cheap, can be interrupted)</source>
        <translation>竞价实例（便宜，但可能被中断）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless GPUs (pay per second of use)</source>
        <translation>无服务器 GPU（按使用秒数付费）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No commitment: the most flexible and the dearest per hour.</source>
        <translation>无需承诺使用期：最灵活，但每小时价格最高。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-year commitment for a lower hourly price.</source>
        <translation>承诺使用一年，换取更低的每小时价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A three-year commitment for the lowest hourly price.</source>
        <translation>承诺使用三年，换取最低的每小时价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spare capacity at a discount that can be taken back at short notice.</source>
        <translation>以折扣价使用闲置算力，但可能在短时间通知后被收回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billed only while requests run; the first request may wait.</source>
        <translation>仅在处理请求时计费；首个请求可能需要等待（冷启动）。</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location line="+107"/>
        <source>Hardware access</source>
        <translation>硬件条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell us what GPUs you could run a model on yourselves, if any.</source>
        <translation>告诉我们您能自行用来运行模型的 GPU（如果有）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We can rent &amp;cloud GPUs</source>
        <translation>我们可以租用云 GPU(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cloud account where GPU servers can be rented by the hour.</source>
        <translation>可按小时租用 GPU 服务器的云账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Our GPU &amp;quota is limited</source>
        <translation>我们的 GPU 配额有限(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the cloud provider caps how many GPUs you may rent.</source>
        <translation>如果云服务商限制了您可租用的 GPU 数量，请勾选此项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> GPUs</source>
        <translation> 块 GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU q&amp;uota:</source>
        <translation>GPU 配额(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most GPUs you may rent at the same time.</source>
        <translation>可同时租用的 GPU 数量上限。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ways of paying for rented GPUs you accept:</source>
        <translation>您接受的 GPU 租用付费方式：</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>We already &amp;own GPUs</source>
        <translation>我们已经拥有 GPU(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers with GPUs that your organisation owns or has ordered.</source>
        <translation>贵单位已拥有或已订购的 GPU 服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We may bu&amp;y GPUs</source>
        <translation>我们可以购买 GPU(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purchase bu&amp;dget:</source>
        <translation>采购预算(&amp;D)：</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Buying is compared with renting over the planning horizon.</source>
        <translation>将在规划期内比较购买与租用的成本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> USD</source>
        <translation> 美元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The most you could spend on buying GPU servers.</source>
        <translation>可用于购买 GPU 服务器的最高金额。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+10"/>
        <source> replicas</source>
        <translation> 个副本</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Always-on &amp;minimum:</source>
        <translation>常驻副本下限(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model servers kept running even when idle, for self-hosted options; 0 lets them scale to zero (the first request then waits).</source>
        <translation>自托管方案中即使空闲也保持运行的模型服务器数；设为 0 时可缩容到零（此时首个请求需要等待）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spare replicas for &amp;failover:</source>
        <translation>故障切换备用副本(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra servers above the busiest hour&apos;s need, so one can fail or be updated.</source>
        <translation>在最繁忙时段所需之外额外配置的服务器，以便在某台故障或更新时仍能应对。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> replica</source>
        <translation> 个副本</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose at least one way of paying for rented GPUs, or untick renting.</source>
        <translation>请至少选择一种租用 GPU 的付费方式，或取消勾选租用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A GPU quota must be at least 1 GPU; untick the limit if there is none.</source>
        <translation>GPU 配额至少为 1 块；如果没有限制，请取消勾选配额限制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the purchase budget, or untick &apos;We may buy GPUs&apos;.</source>
        <translation>请输入采购预算，或取消勾选“我们可以购买 GPU”。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/dialogs.py" line="+15"/>
        <source>LLM TCO Advisor Help</source>
        <translation>LLM TCO 顾问帮助</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help text</source>
        <translation>帮助文本</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location line="-99"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简体中文</source>
        <translation>简体中文</translation>
    </message>
</context>
<context>
    <name>LiteLLMPreviewDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/catalog_browser/dialogs.py" line="-120"/>
        <source>Import API prices: preview</source>
        <translation>导入 API 价格：预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read {read} entries from {file}. {matched} matched catalog models. {imported} offers would be written ({added} added, {changed} changed); {unchanged} unchanged.</source>
        <translation>从 {file} 读取了 {read} 个条目，其中 {matched} 个与目录中的模型匹配。将写入 {imported} 条报价（新增 {added} 条，更改 {changed} 条）；{unchanged} 条保持不变。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prices (USD per M tokens)</source>
        <translation>价格（美元/百万令牌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LiteLLM key</source>
        <translation>LiteLLM 键名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/main_window.py" line="+132"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog file skipped: {warning}</source>
        <translation>已跳过数据目录文件：{warning}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Prices older than %n day(s) ({counts}).</source>
        <translation>
            <numerusform>超过 %n 天的价格（{counts}）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Autosaved</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program took over this project&apos;s lock; save under a new name.</source>
        <translation>另一个程序接管了此项目的锁；请以新名称保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LLM TCO Advisor</source>
        <translation>LLM TCO 顾问</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}[*] — LLM TCO Advisor</source>
        <translation>{name}[*] — LLM TCO 顾问</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The results view is not available: {reason}</source>
        <translation>结果视图不可用：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no catalogs</source>
        <translation>没有数据目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change assumptions</source>
        <translation>修改假设</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Removed %n missing project(s) from the recent list.</source>
        <translation>
            <numerusform>已从最近列表中移除 %n 个不存在的项目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnedHardwarePage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_owned.py" line="+43"/>
        <source>Owned hardware</source>
        <translation>自有硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the GPUs you own and what power and hosting cost you.</source>
        <translation>描述您拥有的 GPU，以及电力和托管成本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;GPU type:</source>
        <translation>GPU 型号(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GPU model in your servers, from the catalog.</source>
        <translation>服务器中的 GPU 型号（从数据目录中选择）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> GPUs</source>
        <translation> 块 GPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All GPUs of this type you own.</source>
        <translation>您拥有的该型号 GPU 总数。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nu&amp;mber of GPUs:</source>
        <translation>GPU 数量(&amp;M)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already &amp;paid for</source>
        <translation>已付款(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money already spent is not counted again (a sunk cost).</source>
        <translation>已经花掉的钱不会重复计算（沉没成本）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> USD/GPU</source>
        <translation> 美元/块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase pr&amp;ice:</source>
        <translation>采购价格(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price per GPU including its share of the server, if not yet paid.</source>
        <translation>每块 GPU 的价格（含分摊的服务器费用），仅在尚未付款时填写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> USD/kWh</source>
        <translation> 美元/千瓦时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Electricity price:</source>
        <translation>电价(&amp;E)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What you pay per kilowatt-hour.</source>
        <translation>您为每千瓦时电支付的价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> × IT power</source>
        <translation> × IT 功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data-centre &amp;overhead (PUE):</source>
        <translation>数据中心能耗系数 PUE(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total facility power divided by server power; 1.4 is typical.</source>
        <translation>设施总功率除以服务器功率；典型值为 1.4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> USD/kW/month</source>
        <translation> 美元/千瓦/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hosting cost:</source>
        <translation>托管费用(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rack space and cooling per kilowatt per month (colocation price).</source>
        <translation>每千瓦每月的机柜空间和制冷费用（机房托管价格）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Choose the type of GPU you own.</source>
        <translation>请选择您拥有的 GPU 型号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{gpu}&apos; is not in the GPU catalog; choose one from the list.</source>
        <translation>GPU 目录中没有“{gpu}”；请从列表中选择。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the purchase price per GPU, since it is not paid yet.</source>
        <translation>尚未付款，请输入每块 GPU 的采购价格。</translation>
    </message>
</context>
<context>
    <name>PdfExportController</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/pdf_export.py" line="+192"/>
        <location line="+38"/>
        <location line="+110"/>
        <source>Export PDF Report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+63"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Evaluating the project…</source>
        <translation>正在评估项目…</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report exported to {path}</source>
        <translation>报告已导出到 {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be exported: {message}</source>
        <translation>无法导出报告：{message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/dialogs.py" line="-28"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As usual where I live</source>
        <translation>按所在地区惯例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>美国信纸（Letter）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours of the window and the charts.</source>
        <translation>窗口和图表的配色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes effect the next time the application starts.</source>
        <translation>下次启动应用程序时生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices are &amp;stale after:</source>
        <translation>价格过期期限(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older prices are pointed out in the status bar and in About.</source>
        <translation>更旧的价格会在状态栏和“关于”对话框中标出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF &amp;paper size:</source>
        <translation>PDF 纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size of exported PDF reports.</source>
        <translation>导出的 PDF 报告所用的纸张大小。</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_goals.py" line="+205"/>
        <source>&amp;Cost</source>
        <translation>成本(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quality</source>
        <translation>质量(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speed (latency)</source>
        <translation>速度（延迟）(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Privacy margin</source>
        <translation>隐私余量(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Operational simplicity</source>
        <translation>运维简便性(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor independence</source>
        <translation>供应商独立性(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lower total cost over the horizon.</source>
        <translation>规划期内总成本更低。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better answers than the minimum quality you set.</source>
        <translation>回答质量高于您设定的最低要求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faster answers than your latency targets require.</source>
        <translation>响应速度快于您的延迟目标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping data further inside your own walls than required.</source>
        <translation>数据留在自己掌控范围内的程度超出最低要求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Less to build, run and be on call for.</source>
        <translation>需要搭建、运行和值守的工作更少。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freedom to switch providers or models later.</source>
        <translation>日后可以自由更换提供商或模型。</translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message>
        <location line="+11"/>
        <source>Priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much does each aspect matter to you? 0 = not at all, 10 = very much.</source>
        <translation>各方面对您有多重要？0 = 完全不重要，10 = 非常重要。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+19"/>
        <source>%n/10</source>
        <translation>
            <numerusform>%n/10</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give at least one priority a weight above zero.</source>
        <translation>请至少为一项优先级设置大于零的权重。</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_constraints.py" line="-212"/>
        <source>Data privacy and compliance</source>
        <translation>数据隐私与合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules about your data rule out some options before cost is considered.</source>
        <translation>在考虑成本之前，数据方面的规定会先排除部分方案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where may prompts and answers be processed?</source>
        <translation>提示词和回答可以在哪里处理？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>for example: eu, us</source>
        <translation>例如：eu, us</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed &amp;regions:</source>
        <translation>允许的地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region codes separated by commas; leave empty to allow any region.</source>
        <translation>用逗号分隔的地区代码；留空表示允许任何地区。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requires {certification}</source>
        <translation>要求 {certification}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Only providers that hold this certification or agreement qualify.</source>
        <translation>只有具备该认证或协议的提供商才符合要求。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;{code}&apos; is not a region code; use codes such as eu, us or cn, separated by commas.</source>
        <translation>“{code}”不是地区代码；请使用 eu、us 或 cn 等代码，并用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_basics.py" line="+18"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the analysis and say which currency and time span to plan in.</source>
        <translation>为分析命名，并说明规划所用的货币和时间跨度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name that appears in the title and report.</source>
        <translation>显示在标题和报告中的简短名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: what the model will do and for whom.</source>
        <translation>可选：模型将做什么、为谁服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs are computed in US dollars and shown in this currency.</source>
        <translation>成本以美元计算，并以此货币显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Exchange rate:</source>
        <translation>汇率(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many units of your currency one US dollar buys.</source>
        <translation>1 美元可兑换多少单位的您的货币。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning &amp;horizon:</source>
        <translation>规划期(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to plan for; purchases are spread over this period.</source>
        <translation>规划的时长；采购费用将在此期间内分摊。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>亚太地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your team and users are; it selects regional prices.</source>
        <translation>您的团队和用户所在地区；用于选择对应地区的价格。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limit the monthly &amp;spend</source>
        <translation>限制每月支出(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when running the model must stay within a monthly budget.</source>
        <translation>如果运行模型的费用必须控制在月度预算以内，请勾选。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly b&amp;udget:</source>
        <translation>月度预算(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options whose dearest month would cost more than this are excluded (in the currency above; stored in US dollars at the exchange rate).</source>
        <translation>最贵月份的费用超过此金额的方案将被排除（以上方所选货币计；按汇率折算为美元保存）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> {currency}/USD</source>
        <translation> {currency}/USD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> {currency}/month</source>
        <translation> {currency}/月</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the analysis a name.</source>
        <translation>请为分析命名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the exchange rate: how many {currency} one US dollar buys.</source>
        <translation>请输入汇率：1 美元可兑换多少 {currency}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the monthly budget, or untick &apos;Limit the monthly spend&apos;.</source>
        <translation>请输入月度预算，或取消勾选“限制每月支出”。</translation>
    </message>
</context>
<context>
    <name>ProjectWizard</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/wizard.py" line="+54"/>
        <source>New Analysis</source>
        <translation>新建分析</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Project</source>
        <translation>编辑项目</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../desktop/llm_tco/report/content.py" line="+86"/>
        <source>{model} on {hardware} ({where})</source>
        <translation>{model}，运行于 {hardware}（{where}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model} via {provider}</source>
        <translation>{model}，通过 {provider}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>LLM deployment recommendation</source>
        <translation>大语言模型部署建议</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Generated {date} by {app} {version}</source>
        <translation>由 {app} {version} 于 {date} 生成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This chart could not be drawn for this result.</source>
        <translation>无法为此结果绘制该图表。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 USD = {rate} {currency}</source>
        <translation>1 USD = {rate} {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report created</source>
        <translation>报告生成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options evaluated</source>
        <translation>已评估的方案数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options that meet every requirement</source>
        <translation>满足全部要求的方案数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog prices as of</source>
        <translation>目录价格日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No option meets every requirement; see the excluded options for what to relax.</source>
        <translation>没有方案能满足全部要求；请查看被排除的方案，了解可以放宽哪些条件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We recommend {option} ({route}): about {monthly} per month, {total} over {months} months.</source>
        <translation>我们推荐 {option}（{route}）：每月约 {monthly}，{months} 个月合计 {total}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why this option:</source>
        <translation>推荐理由：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What would change the answer:</source>
        <translation>什么会改变结论：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executive summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Ranked options</source>
        <translation>方案排名</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+55"/>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Route</source>
        <translation>部署路线</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Total over horizon</source>
        <translation>规划期总计</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Cost per M tokens</source>
        <translation>每百万令牌成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Top {n} of {total} options that meet every requirement, ranked by the weighted score (0-100) of your priorities.</source>
        <translation>满足全部要求的 {total} 个方案中的前 {n} 个，按您优先级的加权得分（0-100）排名。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+55"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cheapest options by total cost of ownership alone.</source>
        <translation>仅按总拥有成本排列的最便宜方案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Cost breakdown</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Total per month</source>
        <translation>每月合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First month</source>
        <translation>首月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront purchases</source>
        <translation>前期采购</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs at peak</source>
        <translation>峰值 GPU 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per month, average</source>
        <translation>月均</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average cost per month over the {months}-month horizon, by component, in {currency}.</source>
        <translation>{months} 个月规划期内的月均成本，按构成项列出，单位为 {currency}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Monthly cost vs volume</source>
        <translation>月度成本与请求量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost of the leading options as the request volume changes; crossings are break-even points.</source>
        <translation>领先方案的月度成本随请求量的变化；曲线交点即盈亏平衡点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative cost</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost accumulated month by month over the horizon; upfront purchases show as steps.</source>
        <translation>规划期内逐月累计的成本；前期采购表现为阶跃。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity (tornado)</source>
        <translation>敏感性分析（龙卷风图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the recommended option&apos;s total cost moves when one driver is swung low and high.</source>
        <translation>将单个成本因素分别取低值和高值时，推荐方案总成本的变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of being best</source>
        <translation>成为最优的概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of Monte Carlo samples in which each option has the best score.</source>
        <translation>各方案在蒙特卡洛样本中得分最高的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost vs quality</source>
        <translation>成本与质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost against the quality index; the Pareto front joins the options no other option beats on both.</source>
        <translation>月度成本与质量指数的对比；帕累托前沿连接的是在两方面都没有被其他方案同时超越的方案。</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+23"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ReportDetails</name>
    <message>
        <location filename="../../desktop/llm_tco/report/content_details.py" line="+49"/>
        <source>Use case and workload</source>
        <translation>使用场景与工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data privacy and compliance</source>
        <translation>数据隐私与合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware access</source>
        <translation>硬件条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning</source>
        <translation>模型调优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and priorities</source>
        <translation>人员与优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hourly profile given</source>
        <translation>已提供每小时负载曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use case</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum quality index</source>
        <translation>最低质量指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum context (tokens)</source>
        <translation>最小上下文长度（令牌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input tokens per request</source>
        <translation>每请求输入令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output tokens per request</source>
        <translation>每请求输出令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached share of the prompt</source>
        <translation>提示词缓存占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak-to-average load</source>
        <translation>峰均负载比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth per month</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results may arrive hours later (batch)</source>
        <translation>结果可以延迟数小时返回（批处理）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to first token target</source>
        <translation>首字延迟目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output speed per user target</source>
        <translation>每用户输出速度目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens/s</source>
        <translation>令牌/秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data may be processed by</source>
        <translation>数据可由以下方处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed regions</source>
        <translation>允许的地区</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Required certifications</source>
        <translation>必需的认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{count} x {gpu} ({paid})</source>
        <translation>{count} × {gpu}（{paid}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet paid</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet paid, {price} per GPU</source>
        <translation>尚未付款，每块 GPU {price}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May rent cloud GPUs</source>
        <translation>可租用云 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU quota</source>
        <translation>GPU 配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed providers</source>
        <translation>允许的提供商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed plans</source>
        <translation>允许的计费方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs owned</source>
        <translation>自有 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May buy hardware</source>
        <translation>可购买硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase budget</source>
        <translation>采购预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replicas always on (minimum) / spare</source>
        <translation>常驻副本数（最少）/ 备用副本数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PUE (data-centre overhead)</source>
        <translation>PUE（数据中心能耗系数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting per kW and month</source>
        <translation>每千瓦每月托管费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance per year</source>
        <translation>每年维护费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depreciation period</source>
        <translation>折旧期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} years</source>
        <translation>{years} 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPU utilisation cap</source>
        <translation>GPU 利用率上限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every {n} months</source>
        <translation>每 {n} 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training tokens</source>
        <translation>训练令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retraining</source>
        <translation>重新训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt engineering hours</source>
        <translation>提示词工程工时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corpus to embed (tokens)</source>
        <translation>待嵌入语料（令牌）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra prompt tokens per request</source>
        <translation>每请求额外提示词令牌数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loaded cost of one engineer per year</source>
        <translation>每名工程师的年度综合成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engineers to run a self-hosted stack (FTE)</source>
        <translation>运维自托管系统所需工程师（全职人力）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra for owned hardware (FTE)</source>
        <translation>自有硬件额外所需人力（全职人力）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineers to run an API route (FTE)</source>
        <translation>运维 API 路线所需工程师（全职人力）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weight: {criterion}</source>
        <translation>权重：{criterion}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Volume multiplier</source>
        <translation>请求量倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU price multiplier</source>
        <translation>GPU 价格倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API price multiplier</source>
        <translation>API 价格倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efficiency multiplier</source>
        <translation>效率倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff cost multiplier</source>
        <translation>人员成本倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount rate per year</source>
        <translation>年折现率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance model</source>
        <translation>性能模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monte Carlo samples / seed</source>
        <translation>蒙特卡洛样本数 / 随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serving frameworks considered</source>
        <translation>考虑的推理服务框架</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>input {i}, output {o} per M tokens</source>
        <translation>每百万令牌：输入 {i}，输出 {o}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{price} per hour for {count} x {gpu}</source>
        <translation>{count} × {gpu} 每小时 {price}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{price} per GPU (your price)</source>
        <translation>每块 GPU {price}（您的价格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{price} per GPU (purchase)</source>
        <translation>每块 GPU {price}（采购）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training {p} per M tokens</source>
        <translation>训练每百万令牌 {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training {p} per hour</source>
        <translation>训练每小时 {p}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>model data (no price)</source>
        <translation>模型数据（无价格）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>old</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prices that drove the result</source>
        <translation>影响结果的价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices and data that drove the leading options. &apos;old&apos; marks a price older than the staleness limit: check it before you sign.</source>
        <translation>影响领先方案的价格和数据。“已过期”表示价格早于过期期限：签约前请先核实。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assumptions and prices</source>
        <translation>假设与价格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>部署路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost if allowed</source>
        <translation>若允许时的月度成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why excluded</source>
        <translation>排除原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excluded options closest to the top, and why they were excluded.</source>
        <translation>最接近前列的被排除方案及其排除原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Options excluded, by reason:</source>
        <translation>按原因统计的被排除方案：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excluded options</source>
        <translation>被排除的方案</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../desktop/llm_tco/report/labels.py" line="+33"/>
        <source>Closed API</source>
        <translation>闭源 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed model in own cloud</source>
        <translation>自有云中的闭源模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted open weights</source>
        <translation>托管的开放权重模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted, rented GPUs</source>
        <translation>自托管，租用 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted, owned GPUs</source>
        <translation>自托管，自有 GPU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>per token</source>
        <translation>按令牌计费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on demand</source>
        <translation>按需</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-year reserved</source>
        <translation>1 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-year reserved</source>
        <translation>3 年预留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spot</source>
        <translation>竞价实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serverless</source>
        <translation>无服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buy hardware</source>
        <translation>购买硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hardware already owned</source>
        <translation>已有硬件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pay per token</source>
        <translation>按令牌付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always on</source>
        <translation>常驻运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autoscaled</source>
        <translation>自动扩缩容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>billed per second</source>
        <translation>按秒计费</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API tokens</source>
        <translation>API 令牌费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor fees</source>
        <translation>供应商费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental</source>
        <translation>GPU 租金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware (capital)</source>
        <translation>硬件（资本支出）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>托管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff (operations)</source>
        <translation>人员（运维）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning</source>
        <translation>模型调优</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy margin</source>
        <translation>隐私余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational simplicity</source>
        <translation>运维简便性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor independence</source>
        <translation>供应商独立性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any vendor</source>
        <translation>任何供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vendor with zero retention and no training</source>
        <translation>零数据保留且不用于训练的供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inside our own cloud tenancy</source>
        <translation>我们自己的云租户内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on our premises</source>
        <translation>本地部署（我们自己的机房）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air-gapped</source>
        <translation>物理隔离</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prompt engineering</source>
        <translation>提示词工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retrieval-augmented generation (RAG)</source>
        <translation>检索增强生成（RAG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRA fine-tuning</source>
        <translation>LoRA 微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full fine-tuning</source>
        <translation>全参数微调</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chatbot</source>
        <translation>聊天机器人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assistant over own documents (RAG)</source>
        <translation>基于自有文档的助手（RAG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summarisation</source>
        <translation>摘要生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code assistant</source>
        <translation>编程助手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information extraction</source>
        <translation>信息抽取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agent</source>
        <translation>智能体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental prices</source>
        <translation>GPU 租用价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning prices</source>
        <translation>调优价格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>data may not be processed there</source>
        <translation>数据不允许在该处处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a required certification is missing</source>
        <translation>缺少必需的认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region not allowed</source>
        <translation>地区不允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renting cloud GPUs is not allowed</source>
        <translation>不允许租用云 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider not allowed</source>
        <translation>提供商不允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pricing plan not allowed</source>
        <translation>计费方式不允许</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs more GPUs than the quota</source>
        <translation>所需 GPU 超出配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buying hardware is not allowed</source>
        <translation>不允许购买硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the purchase budget</source>
        <translation>超出采购预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs more GPUs than are owned</source>
        <translation>所需 GPU 多于现有数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>context window too short</source>
        <translation>上下文窗口太短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality below the required minimum</source>
        <translation>质量低于最低要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no published quality index to check</source>
        <translation>没有可供核对的公开质量指数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model does not fit in GPU memory</source>
        <translation>模型无法装入 GPU 显存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency target not reachable</source>
        <translation>无法达到延迟目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider rate limit below the peak load</source>
        <translation>提供商的速率限制低于峰值负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over the monthly budget</source>
        <translation>超出月度预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licence terms do not allow this use</source>
        <translation>许可证条款不允许此用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chosen tuning is not available</source>
        <translation>所选的调优方式不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price available</source>
        <translation>没有可用的价格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asia-Pacific</source>
        <translation>亚太地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elsewhere</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ReportMethod</name>
    <message>
        <location filename="../../desktop/llm_tco/report/content_method.py" line="+30"/>
        <source>Every way of running a model that the catalogs allow was listed: closed APIs, closed models in your own cloud tenancy, hosted open-weights models, and open models on rented or owned GPUs, in each precision, GPU count and pricing plan.</source>
        <translation>我们列出了数据目录所允许的每一种模型运行方式：闭源 API、部署在您自己云租户中的闭源模型、托管的开放权重模型，以及在租用或自有 GPU 上运行的开放模型，并涵盖每种精度、GPU 数量和计费方式。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For self-hosted options the memory needed for the weights and the working memory of each conversation was checked first. Speed comes from a physical model of the GPU (memory bandwidth and compute), tuned against published benchmarks; this gives the number of GPUs needed at peak to meet your latency targets.</source>
        <translation>对于自托管方案，首先检查模型权重和每个会话的工作内存所需的显存。速度来自 GPU 的物理模型（显存带宽和算力），并依据公开的基准测试进行了校准；据此得出在峰值时满足延迟目标所需的 GPU 数量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost covers what you pay every month: tokens, GPU rental, or the purchase of hardware spread over its life, power, hosting, maintenance, the engineering time to run it, and tuning. Idle capacity is paid for too: utilisation shows how much of the paid capacity does useful work.</source>
        <translation>成本涵盖您每月支付的全部费用：令牌费、GPU 租金或按使用寿命分摊的硬件采购费、电力、托管、维护、运维所需的工程时间以及模型调优。闲置算力同样需要付费：利用率表示付费算力中有多少在做有效工作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Options that break a hard requirement (data location, certifications, region, quality floor, context length, latency, hardware, budget, licence) were removed with the reason. The rest were ranked by a weighted score of your priorities; the cheapest options regardless of priorities are listed as well.</source>
        <translation>违反硬性要求（数据位置、认证、地区、最低质量、上下文长度、延迟、硬件、预算、许可证）的方案已被排除，并注明原因。其余方案按您优先级的加权得分排名；同时列出了不考虑优先级时最便宜的方案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Uncertainty: each driver (volume, prices, efficiency, staff cost, ...) was swung over a stated range, and thousands of random combinations were costed (Monte Carlo) to give a likely range and the chance that each option is the best choice.</source>
        <translation>不确定性：每个成本因素（请求量、价格、效率、人员成本等）都在给定范围内变动，并对数千种随机组合进行了成本计算（蒙特卡洛），从而得出可能的成本范围以及每个方案成为最优选择的概率。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prices are list prices on the dates shown; negotiated discounts, taxes and currency movements are not included unless you entered them.</source>
        <translation>价格为所示日期的标价；除非您自行输入，否则不包括协商折扣、税费和汇率变动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speed and capacity of self-hosted options are model estimates; measure your own workload before buying hardware.</source>
        <translation>自托管方案的速度和容量是模型估算值；购买硬件前请先实测您自己的工作负载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quality is a single public benchmark index; test the shortlisted models on your own tasks.</source>
        <translation>质量指标仅基于单一公开基准测试指数；请用您自己的任务测试入围的模型。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff time, growth and the traffic profile are your estimates; the tornado chart shows how much they matter.</source>
        <translation>人员工时、增长率和流量曲线均为您的估计值；龙卷风图显示了它们的影响有多大。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Limitations</source>
        <translation>局限性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Methodology and limitations</source>
        <translation>方法与局限性</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <location filename="../../desktop/llm_tco/report/content_summary.py" line="+35"/>
        <source>The runner-up is {option} at {monthly} per month ({diff} more per month).</source>
        <translation>次优方案是 {option}，每月 {monthly}（每月多 {diff}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runner-up is {option} at {monthly} per month ({diff} less per month, but it scores lower on your other priorities).</source>
        <translation>次优方案是 {option}，每月 {monthly}（每月少 {diff}，但在您的其他优先级上得分较低）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>High confidence</source>
        <translation>高置信度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderate confidence</source>
        <translation>中等置信度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low confidence</source>
        <translation>低置信度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{level}: in {samples} Monte Carlo samples of the uncertain inputs this option was the best choice in {share} of them; its cost over {months} months lies between {p10} and {p90} in 80 % of the samples (median {p50}).</source>
        <translation>{level}：对不确定输入进行 {samples} 次蒙特卡洛抽样，该方案在其中 {share} 的样本中是最优选择；在 80% 的样本中，其 {months} 个月的成本介于 {p10} 与 {p90} 之间（中位数 {p50}）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Break-even: {cheaper} stays the cheaper of {a} and {b} over the whole range of volumes examined.</source>
        <translation>盈亏平衡：在所考察的整个请求量范围内，{a} 与 {b} 之中始终是 {cheaper} 更便宜。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Break-even: {a} and {b} cost the same at about {rpd} requests per day ({tokens} tokens per month); at today&apos;s {current} requests per day {cheaper} is cheaper.</source>
        <translation>盈亏平衡：当每天约 {rpd} 个请求（每月 {tokens} 令牌）时，{a} 与 {b} 成本相同；按当前每天 {current} 个请求计算，{cheaper} 更便宜。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{driver}: at the low end the best option is {low}; at the high end {high}.</source>
        <translation>{driver}：取低值时最优方案为 {low}；取高值时为 {high}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Priority &apos;{criterion}&apos; at {weight} instead of {current}: {winner} would be recommended.</source>
        <translation>若优先级“{criterion}”为 {weight} 而不是 {current}：将推荐 {winner}。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Driver</source>
        <translation>成本因素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swing</source>
        <translation>变动范围</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total cost, low</source>
        <translation>总成本（低值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost, high</source>
        <translation>总成本（高值）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Best option at low / high</source>
        <translation>低值 / 高值时的最优方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total cost over the horizon of today&apos;s recommendation when one driver is swung low and high, and the best option at each end.</source>
        <translation>将单个成本因素分别取低值和高值时，当前推荐方案在规划期内的总成本，以及两端各自的最优方案。</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="+57"/>
        <source>API tokens</source>
        <translation>API 令牌费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor fees</source>
        <translation>供应商费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental</source>
        <translation>GPU 租金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardware (amortised)</source>
        <translation>硬件（摊销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting</source>
        <translation>托管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff (operations)</source>
        <translation>人员（运维）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning</source>
        <translation>模型调优</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens per request</source>
        <translation>每请求令牌数</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/llm_tco/gui/results/table_model.py" line="+54"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Staff cost</source>
        <translation>人员成本</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/adapter.py" line="+43"/>
        <source>own GPUs</source>
        <translation>自有 GPU</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy margin</source>
        <translation>隐私余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operational simplicity</source>
        <translation>运维简便性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendor independence</source>
        <translation>供应商独立性</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental prices</source>
        <translation>GPU 租用价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuning prices</source>
        <translation>调优价格</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>With the {criterion} weight at {flip:.1f} (now {now:g}), {winner} would rank first.</source>
        <translation>若“{criterion}”的权重为 {flip:.1f}（当前为 {now:g}），{winner} 将排名第一。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pricing plan</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling</source>
        <translation>扩缩方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replicas at peak</source>
        <translation>峰值副本数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs at peak</source>
        <translation>峰值 GPU 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time per output token</source>
        <translation>每输出令牌时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Performance model</source>
        <translation>性能模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="-5"/>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="+2"/>
        <source>GPU prices</source>
        <translation>GPU 价格</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/adapter.py" line="-77"/>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="+1"/>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="+1"/>
        <source>Throughput per GPU</source>
        <translation>每块 GPU 吞吐量</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/adapter.py" line="+24"/>
        <source>{driver} {swing}: {winner} would rank first.</source>
        <translation>{driver} {swing}：{winner} 将排名第一。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Tokens per request (in / out)</source>
        <translation>每请求令牌数（输入 / 输出）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Growth per month</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="+2"/>
        <source>Cached prompt share</source>
        <translation>提示词缓存占比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPU / API price multipliers</source>
        <translation>GPU / API 价格倍数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluated on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/chart_tabs.py" line="+31"/>
        <source>Cost vs volume</source>
        <translation>成本与请求量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breakdown</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cumulative</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity</source>
        <translation>敏感性分析</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost vs quality</source>
        <translation>成本与质量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latency vs throughput</source>
        <translation>延迟与吞吐量</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/formatting.py" line="-64"/>
        <source>Closed API</source>
        <translation>闭源 API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed model in own cloud</source>
        <translation>自有云中的闭源模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosted open weights</source>
        <translation>托管的开放权重模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted, rented GPUs</source>
        <translation>自托管，租用 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-hosted, owned GPUs</source>
        <translation>自托管，自有 GPU</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/table_model.py" line="-7"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>部署路线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider / hardware</source>
        <translation>提供商 / 硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly cost</source>
        <translation>月度成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total over horizon</source>
        <translation>规划期总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per M tokens</source>
        <translation>每百万令牌成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTFT (ms)</source>
        <translation>首字延迟（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>in {currency}</source>
        <translation>单位：{currency}</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/detail_pane.py" line="+12"/>
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/ranked_table.py" line="+64"/>
        <source>Show all columns</source>
        <translation>显示所有列</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/panel.py" line="+140"/>
        <source>Filter by route</source>
        <translation>按部署路线筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All routes</source>
        <translation>所有部署路线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Route:</source>
        <translation>部署路线(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost only</source>
        <translation>仅看总成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>排名方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank &amp;by:</source>
        <translation>排序方式(&amp;B)：</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Ranked recommendations</source>
        <translation>推荐方案排名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monte Carlo progress</source>
        <translation>蒙特卡洛进度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the Monte Carlo run</source>
        <translation>停止蒙特卡洛模拟</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Evaluating…</source>
        <translation>正在评估…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Monte Carlo cancelled.</source>
        <translation>蒙特卡洛模拟已取消。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated; uncertainty analysis follows…</source>
        <translation>已更新；接下来进行不确定性分析…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Uncertainty: %n Monte Carlo sample(s).</source>
        <translation>
            <numerusform>不确定性：%n 个蒙特卡洛样本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monte Carlo failed</source>
        <translation>蒙特卡洛模拟失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not evaluate</source>
        <translation>无法评估</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Excluded (%n)</source>
        <translation>
            <numerusform>已排除（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No candidate meets the constraints; see Excluded for the reasons.</source>
        <translation>没有候选方案满足约束条件；原因请见“已排除”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: {name} at {cost} per month ({n} options shown).</source>
        <translation>推荐：{name}，每月 {cost}（显示 {n} 个方案）。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>● %n close option(s) excluded: see Excluded.</source>
        <translation>
            <numerusform>● 有 %n 个接近达标的方案被排除：请查看“已排除”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Updating break-evens, sensitivity and Monte Carlo…</source>
        <translation>正在更新盈亏平衡点、敏感性分析和蒙特卡洛模拟…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_goals.py" line="+33"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use case</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum quality</source>
        <translation>最低质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per request</source>
        <translation>每请求令牌数</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{input} in, {output} out</source>
        <translation>输入 {input}，输出 {output}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Peak load</source>
        <translation>峰值负载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data may be processed</source>
        <translation>数据处理位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rent cloud GPUs</source>
        <translation>租用云 GPU</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always-on minimum / spare replicas</source>
        <translation>常驻副本下限 / 备用副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owned GPUs</source>
        <translation>自有 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuning</source>
        <translation>模型调优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please note:</source>
        <translation>请注意：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Data must stay on your premises, but you neither own nor may buy GPUs: no option can qualify. Allow buying GPUs or relax the data rule.</source>
        <translation>数据必须留在本地，但您既没有 GPU 也不能购买 GPU：没有方案能符合要求。请允许购买 GPU，或放宽数据规定。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Without GPUs to rent, own or buy, only API services are compared.</source>
        <translation>由于没有可租用、自有或可购买的 GPU，只比较 API 服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fine-tuning limits the choice to open models and providers that offer tuning.</source>
        <translation>微调会将选择范围限制为开放模型和提供微调服务的提供商。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location line="-103"/>
        <source>Review</source>
        <translation>核对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your answers; go Back to change any of them, or Finish to see results.</source>
        <translation>请核对您的回答；点击“上一步”可修改，点击“完成”查看结果。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary of answers</source>
        <translation>回答摘要</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/start_page.py" line="+89"/>
        <source>&lt;h1&gt;LLM TCO Advisor&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;LLM TCO 顾问&lt;/h1&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the cheapest way to run a language model that meets your needs: public APIs, your cloud, hosted open models or your own GPUs. Answer a few questions or start from an example.</source>
        <translation>找到满足您需求、成本最低的语言模型运行方式：公共 API、您自己的云、托管的开放模型，或您自己的 GPU。回答几个问题，或从一个示例开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Analysis…</source>
        <translation>新建分析(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Example projects</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Show This Example&apos;s Results</source>
        <translation>查看此示例的结果(&amp;S)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start from an &amp;example</source>
        <translation>从示例开始(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No example projects are installed.</source>
        <translation>未安装示例项目。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
<context>
    <name>TuningMethod</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_goals.py" line="-254"/>
        <source>None: use the model as it is</source>
        <translation>无：直接使用模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt engineering</source>
        <translation>提示词工程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retrieval-augmented generation (RAG)</source>
        <translation>检索增强生成（RAG）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LoRA fine-tuning</source>
        <translation>LoRA 微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full fine-tuning</source>
        <translation>全参数微调</translation>
    </message>
</context>
<context>
    <name>TuningPage</name>
    <message>
        <location line="+9"/>
        <source>Tuning</source>
        <translation>模型调优</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say whether the model must be adapted to your task, and who runs it.</source>
        <translation>说明模型是否需要针对您的任务进行调整，以及由谁来运维。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tuning needs open weights or a provider that offers tuning.</source>
        <translation>微调需要开放权重模型，或提供微调服务的提供商。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt &amp;work:</source>
        <translation>提示词工作量(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engineering time spent writing and testing prompts.</source>
        <translation>编写和测试提示词所花的工程时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source> tokens</source>
        <translation> 令牌</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Document &amp;collection:</source>
        <translation>文档集(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the documents to index for retrieval.</source>
        <translation>需要建立检索索引的文档规模。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> tokens/request</source>
        <translation> 令牌/请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrieved &amp;text per request:</source>
        <translation>每请求检索文本(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra prompt tokens that retrieval adds to each request.</source>
        <translation>检索为每个请求额外增加的提示词令牌数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;data:</source>
        <translation>训练数据(&amp;D)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Engineer cost per &amp;year:</source>
        <translation>工程师年度成本(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Engineering time to integrate and watch a hosted API (0.05 = 2 hours a week).</source>
        <translation>集成和监控托管 API 所需的工程人力（0.05 = 每周 2 小时）。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Size of the fine-tuning data set in tokens.</source>
        <translation>微调数据集的规模（令牌数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Epochs:</source>
        <translation>训练轮数(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many passes training makes over the data.</source>
        <translation>训练遍历数据的次数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retrain periodically</source>
        <translation>定期重新训练(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the model is tuned again as data changes.</source>
        <translation>如果模型会随数据变化而重新调优，请勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrain e&amp;very:</source>
        <translation>重新训练间隔(&amp;V)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time between tuning runs.</source>
        <translation>两次调优之间的时间间隔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> USD/year</source>
        <translation> 美元/年</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded yearly cost of one engineer (salary, benefits, overhead).</source>
        <translation>一名工程师的年度综合成本（工资、福利、管理费用）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source> FTE</source>
        <translation> 人</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Staff to run self-hosting:</source>
        <translation>自托管运维人员(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engineers needed to operate your own inference servers (0.5 = half a person).</source>
        <translation>运维自有推理服务器所需的工程师人数（0.5 = 半个人）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff to run an &amp;API service:</source>
        <translation>API 服务运维人员(&amp;A)：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter the size of the training data; fine-tuning needs some.</source>
        <translation>请输入训练数据的规模；微调需要训练数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter how many retrieved tokens RAG adds to each request.</source>
        <translation>请输入 RAG 为每个请求增加的检索令牌数。</translation>
    </message>
</context>
<context>
    <name>UseCase</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_basics.py" line="+31"/>
        <source>Chatbot / assistant</source>
        <translation>聊天机器人 / 助手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question answering over documents (RAG)</source>
        <translation>基于文档的问答（RAG）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summarising documents</source>
        <translation>文档摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code assistant</source>
        <translation>编程助手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction and classification</source>
        <translation>信息抽取与分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent with tools</source>
        <translation>使用工具的智能体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>UseCasePage</name>
    <message>
        <location line="+10"/>
        <source>Use case</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing a use case fills in typical sizes and quality; adjust them later.</source>
        <translation>选择使用场景会自动填入典型的请求规模和质量要求；之后可以再调整。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Use case:</source>
        <translation>使用场景(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task the model does; it sets typical prompt and answer sizes.</source>
        <translation>模型执行的任务；它决定了典型的提示词和回答长度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum &amp;quality:</source>
        <translation>最低质量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models scoring below this quality index (0-100, MMLU scale) are excluded.</source>
        <translation>质量指数（0-100，MMLU 标准）低于此值的模型将被排除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> tokens</source>
        <translation> 令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum &amp;context window:</source>
        <translation>最小上下文窗口(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest prompt plus answer a request may need.</source>
        <translation>单个请求可能需要的最长提示词加回答长度。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/common.py" line="+101"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning horizon</source>
        <translation>规划期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget</source>
        <translation>月度预算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use case</source>
        <translation>使用场景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum quality</source>
        <translation>最低质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum context window</source>
        <translation>最小上下文窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input per request</source>
        <translation>每请求输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output per request</source>
        <translation>每请求输出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cached prompt share</source>
        <translation>提示词缓存占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak load</source>
        <translation>峰值负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily load pattern</source>
        <translation>每日负载模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth</source>
        <translation>增长率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch processing</source>
        <translation>批处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to first token</source>
        <translation>首字延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output speed per user</source>
        <translation>每用户输出速度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where data may be processed</source>
        <translation>数据处理位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed regions</source>
        <translation>允许的地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required certifications</source>
        <translation>必需的认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rent cloud GPUs</source>
        <translation>租用云 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU quota</source>
        <translation>GPU 配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU rental plans</source>
        <translation>GPU 计费方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned GPUs</source>
        <translation>自有 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy GPUs</source>
        <translation>购买 GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase budget</source>
        <translation>采购预算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-on minimum</source>
        <translation>常驻副本下限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spare replicas for failover</source>
        <translation>故障切换备用副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already paid for</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price</source>
        <translation>采购价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-centre overhead (PUE)</source>
        <translation>数据中心能耗系数 PUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosting cost</source>
        <translation>托管费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuning method</source>
        <translation>调优方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt work</source>
        <translation>提示词工作量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document collection</source>
        <translation>文档集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrieved text per request</source>
        <translation>每请求检索文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrain every</source>
        <translation>重新训练间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineer cost per year</source>
        <translation>工程师年度成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff to run self-hosting</source>
        <translation>自托管运维人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff to run an API service</source>
        <translation>API 服务运维人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed (latency)</source>
        <translation>速度（延迟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy margin</source>
        <translation>隐私余量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational simplicity</source>
        <translation>运维简便性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor independence</source>
        <translation>供应商独立性</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Give at least one priority a weight above zero.</source>
        <translation>请至少为一项优先级设置大于零的权重。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>An answer on this page is not valid. Check the values and correct them.</source>
        <translation>本页有一项回答无效。请检查各项数值并更正。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{field} must be more than {limit}. Enter a larger value.</source>
        <translation>“{field}”必须大于 {limit}。请输入更大的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be at least {limit}. Enter a larger value.</source>
        <translation>“{field}”不能小于 {limit}。请输入更大的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be less than {limit}. Enter a smaller value.</source>
        <translation>“{field}”必须小于 {limit}。请输入更小的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be at most {limit}. Enter a smaller value.</source>
        <translation>“{field}”不能大于 {limit}。请输入更小的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is too long: at most {limit} characters. Shorten it.</source>
        <translation>“{field}”太长：最多 {limit} 个字符。请缩短。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} has too many entries: at most {limit}.</source>
        <translation>“{field}”的条目太多：最多 {limit} 个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} needs at least {limit} entries.</source>
        <translation>“{field}”至少需要 {limit} 个条目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is empty. Fill it in.</source>
        <translation>“{field}”为空。请填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too short: it needs at least {limit} characters.</source>
        <translation>“{field}”太短：至少需要 {limit} 个字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} is missing. Fill it in.</source>
        <translation>缺少“{field}”。请填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be a number. Enter a number.</source>
        <translation>“{field}”必须是数字。请输入数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: this choice is not offered. Choose one from the list.</source>
        <translation>“{field}”：不支持此选项。请从列表中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} needs 24 hourly values that are not negative and not all zero. Choose another pattern.</source>
        <translation>“{field}”需要 24 个按小时的数值，不能为负且不能全为零。请选择其他模式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} is not valid. Check the value and correct it.</source>
        <translation>“{field}”无效。请检查该值并更正。</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/results/whatif_panel.py" line="+52"/>
        <source>Requests per day</source>
        <translation>每日请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>requests/day</source>
        <translation>请求/天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average traffic before growth.</source>
        <translation>计入增长前的平均流量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volume multiplier</source>
        <translation>请求量倍数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales all traffic; 10 = ten times the requests.</source>
        <translation>按比例缩放全部流量；10 = 请求量的十倍。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input tokens per request</source>
        <translation>每请求输入令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Output tokens per request</source>
        <translation>每请求输出令牌数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Growth per month</source>
        <translation>月增长率</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Traffic growth each month over the horizon.</source>
        <translation>规划期内流量的月增长率。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cached prompt share</source>
        <translation>提示词缓存占比</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of input tokens served from a prompt cache.</source>
        <translation>由提示缓存提供的输入令牌比例。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPU price multiplier</source>
        <translation>GPU 价格倍数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API price multiplier</source>
        <translation>API 价格倍数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serving efficiency multiplier</source>
        <translation>推理服务效率倍数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales the throughput a self-hosted replica achieves.</source>
        <translation>按比例调整自托管副本可达到的吞吐量。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff cost multiplier</source>
        <translation>人员成本倍数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scales the cost of the engineering time each route needs.</source>
        <translation>按比例调整每种部署路线所需的工程时间成本。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engineer cost per year</source>
        <translation>工程师年度成本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded yearly cost of one engineer.</source>
        <translation>一名工程师的年度综合成本。</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <location line="+30"/>
        <source>Reset multipliers</source>
        <translation>重置倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set every multiplier back to 1 (as entered).</source>
        <translation>将所有倍数恢复为 1（即输入值）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What if…</source>
        <translation>假设分析…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/common.py" line="+43"/>
        <source>Validation message</source>
        <translation>校验信息</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <location filename="../../desktop/llm_tco/gui/wizard/pages_workload.py" line="+36"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the traffic you expect; rough numbers are fine.</source>
        <translation>描述您预期的流量；粗略的数字即可。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I know the number of &amp;requests per day</source>
        <translation>我知道每天的请求数(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose this when you can estimate total daily requests.</source>
        <translation>如果您能估算每天的总请求数，请选择此项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I know the number of &amp;users</source>
        <translation>我知道用户数(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose this to estimate traffic from users and their activity.</source>
        <translation>选择此项，根据用户数及其活跃程度估算流量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> requests/day</source>
        <translation> 请求/天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per &amp;day:</source>
        <translation>每日请求数(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average number of model calls per day today.</source>
        <translation>目前每天调用模型的平均次数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> users</source>
        <translation> 位用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People or systems using it daily.</source>
        <translation>每天使用它的人或系统。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Us&amp;ers:</source>
        <translation>用户数(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> requests/user/day</source>
        <translation> 请求/用户/天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quests per user:</source>
        <translation>每用户请求数(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many model calls one user makes on an average day.</source>
        <translation>一个用户平均每天调用模型的次数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source> tokens</source>
        <translation> 令牌</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Input per request:</source>
        <translation>每请求输入(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt size including instructions, history and retrieved text.</source>
        <translation>提示词长度，包括指令、对话历史和检索到的文本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Output per request:</source>
        <translation>每请求输出(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Length of a typical answer (about 0.75 words per token in English).</source>
        <translation>典型回答的长度（英文约每令牌 0.75 个单词）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cached prompt share:</source>
        <translation>提示词缓存占比(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the prompt that repeats between requests and can be cached.</source>
        <translation>提示词中在请求之间重复、可以被缓存的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> × average</source>
        <translation> × 平均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Peak load:</source>
        <translation>峰值负载(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busiest hour compared with the average hour; self-hosting is sized for it.</source>
        <translation>最繁忙的一小时与平均每小时之比；自托管按此峰值配置容量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %/month</source>
        <translation> %/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Growth:</source>
        <translation>增长率(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected change in traffic each month over the horizon.</source>
        <translation>规划期内流量每月的预期变化。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daily &amp;load pattern:</source>
        <translation>每日负载模式(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How traffic spreads over the day: the busiest hour sizes self-hosted servers and quiet hours let autoscaling save money.</source>
        <translation>流量在一天中的分布：最繁忙的一小时决定自托管服务器的规模，空闲时段可通过自动扩缩容节省费用。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Results may arrive &amp;hours later (batch)</source>
        <translation>结果可以延迟数小时返回（批处理）(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch work can use cheaper batch APIs and fully loaded GPUs.</source>
        <translation>批处理任务可以使用更便宜的批量 API，并让 GPU 满负荷运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit the &amp;wait for the first token</source>
        <translation>限制首字等待时间(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick when nobody waits for the answer as it is written.</source>
        <translation>如果没有人在回答生成时实时等待，请取消勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to first &amp;token:</source>
        <translation>首字延迟(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest acceptable delay before the answer starts appearing.</source>
        <translation>回答开始出现之前可接受的最长等待时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require a &amp;minimum writing speed</source>
        <translation>要求最低输出速度(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick when the speed of writing the answer does not matter.</source>
        <translation>如果回答的输出速度无关紧要，请取消勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> tokens/s</source>
        <translation> 令牌/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output &amp;speed per user:</source>
        <translation>每用户输出速度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading speed is about 5-10 tokens/s; streaming chat wants 20 or more.</source>
        <translation>阅读速度约为 5-10 令牌/秒；流式聊天需要 20 令牌/秒或更高。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Busiest hour: {peak} × the average hour (the peak load is not used).</source>
        <translation>最繁忙的一小时：平均每小时的 {peak} 倍（不使用峰值负载设置）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the number of users and how many requests each makes a day.</source>
        <translation>请输入用户数，以及每位用户每天的请求数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter how many requests a day you expect (more than zero).</source>
        <translation>请输入您预计每天的请求数（大于零）。</translation>
    </message>
</context>
</TS>
